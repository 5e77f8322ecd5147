"""The Overview's reviews after an edit in a register of thousands of activities: only the item edited is
read again, not every activity (a fifth of a second per thousand on the GUI thread, after every edit)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bench.synthetic import synthetic_register
from ropa_desktop.domain.model import Register
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.pages.overview import OverviewPage
from ropa_desktop.store import Kind, RegisterStore

ACTIVITIES = 3000


@pytest.fixture
def reads(ctx: AppContext, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Any]]:
    """A register of a few thousand activities, open on the Overview; the reads of review fields are counted.
    (The checks read the whole register too, but in their own process, off the GUI thread.)"""
    store = ctx.store
    assert store is not None
    register: Register = synthetic_register(ACTIVITIES)
    for n, activity in enumerate(register.activities):
        activity.next_review = dt.date(2026, 12, 1) + dt.timedelta(days=n % 60)
    store.replace_all(register)
    page = window.show_page("overview")
    assert isinstance(page, OverviewPage)
    page.reviews.today = lambda: dt.date(2026, 12, 2)
    ctx.notify_replaced()
    calls: list[tuple[str, Any]] = []
    fields = RegisterStore.fields

    def counted_fields(self: RegisterStore, kind: Kind, paths: dict[str, str], item_id: str | None = None,
                       limit: int | None = None) -> list[dict[str, Any]]:
        if "$.next_review" in paths.values() or "$.dpa.review_on" in paths.values():
            calls.append((kind.value, item_id))
        return fields(self, kind, paths, item_id, limit)

    monkeypatch.setattr(RegisterStore, "fields", counted_fields)
    return calls


def test_an_edit_rereads_only_the_activity_edited(ctx: AppContext, window: MainWindow, reads: list) -> None:
    store = ctx.store
    assert store is not None
    overview = window.show_page("overview")
    assert isinstance(overview, OverviewPage)
    first = store.get(Kind.ACTIVITY, "activity-0")
    assert any(r.item_id == "activity-0" for r in overview.reviews.shown)
    shown_before = len(overview.reviews.shown)
    first.next_review = dt.date(2030, 1, 1)  # no longer due
    store.update(Kind.ACTIVITY, first)
    ctx.notify_item(Kind.ACTIVITY, "activity-0")

    assert reads == [(Kind.ACTIVITY.value, "activity-0")]  # one row read, not three thousand
    assert not any(r.item_id == "activity-0" for r in overview.reviews.shown)
    assert len(overview.reviews.shown) == shown_before - 1

    ctx.notify_item(Kind.DATA_CATEGORY, "category-1")  # no review date there: nothing is read
    assert reads == [(Kind.ACTIVITY.value, "activity-0")]
