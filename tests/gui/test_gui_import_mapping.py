"""The import preview writes the mapping file `ropa import --mapping` reads, and reads one back: a DPO who
mapped a template's columns once does not map them again, in the app or on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from ropa_desktop.cli.main import main
from ropa_desktop.gui.commands import perform
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.spreadsheet_import import ImportSpreadsheet, SpreadsheetImportDialog
from ropa_desktop.services.save_copy import save_copy
from ropa_desktop.store import Kind, RegisterStore


def _workbook(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["Registerförteckning"])
    ws.append([])
    ws.append(["Behandling", "Ändamål", "Rättslig grund", "Kategorier av personuppgifter", "Lagringstid",
               "Kostnadsställe"])
    ws.append(["Lön", "Betala lön", "Avtal", "Namn, Bankkonto", "7 år", "4711"])
    ws.append(["Kundregister", "Leverera", "Avtal", "Namn; E-post", "2 år", "4712"])
    wb.save(path)
    return path


def _dialog(qtbot, ctx: AppContext, source: Path) -> SpreadsheetImportDialog:
    dialog = SpreadsheetImportDialog(ctx, source)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _row(dialog: SpreadsheetImportDialog, header: str) -> int:
    return next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 1).text() == header)


def _choose(dialog: SpreadsheetImportDialog, header: str, label: str) -> None:
    box = dialog.combo(_row(dialog, header))
    box.setCurrentIndex(box.findText(label))


def test_a_saved_mapping_reads_back_and_the_command_line_imports_with_it_as_the_app_did(
        qtbot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = _workbook(tmp_path / "register.xlsx")
    twin = save_copy(ctx.store, tmp_path / "twin.ropa")  # the same register, for the command line
    dialog = _dialog(qtbot, ctx, source)
    _choose(dialog, "Kostnadsställe", "Keep as a note on each activity")
    _choose(dialog, "Lagringstid", "Ignore this column")  # a recognised column, changed
    target = tmp_path / "saved" / "my mapping.json"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(dialog.save_mapping_button, Qt.MouseButton.LeftButton)

    saved = json.loads(target.read_text(encoding="utf-8"))
    assert saved == {"Behandling": "name", "Ändamål": "purposes", "Rättslig grund": "legal_basis",
                     "Kategorier av personuppgifter": "data_categories", "Lagringstid": None,
                     "Kostnadsställe": "x-kostnadsstalle"}
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no part file left beside it

    assert perform(ctx, ImportSpreadsheet(ctx, dialog.result))
    assert main(["import", str(twin), str(source), "--mapping", str(target)]) == 0
    with RegisterStore.open(twin) as store:
        assert store.items(Kind.ACTIVITY) == ctx.store.items(Kind.ACTIVITY)
        assert store.items(Kind.DATA_CATEGORY) == ctx.store.items(Kind.DATA_CATEGORY)
    activity = ctx.store.get(Kind.ACTIVITY, ctx.store.ids(Kind.ACTIVITY)[0])
    assert activity.extras["x-kostnadsstalle"] == "4711" and not activity.retention


def test_a_loaded_mapping_maps_the_columns_and_lets_the_import_go(
        qtbot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = _workbook(tmp_path / "register.xlsx")
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"Kostnadsställe": None, "Lagringstid": "x-lagringstid"}), encoding="utf-8")
    dialog = _dialog(qtbot, ctx, source)
    assert not dialog.import_button.isEnabled()  # 'Kostnadsställe' is not recognised
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(mapping), ""))
    qtbot.mouseClick(dialog.load_mapping_button, Qt.MouseButton.LeftButton)
    assert dialog.combo(_row(dialog, "Kostnadsställe")).currentText() == "Ignore this column"
    assert dialog.combo(_row(dialog, "Lagringstid")).currentText() == "Keep as a note on each activity"
    assert dialog.import_button.isEnabled()


def test_a_mapping_that_is_not_one_is_refused_by_name_and_the_choices_stay(
        qtbot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        errors: list[tuple[str, str]]) -> None:
    source = _workbook(tmp_path / "register.xlsx")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"Kostnadsställe": "cost centre"}), encoding="utf-8")
    dialog = _dialog(qtbot, ctx, source)
    _choose(dialog, "Kostnadsställe", "Ignore this column")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    qtbot.mouseClick(dialog.load_mapping_button, Qt.MouseButton.LeftButton)
    [(title, text)] = errors
    assert title == "The mapping was not loaded" and "cost centre" in text and "bad.json" in text
    assert dialog.combo(_row(dialog, "Kostnadsställe")).currentText() == "Ignore this column"
