"""The activity list's Next review column shows the UI language's date and sorts by the date itself."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt

from ropa_desktop.domain.ltext import LText
from ropa_desktop.domain.model import Activity
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.pages.list_page import ListPage
from ropa_desktop.store import Kind


def test_a_danish_list_shows_review_dates_the_danish_way_and_sorts_them_by_date(
    danish, qtbot, ctx: AppContext, window: MainWindow
) -> None:
    store = ctx.store
    assert store is not None
    # Day-of-month order (03, 15, 20) is the reverse of date order here.
    for name, due in (("Løn", dt.date(2025, 9, 15)), ("Kunder", dt.date(2026, 1, 3)),
                      ("Rekruttering", dt.date(2024, 12, 20))):
        store.add(Kind.ACTIVITY, Activity(id=name.lower(), name=LText({"da": name}), role="controller",
                                          next_review=due))
    ctx.notify_replaced()
    page = window.show_page("activities")
    assert isinstance(page, ListPage)
    column = page.model.column_index("next_review")
    page.set_column_visible(column, True)
    header = page.view.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(column) + 5, 5))

    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    shown = [page.proxy.index(r, column).data() for r in range(page.proxy.rowCount())]
    assert shown == ["20.12.2024", "15.09.2025", "03.01.2026"]
