"""The first start (no register to reopen) asks how to begin: the demo (Enter), a register file, a spreadsheet
or the typical activities — each way driven here through its dialogs as a new user clicks them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QWidget

from ropa_desktop.domain.model import Organisation
from ropa_desktop.gui import app
from ropa_desktop.gui.app import open_initial_register
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.dialogs import NewRegisterDialog
from ropa_desktop.gui.first_start import FirstStartDialog
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.spreadsheet_import import SpreadsheetImportDialog
from ropa_desktop.gui.template_dialog import TemplateDialog
from ropa_desktop.store import Kind, RegisterStore

Step = tuple[type, Callable[[QWidget], None]]


@pytest.fixture
def demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "data" / "Demo register.ropa"
    path.parent.mkdir()
    monkeypatch.setattr(app, "demo_path", lambda: path)
    return path


class _Answers:
    """Answers each modal dialog as it opens, in order; ``names`` lists the dialogs answered."""

    def __init__(self, steps: list[Step]) -> None:
        self.steps, self.names = steps, []
        self.timer = QTimer()
        self.timer.timeout.connect(self._poll)
        self.timer.start(20)

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if self.steps and isinstance(dialog, self.steps[0][0]):
            kind, act = self.steps.pop(0)
            self.names.append(kind.__name__)
            act(dialog)
        if not self.steps:
            self.timer.stop()


def _answer(steps: list[Step]) -> _Answers:
    """Keep what this returns: the timer that answers lives as long as it."""
    return _Answers(steps)


def _click(qtbot, key: str) -> Callable[[QWidget], None]:
    return lambda dialog: qtbot.mouseClick(dialog.buttons[key], Qt.MouseButton.LeftButton)


def _new_register(qtbot, name: str) -> Callable[[QWidget], None]:
    def fill(dialog: QWidget) -> None:
        qtbot.keyClicks(dialog.name, name)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    return fill


def test_the_first_start_opens_the_demo_on_enter_and_makes_it_the_first_time(
        qtbot, bare: tuple[MainWindow, AppContext], demo: Path) -> None:
    window, ctx = bare
    seen: list[str] = []

    def press_enter(dialog: QWidget) -> None:
        seen.extend(b.text() for b in dialog.buttons.values())
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    answered = _answer([(FirstStartDialog, press_enter)])
    open_initial_register(window, ctx, None)
    assert answered.names == ["FirstStartDialog"]
    assert seen == ["Look around in the demo register", "Open a register", "Import a spreadsheet",
                    "Start from typical activities"]
    assert ctx.store is not None and ctx.store.path == demo and ctx.store.count(Kind.ACTIVITY) > 0
    assert ctx.settings.last_register() == str(demo)  # the next start reopens it without asking


def test_open_a_register_and_a_cancelled_file_dialog_brings_the_choice_back(
        qtbot, bare: tuple[MainWindow, AppContext], demo: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window, ctx = bare
    theirs = tmp_path / "ours.ropa"
    RegisterStore.create(theirs, Organisation(name="Vårt AB", supervisory_authority="SE"), ["sv"]).close()
    answers = iter([("", ""), (str(theirs), "")])  # first cancelled, then the file chosen
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: next(answers))
    answered = _answer([(FirstStartDialog, _click(qtbot, "open")), (FirstStartDialog, _click(qtbot, "open"))])
    open_initial_register(window, ctx, None)
    assert answered.names == ["FirstStartDialog", "FirstStartDialog"]
    assert ctx.store.path == theirs and not demo.exists()


def test_import_a_spreadsheet_starts_a_new_register_and_imports_into_it(
        qtbot, bare: tuple[MainWindow, AppContext], demo: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window, ctx = bare
    sheet = tmp_path / "vår förteckning.xlsx"
    wb = Workbook()
    wb.active.append(["Behandling", "Ändamål", "Rättslig grund"])
    wb.active.append(["Lön", "Betala lön", "Avtal"])
    wb.save(sheet)
    target = tmp_path / "Vårt AB.ropa"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sheet), ""))
    answered = _answer([
        (FirstStartDialog, _click(qtbot, "import")),
        (NewRegisterDialog, _new_register(qtbot, "Vårt AB")),
        (SpreadsheetImportDialog, lambda d: qtbot.mouseClick(d.import_button, Qt.MouseButton.LeftButton)),
    ])
    open_initial_register(window, ctx, None)
    assert answered.names == ["FirstStartDialog", "NewRegisterDialog", "SpreadsheetImportDialog"]
    assert ctx.store.path == target
    assert ctx.register().organisation.name == "Vårt AB"
    assert [a.name.text("sv") for a in ctx.register().activities] == ["Lön"]
    assert not demo.exists()


def test_start_from_typical_activities_starts_a_new_register_and_adds_the_template_chosen(
        qtbot, bare: tuple[MainWindow, AppContext], demo: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window, ctx = bare
    target = tmp_path / "Nytt AB.ropa"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    def pick(dialog: QWidget) -> None:
        [item] = dialog.list.findItems("Payroll", Qt.MatchFlag.MatchExactly)
        dialog.list.setCurrentItem(item)
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    answered = _answer([
        (FirstStartDialog, _click(qtbot, "templates")),
        (NewRegisterDialog, _new_register(qtbot, "Nytt AB")),
        (TemplateDialog, pick),
    ])
    open_initial_register(window, ctx, None)
    assert answered.names == ["FirstStartDialog", "NewRegisterDialog", "TemplateDialog"]
    assert ctx.store.path == target
    [activity] = ctx.register().activities
    assert activity.id == "payroll" and activity.status == "draft"
    assert window.current_page().editor.item.id == "payroll"  # shown, ready to review


def test_closing_the_choice_leaves_the_window_without_a_register(
        qtbot, bare: tuple[MainWindow, AppContext], demo: Path) -> None:
    window, ctx = bare
    answered = _answer([(FirstStartDialog, lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape))])
    open_initial_register(window, ctx, None)
    assert answered.names == ["FirstStartDialog"] and ctx.store is None and not demo.exists()


def test_a_register_opened_before_is_reopened_without_asking(
        qtbot, bare: tuple[MainWindow, AppContext], demo: Path, register_path: Path) -> None:
    window, ctx = bare
    ctx.settings.add_recent_file(register_path)
    answered = _answer([(FirstStartDialog, lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape))])  # were it asked
    open_initial_register(window, ctx, None)
    assert answered.names == [] and ctx.store.path == register_path
    answered.timer.stop()
