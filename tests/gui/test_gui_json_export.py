"""A JSON export of a register still being filled in is written, and names what another tool would refuse."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from ropa_desktop.domain.ltext import LText
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.editors.specs import new_item
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.interchange.validate import validate_document
from ropa_desktop.store import Kind


def test_gaps_are_listed_in_words_after_the_file_is_written(
    window: MainWindow, ctx: AppContext, errors: list, tmp_path: Path
) -> None:
    ctx.store.add(Kind.ACTIVITY, new_item(Kind.ACTIVITY, "lon", "Lön", "sv"))
    target = tmp_path / "out.json"
    window.files.export_json(target)

    assert errors == []
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert doc["activities"][0]["id"] == "lon"
    assert [i for i in validate_document(doc) if i.severity == "error"]  # the file really has gaps
    dialog = window.files.gaps_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.sentence.text() == ("The file was written, but another program, or an import, will refuse it "
                                      "until these gaps are filled.")
    lines = dialog.lines()
    assert "Activity “Lön”, Data subjects: nothing is recorded yet; the format requires at least one entry" in lines
    assert "Activity “Lön”, Purposes: is not recorded yet; the format requires it" in lines
    assert not any("$." in line for line in lines)


def test_a_complete_register_exports_without_a_gaps_dialog(
    window: MainWindow, ctx: AppContext, errors: list, tmp_path: Path, example_path: Path
) -> None:
    window.files.import_path(example_path)
    target = tmp_path / "out.json"
    window.files.export_json(target)
    assert not [e for e in errors if e[0] != "Imported, with warnings"]
    assert window.files.gaps_dialog is None
    assert json.loads(target.read_text(encoding="utf-8"))["organisation"]["name"]


def test_the_activity_is_named_in_the_ui_language(tmp_path: Path, window: MainWindow, ctx: AppContext) -> None:
    from ropa_desktop.gui.export_gaps import describe
    from ropa_desktop.interchange.validate import Issue

    activity = new_item(Kind.ACTIVITY, "lon", "Lön", "sv")
    activity = dataclasses.replace(activity, name=LText({"sv": "Lön", "en": "Payroll"}))
    ctx.store.add(Kind.ACTIVITY, activity)
    register = ctx.store.load()
    where, what = describe(Issue("$.activities[0].purposes[1].legal_basis", "must be one of"), register,
                           ["en", "sv"])
    assert where == "Activity “Payroll”, Purposes 2 › legal basis"
    assert what == "must be one of"


def _answer(button):
    from PySide6.QtWidgets import QMessageBox

    def click(box: QMessageBox) -> None:
        box.button(button).click()
    return click


def test_a_name_typed_without_json_does_not_replace_the_json_file_beside_it_unasked(
    qtbot, window: MainWindow, ctx: AppContext, errors: list, tmp_path: Path, monkeypatch
) -> None:
    """The save dialog asked about "sent", not about "sent.json": we ask before replacing it."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from tests.gui.conftest import answer_dialogs

    ctx.store.add(Kind.ACTIVITY, new_item(Kind.ACTIVITY, "lon", "Lön", "sv"))
    existing = tmp_path / "sent.json"
    existing.write_text("keep", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "sent"), ""))

    seen = answer_dialogs(qtbot, [_answer(QMessageBox.StandardButton.No)])
    window.files.export_json_dialog()
    assert seen == [f"{existing} already exists. Do you want to replace it?"]
    assert existing.read_text(encoding="utf-8") == "keep"

    seen = answer_dialogs(qtbot, [_answer(QMessageBox.StandardButton.Yes)])
    window.files.export_json_dialog()
    qtbot.waitUntil(lambda: existing.read_text(encoding="utf-8") != "keep")
    assert json.loads(existing.read_text(encoding="utf-8"))["activities"][0]["id"] == "lon"
    assert errors == []


def test_a_copy_typed_without_ropa_does_not_replace_the_register_beside_it_unasked(
    qtbot, window: MainWindow, ctx: AppContext, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from tests.gui.conftest import answer_dialogs

    existing = tmp_path / "other.ropa"
    existing.write_bytes(b"another register")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "other"), ""))
    seen = answer_dialogs(qtbot, [_answer(QMessageBox.StandardButton.No)])
    assert window.files.save_copy_dialog() is None
    assert len(seen) == 1
    assert existing.read_bytes() == b"another register"
