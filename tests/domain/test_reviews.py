"""Review schedule: which interval applies, what is overdue and due soon, and what marking reviewed sets."""

from __future__ import annotations

import datetime as dt

import pytest

from ropa_desktop.domain import model
from ropa_desktop.domain.ltext import LText
from ropa_desktop.domain.reviews import (
    ACTIVITY_REVIEW,
    DPA_REVIEW,
    IntervalError,
    due_reviews,
    mark_reviewed,
    parse_interval,
    review_interval,
    scheduled_reviews,
)

TODAY = dt.date(2026, 12, 2)


def _activity(item_id: str, **kw: object) -> model.Activity:
    return model.Activity(id=item_id, name=LText({"en": item_id}), role="controller", **kw)


def _register(*activities: model.Activity, org_every: str | None = None,
              processors: list[model.Processor] | None = None) -> model.Register:
    org = model.Organisation(name="Org", supervisory_authority="SE")
    if org_every:
        org.review_every = org_every
    return model.Register(languages=["en"], organisation=org, activities=list(activities),
                          processors=processors if processors is not None else model.MISSING)


def test_the_interval_is_the_activity_s_else_the_organisation_s_else_twelve_months() -> None:
    org = model.Organisation(name="Org", supervisory_authority="SE")
    assert review_interval(_activity("a"), org) == "P12M"
    org.review_every = "P6M"
    assert review_interval(_activity("a"), org) == "P6M"
    assert review_interval(_activity("a", review_every="P2Y"), org) == "P2Y"


@pytest.mark.parametrize(("start", "every", "expected"), [
    (dt.date(2026, 1, 31), "P1M", dt.date(2026, 2, 28)),  # month end stops at the month's last day
    (dt.date(2024, 2, 29), "P1Y", dt.date(2025, 2, 28)),
    (dt.date(2026, 3, 15), "P1Y6M", dt.date(2027, 9, 15)),
    (dt.date(2026, 3, 15), "P2W", dt.date(2026, 3, 29)),
    (dt.date(2026, 3, 15), "PT36H", dt.date(2026, 3, 17)),  # time rounds up to whole days
])
def test_an_interval_moves_a_date_on_as_a_calendar_does(start: dt.date, every: str, expected: dt.date) -> None:
    assert parse_interval(every).after(start) == expected


@pytest.mark.parametrize("bad", ["", "P", "12M", "PT", "P0D"])
def test_a_duration_that_is_no_interval_is_refused(bad: str) -> None:
    with pytest.raises(IntervalError):
        parse_interval(bad)


def test_overdue_and_due_within_the_window_are_told_apart() -> None:
    register = _register(
        _activity("late", next_review=TODAY - dt.timedelta(days=1)),
        _activity("soon", next_review=TODAY + dt.timedelta(days=30)),
        _activity("later", next_review=TODAY + dt.timedelta(days=31)),
        _activity("from-last", last_reviewed=dt.date(2025, 12, 10)),  # + 12 months: 2026-12-10
        _activity("retired", status="retired", next_review=TODAY - dt.timedelta(days=300)),
        processors=[model.Processor(id="p1", name="Mail Inc",
                                    dpa=model.Dpa(status="signed", review_on=TODAY - dt.timedelta(days=3)))],
    )
    due = due_reviews(register, TODAY, within_days=30)
    assert [(r.kind, r.item_id) for r in due.overdue] == [(DPA_REVIEW, "p1"), (ACTIVITY_REVIEW, "late")]
    assert [r.item_id for r in due.soon] == ["from-last", "soon"]
    assert due.overdue[1].days_left(TODAY) == -1
    # The calendar gets every scheduled review, however far ahead.
    assert {r.item_id for r in scheduled_reviews(register)} == {"late", "soon", "later", "from-last", "p1"}


def test_marking_reviewed_sets_today_and_today_plus_the_interval() -> None:
    register = _register(_activity("a", next_review=dt.date(2026, 1, 1)), org_every="P6M")
    reviewed = mark_reviewed(register.activities[0], register.organisation, TODAY)
    assert reviewed.last_reviewed == TODAY
    assert reviewed.next_review == dt.date(2027, 6, 2)
    assert register.activities[0].next_review == dt.date(2026, 1, 1)  # the original is untouched
