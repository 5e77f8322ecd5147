"""A long list: cells made only for the rows the view shows, the filter over prepared keys with its
semantics unchanged (case, every language, every word), sorting, selection and columns kept."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QPoint, Qt

from ropa_desktop.domain.ltext import LText
from ropa_desktop.domain.model import Activity
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.models import columns
from ropa_desktop.gui.pages.list_page import ListPage
from ropa_desktop.store import Kind

MANY = 300


def _add(ctx: AppContext, count: int) -> None:
    store = ctx.store
    assert store is not None
    with store.transaction():
        for n in range(count):
            store.add(Kind.ACTIVITY, Activity(id=f"a{n}", name=LText({"sv": f"Behandling {n}"}), role="controller",
                                              owner=f"Ägare {n % 7}"))
    ctx.notify_replaced()


def _shown(page: ListPage, column: int = 0) -> list[str]:
    return [page.proxy.index(r, column).data() for r in range(page.proxy.rowCount())]


def _activities(window: MainWindow) -> ListPage:
    page = window.show_page("activities")
    assert isinstance(page, ListPage)
    return page


def test_a_long_list_makes_the_cells_of_the_rows_on_screen_only(
    qtbot, ctx: AppContext, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[str] = []

    def counted(column: columns.Column) -> columns.Column:
        def get(row, env):
            made.append(row["id"])
            return column.get(row, env)

        return dataclasses.replace(column, get=get)

    monkeypatch.setitem(columns.COLUMNS, Kind.ACTIVITY, [counted(c) for c in columns.COLUMNS[Kind.ACTIVITY]])
    _add(ctx, MANY)
    page = _activities(window)
    qtbot.waitUntil(lambda: page.view.viewport().grab() is not None and bool(made))
    assert page.model.rowCount() == MANY
    on_screen = {page.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2)
                 for r in range(page.view.rowAt(0), page.view.rowAt(page.view.viewport().height() - 1) + 1)}
    assert set(made) <= on_screen | {"a0"}  # what the view painted (and the first row it selected, if any)
    assert len(set(made)) < MANY // 4
    page.view.scrollToBottom()
    page.view.viewport().grab()
    assert f"a{MANY - 1}" in made
    assert page.proxy.index(MANY - 1, 0).data() == f"Behandling {MANY - 1}"


def test_the_filter_keeps_its_meaning_case_every_language_and_every_word(
    qtbot, ctx: AppContext, window: MainWindow
) -> None:
    store = ctx.store
    assert store is not None
    for item_id, sv, en, description in (("plan", "Åtgärdsprogram", "Action plan", "Elever i behov av stöd"),
                                         ("lon", "Lönehantering", "Payroll", "Löner till anställda"),
                                         ("brev", "Nyhetsbrev", "Newsletter", "Utskick till kunder")):
        store.add(Kind.ACTIVITY, Activity(id=item_id, name=LText({"sv": sv, "en": en}), role="controller",
                                          description=LText({"sv": description})))
    ctx.notify_replaced()
    page = _activities(window)
    page.filter.setFocus()
    qtbot.keyClicks(page.filter, "ÅTG")  # case-folded (Å finds å), in a language other than the one shown
    assert _shown(page) == ["Action plan"]
    page.filter.clear()
    qtbot.keyClicks(page.filter, "PAYR")
    assert _shown(page) == ["Payroll"]
    page.filter.clear()
    qtbot.keyClicks(page.filter, "kunder")  # the description
    assert _shown(page) == ["Newsletter"]
    page.filter.clear()
    # Every word, anywhere, in any order (typed without ä or ö: QTest's key table asserts on them).
    qtbot.keyClicks(page.filter, "anst till")
    assert _shown(page) == ["Payroll"]
    page.filter.clear()
    qtbot.keyClicks(page.filter, "brev")  # the id too
    assert _shown(page) == ["Newsletter"]
    page.filter.clear()
    # Å, ä, ö are letters of their own in the Nordic languages, not a with an accent: as before.
    qtbot.keyClicks(page.filter, "atg")
    assert _shown(page) == []
    page.filter.clear()
    assert len(_shown(page)) == 3


def test_sorting_survives_the_filter_and_keeps_the_selected_item(qtbot, ctx: AppContext, window: MainWindow) -> None:
    _add(ctx, 30)
    page = _activities(window)
    assert page.select_id("a12")
    header = page.view.horizontalHeader()
    name_x = header.sectionViewportPosition(0) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(name_x, 5))
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(name_x, 5))  # descending
    names = _shown(page)
    assert names == sorted(names, key=str.casefold, reverse=True)
    assert names[0] == "Behandling 9"
    assert page.proxy.mapToSource(page.view.currentIndex()).row() == page.model.row_of("a12")
    assert page.editor.item is not None and page.editor.item.id == "a12"

    page.filter.setFocus()
    qtbot.keyClicks(page.filter, "1")
    names = _shown(page)
    assert names == sorted(names, key=str.casefold, reverse=True)
    assert set(names) == {f"Behandling {n}" for n in range(30) if "1" in str(n)}
    # The item being edited is still the selected row.
    assert page.view.currentIndex().data() == "Behandling 12"
    qtbot.keyClicks(page.filter, "9")
    assert _shown(page) == ["Behandling 19"]
    assert not page.view.currentIndex().isValid()
    assert page.editor.item is not None and page.editor.item.id == "a12"  # still in the editor
    page.filter.clear()
    assert page.view.currentIndex().data() == "Behandling 12"


def test_column_widths_and_hidden_columns_stay_as_set_while_filtering(
    qtbot, ctx: AppContext, window: MainWindow
) -> None:
    _add(ctx, 20)
    page = _activities(window)
    header = page.view.horizontalHeader()
    header.resizeSection(0, 333)
    owner = page.model.column_index("owner")
    page.set_column_visible(owner, False)
    page.filter.setFocus()
    qtbot.keyClicks(page.filter, "behandling 1")
    page.filter.clear()
    assert header.sectionSize(0) == 333
    assert page.view.isColumnHidden(owner)


def test_a_renamed_item_is_filtered_by_its_new_name_and_its_row_shows_it(
    qtbot, ctx: AppContext, window: MainWindow
) -> None:
    _add(ctx, 5)
    page = _activities(window)
    store = ctx.store
    assert store is not None
    item = store.get(Kind.ACTIVITY, "a3")
    item.name = LText({"sv": "Rekrytering"})
    store.update(Kind.ACTIVITY, item)
    page.model.refresh_item("a3")
    assert _shown(page)[3] == "Rekrytering"
    page.filter.setFocus()
    qtbot.keyClicks(page.filter, "rekr")
    assert _shown(page) == ["Rekrytering"]
