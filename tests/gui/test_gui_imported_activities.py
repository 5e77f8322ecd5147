"""The Overview after a spreadsheet import: "Imported from <file> on <date>: N activities to review", each
activity a double-click from its editor, its findings saying it came from the import, until it is reviewed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from ropa_desktop.domain.reviews import mark_reviewed
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.pages.overview import OverviewPage
from ropa_desktop.gui.spreadsheet_import import SpreadsheetImportDialog, run_import
from ropa_desktop.store import Kind

TODAY = dt.date.today()


def _workbook(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["Behandling", "Ändamål", "Rättslig grund", "Kategorier av registrerade", "Lagringstid"])
    ws.append(["Lön", "Betala lön", "Avtal", "Anställda", "7 år"])
    ws.append(["Kundregister", "Leverera", "Avtal", "Kunder", ""])
    wb.save(path)
    return path


def _import(qtbot, window: MainWindow, ctx: AppContext, source: Path) -> None:
    def in_the_preview() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SpreadsheetImportDialog)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, in_the_preview)
    assert run_import(window, ctx, source) is True


def _imported_rows(page: OverviewPage) -> list[tuple[str, list[str]]]:
    tree = page.imported.tree
    return [(tree.topLevelItem(i).text(0), [tree.topLevelItem(i).child(j).text(0)
                                            for j in range(tree.topLevelItem(i).childCount())])
            for i in range(tree.topLevelItemCount())]


def test_the_overview_lists_the_imported_activities_until_each_is_reviewed(
    qtbot, window: MainWindow, ctx: AppContext, tmp_path: Path, errors: list
) -> None:
    overview = window.show_page("overview")
    assert isinstance(overview, OverviewPage)
    assert overview.imported.isHidden()  # nothing imported: no box
    _import(qtbot, window, ctx, _workbook(tmp_path / "gamla registret.xlsx"))

    assert not overview.imported.isHidden()
    assert _imported_rows(overview) == [
        (f"Imported from gamla registret.xlsx on {TODAY.isoformat()}: 2 activities to review", ["Lön", "Kundregister"])]
    opened: list[tuple[str, str, str]] = []
    ctx.open_requested.connect(lambda *args: opened.append(args))
    kund = overview.imported.tree.topLevelItem(0).child(1)
    overview.imported.tree.itemActivated.emit(kund, 0)
    assert opened == [("activities", "kundregister", "")]

    ctx.wait_for_findings()
    on_kund = [f for f in ctx.findings() if f.entity_id == "kundregister"]
    assert on_kund and all("(This activity came in with the import of “gamla registret.xlsx” on" in f.message("en")
                           for f in on_kund)

    # Both are due for review today; Mark reviewed on one takes it off the imported list.
    window.show_page("overview")
    box = overview.reviews
    row = next(i for i in range(box.tree.topLevelItemCount()) if "Kundregister" in box.tree.topLevelItem(i).text(0))
    box.tree.setCurrentItem(box.tree.topLevelItem(row))
    qtbot.mouseClick(box.mark_button, Qt.MouseButton.LeftButton)
    # (the count's plural form is the translations' business: English takes it from its translator)
    [(heading, names)] = _imported_rows(overview)
    assert heading.startswith(f"Imported from gamla registret.xlsx on {TODAY.isoformat()}: 1 ") and names == ["Lön"]
    ctx.wait_for_findings()
    assert not any("import" in f.message("en") for f in ctx.findings() if f.entity_id == "kundregister")

    ctx.undo_stack.undo()  # undone: it waits for its review again
    assert _imported_rows(overview)[0][1] == ["Lön", "Kundregister"]
    assert errors == []


def test_the_import_heading_takes_the_plural_form_of_its_count(
    qtbot, window: MainWindow, ctx: AppContext, tmp_path: Path, swedish
) -> None:
    overview = window.show_page("overview")
    assert isinstance(overview, OverviewPage)
    _import(qtbot, window, ctx, _workbook(tmp_path / "register.xlsx"))
    heading = f"Importerat från register.xlsx den {TODAY.isoformat()}: "
    assert _imported_rows(overview)[0][0] == heading + "2 behandlingar att granska"
    store = ctx.store
    assert store is not None
    store.update(Kind.ACTIVITY, mark_reviewed(store.get(Kind.ACTIVITY, "lon"), store.organisation(), TODAY))
    ctx.notify_item(Kind.ACTIVITY, "lon")
    assert _imported_rows(overview)[0][0] == heading + "1 behandling att granska"
