"""File → Import spreadsheet…: the preview says what each column becomes, a column is mapped in it, the
import lands as one step, and one undo takes it all out again."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.spreadsheet_import import SpreadsheetImportDialog, run_import
from ropa_desktop.store import Kind


def _workbook(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["Registerförteckning"])
    ws.append(["Organisationsnummer:", "556677-8899"])
    ws.append([])
    ws.append(["Behandling", "Ändamål", "Rättslig grund", "Kategorier av registrerade",
               "Kategorier av personuppgifter", "Lagringstid", "Kostnadsställe"])
    ws.append(["Lön", "Betala lön", "Avtal", "Anställda", "Namn, Bankkonto", "7 år", "4711"])
    ws.append(["Kundregister", "Leverera", "Avtal", "Kunder", "Namn; E-post", "Se gallringsplanen", "4712"])
    wb.save(path)
    return path


def test_the_preview_maps_a_column_imports_as_one_step_and_undo_takes_it_out(
        qtbot, window: MainWindow, ctx: AppContext, tmp_path: Path) -> None:
    source = _workbook(tmp_path / "register.xlsx")
    before = {kind: ctx.store.count(kind) for kind in Kind}
    seen: dict[str, object] = {}

    def in_the_preview() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SpreadsheetImportDialog)
        rows = {dialog.table.item(r, 1).text(): r for r in range(dialog.table.rowCount())}
        seen["purposes"] = dialog.combo(rows["Ändamål"]).currentText()
        seen["enabled before"] = dialog.import_button.isEnabled()
        seen["notes"] = dialog.notes.toPlainText()
        box = dialog.combo(rows["Kostnadsställe"])
        box.setCurrentIndex(box.findText("Keep as a note on each activity"))
        seen["enabled after"] = dialog.import_button.isEnabled()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, in_the_preview)
    assert run_import(window, ctx, source) is True
    assert seen["purposes"] == "Purposes"
    assert seen["enabled before"] is False and seen["enabled after"] is True  # an unknown column blocks the import
    assert "F6: no period understood in 'Se gallringsplanen'" in seen["notes"]
    register = ctx.register()
    assert [a.name.text("sv") for a in register.activities] == ["Lön", "Kundregister"]
    assert [a.extras["x-kostnadsstalle"] for a in register.activities] == ["4711", "4712"]
    assert register.organisation.org_number == "556677-8899"
    # The data subject category "Kunder" the register had is reused, not doubled.
    assert register.activities[1].data_subjects == ["kunder"]

    ctx.undo_stack.undo()
    assert {kind: ctx.store.count(kind) for kind in Kind} == before
    assert not isinstance(ctx.register().organisation.org_number, str)
    ctx.undo_stack.redo()
    assert ctx.store.count(Kind.ACTIVITY) == 2
