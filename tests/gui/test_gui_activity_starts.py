"""Starting an activity without typing it all: Edit → New activity from template… and Edit → Duplicate activity,
each from its keyboard shortcut, shown selected in the editor, and taken out again by one undo."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from ropa_desktop.domain.ltext import LText
from ropa_desktop.domain.model import Activity, Processor, Purpose, Recipient
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.pages.list_page import ListPage
from ropa_desktop.gui.template_dialog import TemplateDialog
from ropa_desktop.store import Kind

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _activities_page(qtbot, window: MainWindow) -> ListPage:
    page = window.show_page(Kind.ACTIVITY.value)
    assert isinstance(page, ListPage)
    window.activateWindow()
    qtbot.waitActive(window)
    page.view.setFocus()
    return page


def test_a_template_is_chosen_by_its_name_added_with_the_countrys_law_shown_and_undone_in_one_step(
        qtbot, window: MainWindow, ctx: AppContext) -> None:
    page = _activities_page(qtbot, window)
    before = {kind: ctx.store.count(kind) for kind in Kind}
    seen: dict[str, object] = {}

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TemplateDialog)
        names = [dialog.list.item(r).text() for r in range(dialog.list.count())]
        seen["names"] = names
        item = dialog.list.item(names.index("Bookkeeping and invoicing"))
        qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton,
                         pos=dialog.list.visualItemRect(item).center())
        seen["summary"] = dialog.summary.text()
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, choose)
    qtbot.keyClick(page.view, Qt.Key.Key_T, CTRL | SHIFT)

    assert len(seen["names"]) >= 15 and "Payroll" in seen["names"]
    assert "vouchers" in seen["summary"]  # the chosen template is described in the UI language
    activity = ctx.store.get(Kind.ACTIVITY, "bookkeeping")
    assert activity is not None and activity.status == "draft"
    [rule] = activity.retention
    assert rule.law_reference.text("sv").startswith("Bokföringslagen")  # the organisation is in Sweden
    assert set(activity.name.values) == {"sv", "en"}  # the register's languages
    assert page.editor.item is not None and page.editor.item.id == "bookkeeping"
    assert page.proxy.mapToSource(page.view.currentIndex()).row() == page.model.row_of("bookkeeping")
    assert ctx.store.count(Kind.DATA_CATEGORY) > before[Kind.DATA_CATEGORY]

    ctx.undo_stack.undo()
    assert {kind: ctx.store.count(kind) for kind in Kind} == before


def test_duplicate_makes_a_draft_copy_with_its_references_beside_the_original_and_undo_removes_it(
        qtbot, window: MainWindow, ctx: AppContext) -> None:
    store = ctx.store
    store.add(Kind.PROCESSOR, Processor(id="lonebyran", name="Lönebyrån AB"))
    store.add(Kind.RECIPIENT, Recipient(id="skatteverket", name=LText({"sv": "Skatteverket"}), type="authority"))
    for activity_id, name in (("lon", {"sv": "Lön", "en": "Payroll"}), ("kunder", {"sv": "Kunder", "en": "Customers"})):
        store.add(Kind.ACTIVITY, Activity(
            id=activity_id, name=LText(name), role="controller", status="active", data_subjects=["kunder"],
            purposes=[Purpose(id="betala", description=LText({"sv": "Betala lön"}), legal_basis="contract")],
            processors=["lonebyran"], recipients=["skatteverket"], last_reviewed=dt.date(2026, 1, 5)))
    ctx.notify_replaced()
    page = _activities_page(qtbot, window)
    assert page.select_id("lon")
    steps = ctx.undo_stack.count()

    qtbot.keyClick(page.view, Qt.Key.Key_D, CTRL)

    assert store.ids(Kind.ACTIVITY) == ["lon", "lon-copy", "kunder"]
    copy = store.get(Kind.ACTIVITY, "lon-copy")
    assert copy.name.values == {"sv": "Lön (kopia)", "en": "Payroll (copy)"}
    assert copy.status == "draft" and not isinstance(copy.last_reviewed, dt.date)
    assert (copy.processors, copy.recipients, copy.data_subjects) == (["lonebyran"], ["skatteverket"], ["kunder"])
    assert copy.purposes == store.get(Kind.ACTIVITY, "lon").purposes
    assert page.editor.item.id == "lon-copy"
    assert ctx.undo_stack.count() == steps + 1

    assert page.select_id("lon")
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_D, CTRL)  # a second copy of the same activity gets an id of its own
    assert store.ids(Kind.ACTIVITY) == ["lon", "lon-copy-2", "lon-copy", "kunder"]

    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert store.ids(Kind.ACTIVITY) == ["lon", "kunder"]
    assert store.get(Kind.ACTIVITY, "lon").status == "active"
