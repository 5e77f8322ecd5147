"""The notice dialog offers only audiences we inform as controller, and never writes a notice the log misses."""

from __future__ import annotations

from pathlib import Path

import pytest

from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.services.demo import create_demo_register
from ropa_desktop.services.import_register import create_from_file
from tests.conftest import NORWEGIAN_REGISTER


def test_an_audience_only_our_processor_activities_concern_is_not_offered(
    qtbot, window: MainWindow, ctx: AppContext, tmp_path: Path
) -> None:
    store, _result = create_from_file(tmp_path / "fjellvik.ropa", NORWEGIAN_REGISTER)
    ctx.set_store(store)
    dialog = window.open_notice_dialog()
    qtbot.addWidget(dialog)
    offered = [dialog.audience.itemText(i) for i in range(dialog.audience.count())]
    assert len(offered) == 4 and "Website visitors" in offered
    # Not 'ansatte-hos-kundene': their employer, our client, informs them (we are its processor).
    assert dialog.offered_audiences() == ["", "kundekontakter", "nettstedsbesokende", "jobbsokere"]
    with pytest.raises(ValueError):
        dialog.set_choices(audience="ansatte-hos-kundene")


@pytest.fixture
def demo_window(qtbot, window: MainWindow, ctx: AppContext, tmp_path: Path) -> MainWindow:
    ctx.set_store(create_demo_register(tmp_path / "demo.ropa"))
    return window


def test_a_read_only_register_asks_before_it_writes_a_notice_it_cannot_log(
    qtbot, demo_window: MainWindow, ctx: AppContext, errors: list, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from ropa_desktop.gui import notice_dialog
    from ropa_desktop.notices import published_notices

    dialog = demo_window.open_notice_dialog()
    qtbot.addWidget(dialog)
    dialog.set_choices(audience="kunder", lang="sv", fmt="html")
    target = tmp_path / "kunder.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(ctx.store, "read_only", True)  # as the store says of a register on a read-only medium
    answers = [False, True]
    asked: list[bool] = []
    monkeypatch.setattr(notice_dialog, "ask_export_unlogged", lambda parent: asked.append(True) or answers.pop(0))

    dialog.export_button.click()  # "No": nothing written
    assert asked == [True] and not target.exists()

    with qtbot.waitSignal(dialog.exported):
        dialog.export_button.click()  # "Yes": written, and the dialog says it was not logged
    assert errors == [] and target.exists()
    assert dialog.unlogged_note.isVisibleTo(dialog) and "not recorded" in dialog.unlogged_note.text()
    assert published_notices(ctx.store) == [] and dialog.log_rows() == []


def test_a_writable_register_publishes_and_logs_without_asking(
    qtbot, demo_window: MainWindow, ctx: AppContext, errors: list, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from ropa_desktop.gui import notice_dialog

    dialog = demo_window.open_notice_dialog()
    qtbot.addWidget(dialog)
    dialog.set_choices(audience="kunder", lang="sv", fmt="html")
    target = tmp_path / "kunder.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(notice_dialog, "ask_export_unlogged", lambda parent: pytest.fail("asked on a writable one"))
    dialog.export_button.click()
    assert errors == [] and len(dialog.log_rows()) == 1 and not dialog.unlogged_note.isVisibleTo(dialog)
