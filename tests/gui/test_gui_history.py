"""The History page: the recorded changes filtered by item (from the editor's Show history) and by person,
and Compare versions after an issued export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ropa_desktop.domain.ltext import LText
from ropa_desktop.domain.model import Activity
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.pages.history import HistoryPage
from ropa_desktop.gui.pages.list_page import ListPage
from ropa_desktop.services.export_register import ExportChoices, export_register
from ropa_desktop.store import Kind, RegisterStore


def _rows(page: HistoryPage) -> list[list[str]]:
    proxy = page.table.model()
    return [[proxy.index(r, c).data() for c in range(5)] for r in range(proxy.rowCount())]


@pytest.fixture
def with_activity(ctx: AppContext) -> AppContext:
    assert ctx.store is not None
    ctx.store.add(Kind.ACTIVITY, Activity(id="lon", name=LText({"sv": "Löner", "en": "Payroll"}), role="controller"))
    activity = ctx.store.get(Kind.ACTIVITY, "lon")
    activity.owner = "Ekonomi"
    ctx.store.update(Kind.ACTIVITY, activity)
    # Someone else, in another program, changes the same file.
    with RegisterStore.open(ctx.store.path, user="kollega") as other:
        item = other.get(Kind.ACTIVITY, "lon")
        item.systems = ["Lönesystemet"]
        other.update(Kind.ACTIVITY, item)
    ctx.notify_replaced()
    return ctx


def test_show_history_in_an_editor_opens_the_item_s_changes_and_the_person_filter_narrows_them(
    qtbot, with_activity: AppContext, window: MainWindow, errors: list
) -> None:
    page = window.show_page(Kind.ACTIVITY.value)
    assert isinstance(page, ListPage)
    page.open_item("lon", "")
    editor = page.editor
    qtbot.mouseClick(editor.history_button, Qt.MouseButton.LeftButton)

    history = window.current_page()
    assert isinstance(history, HistoryPage)
    rows = _rows(history)
    assert [(r[1], r[2], r[3], r[4]) for r in rows] == [
        ("kollega", "Changed", "Payroll (activity)", "IT systems"),
        ("test-dpo", "Changed", "Payroll (activity)", "Owner"),
        ("test-dpo", "Added", "Payroll (activity)", ""),
    ]
    history.user_filter.setCurrentIndex(history.user_filter.findData("kollega"))
    assert [r[4] for r in _rows(history)] == ["IT systems"]
    history.item_filter.setCurrentIndex(0)  # all items, still only the colleague's changes
    assert [r[1] for r in _rows(history)] == ["kollega"]
    assert errors == []


def test_compare_versions_shows_the_field_changed_since_the_authority_s_version(
    qtbot, with_activity: AppContext, window: MainWindow, tmp_path, errors: list
) -> None:
    store = with_activity.store
    assert store is not None
    export_register(store.path, tmp_path / "sent.xlsx", ExportChoices(for_authority=True))
    activity = store.get(Kind.ACTIVITY, "lon")
    activity.owner = "HR"
    store.update(Kind.ACTIVITY, activity)
    with_activity.notify_item(Kind.ACTIVITY, "lon")

    history = window.show_page("history")
    assert isinstance(history, HistoryPage)
    assert history.from_version.currentText() == "Version 1"
    assert history.to_version.currentText() == "The register now"
    qtbot.mouseClick(history.compare_button, Qt.MouseButton.LeftButton)
    shown = history.comparison.toPlainText()
    assert "Ändrad: Löner (lon)" in shown  # in the register's language (Swedish first)
    assert "Ansvarig: var ”Ekonomi”; är nu ”HR”" in shown
    assert shown.count("; är nu") == 1 and errors == []
