"""The History page of a long history: it reads the first page of changes only, more as the list is
scrolled to its end, and its filters find changes however old (the database filters them)."""

from __future__ import annotations

import datetime as dt

import pytest

from ropa_desktop.domain.ltext import LText
from ropa_desktop.domain.model import Activity
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.pages import history
from ropa_desktop.store import Kind, RegisterStore

CHANGES = 700


@pytest.fixture
def long_history(ctx: AppContext) -> AppContext:
    store = ctx.store
    assert store is not None
    # The oldest change is someone else's; hundreds of the DPO's follow.
    with RegisterStore.open(store.path, user="kollega") as other:
        other.add(Kind.ACTIVITY, Activity(id="first", name=LText({"sv": "Först", "en": "First"}), role="controller"))
    with store.transaction():
        for n in range(CHANGES):
            store.add(Kind.ACTIVITY, Activity(id=f"a{n}", name=LText({"sv": f"Behandling {n}"}), role="controller"))
    ctx.notify_replaced()
    return ctx


def _read_rows(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many changes each read of the history gave the page."""
    reads: list[int] = []
    real = history.history_page

    def counted(*args, **kwargs):
        page = real(*args, **kwargs)
        reads.append(len(page))
        return page

    monkeypatch.setattr(history, "history_page", counted)
    return reads


def test_opening_a_long_history_reads_its_first_page_only_and_more_when_scrolled_to_the_end(
    qtbot, long_history: AppContext, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads = _read_rows(monkeypatch)
    page = window.show_page("history")
    assert isinstance(page, history.HistoryPage)
    model = page.table.model()
    assert sum(reads) == model.rowCount() == history.PAGE
    assert model.index(0, 3).data() == "Behandling 699 (activity)"  # newest first
    # The filters still offer every item and person of the whole history.
    assert page.item_filter.findData(history.item_key(Kind.ACTIVITY.value, "first")) > 0
    assert page.user_filter.findData("kollega") > 0

    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > history.PAGE)
    assert sum(reads) == model.rowCount() == 2 * history.PAGE
    while model.canFetchMore(page.table.rootIndex()):
        model.fetchMore(page.table.rootIndex())
    assert long_history.store is not None
    assert model.rowCount() == len(long_history.store.history())
    assert model.index(model.rowCount() - 1, 2).data() == "Added"  # the register's very first change


def test_the_filters_find_the_oldest_change_in_a_long_history(
    qtbot, long_history: AppContext, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.show_page("history")
    assert isinstance(page, history.HistoryPage)
    reads = _read_rows(monkeypatch)
    page.user_filter.setCurrentIndex(page.user_filter.findData("kollega"))
    model = page.table.model()
    assert [model.index(r, 3).data() for r in range(model.rowCount())] == ["First (activity)"]
    assert reads == [1]
    page.user_filter.setCurrentIndex(0)
    page.item_filter.setCurrentIndex(page.item_filter.findData(history.item_key(Kind.ACTIVITY.value, "a5")))
    assert [model.index(r, 3).data() for r in range(model.rowCount())] == ["Behandling 5 (activity)"]
    # From tomorrow on: nothing yet; from today: the first page again.
    page.item_filter.setCurrentIndex(0)
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    page.since_filter.setDate(tomorrow)
    assert model.rowCount() == 0
    page.since_filter.setDate(dt.date.today())
    assert model.rowCount() == history.PAGE
