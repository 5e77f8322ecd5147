"""Signing an export as a DPO meets it: a mistyped password is asked again, and a new identity is one dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from ropa_desktop.gui import dialogs
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.identity_dialog import IdentityDialog
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.services.export_register import ExportChoices
from ropa_desktop.signing import create_identity
from tests.gui.conftest import answer_dialogs

PASSWORD = "hemligt lösen 7"
TYPED = "hemligt losen 7"



def type_password(password: str) -> Callable[[QWidget], None]:
    def handle(widget: QWidget) -> None:
        assert isinstance(widget, QInputDialog)
        widget.setTextValue(password)
        widget.accept()
    return handle


def click(text: str) -> Callable[[QWidget], None]:
    def handle(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        button = next(b for b in widget.buttons() if b.text() == text)
        button.click()
    return handle


@pytest.fixture
def identity_file(tmp_path: Path) -> Path:
    path = tmp_path / "ids" / "karin.p12"
    create_identity(path, "Karin Lindqvist", "karin@example.se", PASSWORD, certificate=path.with_suffix(".pem"))
    return path


@pytest.fixture
def choices_asked(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[int]:
    asked: list[int] = []

    def choose(parent: QWidget, lang: str, *rest: object) -> ExportChoices:
        asked.append(1)
        return ExportChoices(lang="sv", for_authority=True)

    monkeypatch.setattr(dialogs, "ask_export_choices", choose)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "register.pdf"), ""))
    return asked


def test_a_wrong_password_is_asked_again_with_the_attempt_count_and_the_export_goes_on(
    qtbot, window: MainWindow, ctx: AppContext, errors: list, tmp_path: Path, identity_file: Path,
    choices_asked: list[int],
) -> None:
    ctx.settings.set_last_identity(identity_file)
    seen = answer_dialogs(qtbot, [click("Sign as Karin Lindqvist"), type_password("fel"),
                                  type_password("fel igen"), type_password(PASSWORD)])

    window.files.export_pdf_dialog()

    assert errors == []
    assert "attempt 2 of 5" in seen[2] and "attempt 3 of 5" in seen[3]
    assert "karin.p12" in seen[2]
    assert choices_asked == [1]  # the choices were kept, not asked again
    target = tmp_path / "register.pdf"
    assert target.read_bytes().startswith(b"%PDF-")
    assert window.files.last_export.copy_kind == "authority"  # the choices made before the typo
    assert window.files.last_export.signature == target


def test_cancelling_the_password_writes_nothing_and_says_no_error(
    qtbot, window: MainWindow, ctx: AppContext, errors: list, tmp_path: Path, identity_file: Path,
    choices_asked: list[int],
) -> None:
    ctx.settings.set_last_identity(identity_file)
    answer_dialogs(qtbot, [click("Sign as Karin Lindqvist"), type_password("fel"), lambda w: w.reject()])
    window.files.export_pdf_dialog()
    assert errors == []
    assert not (tmp_path / "register.pdf").exists()


def test_the_sign_button_names_the_person_not_the_file(
    qtbot, window: MainWindow, ctx: AppContext, tmp_path: Path, identity_file: Path, choices_asked: list[int],
) -> None:
    ctx.settings.set_last_identity(identity_file)
    buttons: list[str] = []

    def look(widget: QWidget) -> None:
        buttons.extend(b.text() for b in widget.buttons())  # type: ignore[attr-defined]
        widget.reject()  # type: ignore[attr-defined]

    answer_dialogs(qtbot, [look])
    window.files.export_pdf_dialog()
    assert "Sign as Karin Lindqvist" in buttons
    assert not any("karin.p12" in b or b == "Sign as karin" for b in buttons)


def test_a_new_identity_is_made_in_one_dialog_that_says_where_it_is_kept(
    qtbot, window: MainWindow, ctx: AppContext, errors: list, tmp_path: Path, choices_asked: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ropa_desktop.gui import signing_ui

    folder = tmp_path / "identities"
    monkeypatch.setattr(signing_ui, "identity_folder", lambda: folder)
    looked: dict[str, object] = {}

    def fill(widget: QWidget) -> None:
        assert isinstance(widget, IdentityDialog)
        qtbot.keyClicks(widget.name, "Karin Lindqvist")
        qtbot.keyClicks(widget.email, "karin@example.se")
        qtbot.keyClicks(widget.password, TYPED)  # QTest types ASCII only
        qtbot.keyClicks(widget.again, TYPED + "x")
        looked["differ"] = (widget.problem.text(), widget.create_button.isEnabled())
        widget.again.clear()
        qtbot.keyClicks(widget.again, TYPED)
        looked["where"] = widget.where.text()
        looked["button"] = widget.create_button.text()
        widget.create_button.click()

    answer_dialogs(qtbot, [click("Create a signing identity…"), fill])
    window.files.export_pdf_dialog()

    assert errors == []
    assert looked["differ"] == ("The two passwords differ.", False)
    assert str(folder) in str(looked["where"]) and "back it up" in str(looked["where"]).lower()
    assert looked["button"] == "Create and sign as Karin Lindqvist"
    assert sorted(p.name for p in folder.iterdir()) == ["karin-lindqvist.p12", "karin-lindqvist.pem"]
    assert window.files.last_export.signature == tmp_path / "register.pdf"
    # Next time the button names her, read from the certificate beside the file.
    assert ctx.settings.identity_name(folder / "karin-lindqvist.p12") == "Karin Lindqvist"


def test_the_identity_dialog_is_filled_in_from_the_keyboard_in_the_form_s_order(qtbot, tmp_path: Path) -> None:
    dialog = IdentityDialog("", "", tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.name.setFocus()
    for text in ["Karin Lindqvist", "karin@example.se", TYPED, TYPED]:
        field = dialog.focusWidget()
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert dialog.values() == ("Karin Lindqvist", "karin@example.se", TYPED)
    assert dialog.again.text() == TYPED and dialog.create_button.isEnabled()
