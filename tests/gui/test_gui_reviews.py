"""The Overview's reviews: an overdue activity is listed, Mark reviewed moves its date, Undo puts it back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from ropa_desktop.domain.ltext import LText
from ropa_desktop.domain.model import Activity, Dpa, Processor
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.pages.overview import OverviewPage
from ropa_desktop.store import Kind

TODAY = dt.date(2026, 12, 2)


@pytest.fixture
def overview(qtbot, ctx: AppContext, window: MainWindow) -> OverviewPage:
    store = ctx.store
    assert store is not None
    store.add(Kind.ACTIVITY, Activity(id="lon", name=LText({"sv": "Löner", "en": "Payroll"}), role="controller",
                                      last_reviewed=dt.date(2025, 11, 1), next_review=dt.date(2026, 11, 1),
                                      review_every="P6M"))
    store.add(Kind.ACTIVITY, Activity(id="far", name=LText({"sv": "Arkiv", "en": "Archive"}), role="controller",
                                      next_review=dt.date(2027, 6, 1)))
    store.set_recorded(Kind.PROCESSOR, True)
    store.add(Kind.PROCESSOR, Processor(id="mail", name="Mailbolaget", dpa=Dpa(status="signed",
                                                                               review_on=dt.date(2026, 12, 20))))
    page = window.show_page("overview")
    assert isinstance(page, OverviewPage)
    page.reviews.today = lambda: TODAY
    ctx.notify_replaced()
    return page


def _rows(page: OverviewPage) -> list[list[str]]:
    tree = page.reviews.tree
    return [[tree.topLevelItem(i).text(c) for c in range(3)] for i in range(tree.topLevelItemCount())]


def test_the_overview_lists_what_is_overdue_and_due_within_30_days(overview: OverviewPage) -> None:
    assert _rows(overview) == [
        ["Activity “Payroll”", "1 Nov 2026", "31 days overdue"],
        ["Processor agreement with Mailbolaget", "20 Dec 2026", "in 18 days"],
    ]
    assert overview.reviews.summary.text() == "Overdue: 1. Due within 30 days: 1."


def test_mark_reviewed_moves_the_next_review_and_undo_restores_it(
    qtbot, ctx: AppContext, overview: OverviewPage, errors: list
) -> None:
    box = overview.reviews
    tree = box.tree
    assert not box.mark_button.isEnabled()
    tree.setCurrentItem(tree.topLevelItem(1))  # a processor agreement is reviewed in its own editor
    assert not box.mark_button.isEnabled()
    tree.setCurrentItem(tree.topLevelItem(0))
    assert box.mark_button.isEnabled()
    qtbot.mouseClick(box.mark_button, Qt.MouseButton.LeftButton)

    assert ctx.store is not None
    reviewed = ctx.store.get(Kind.ACTIVITY, "lon")
    assert (reviewed.last_reviewed, reviewed.next_review) == (TODAY, dt.date(2027, 6, 2))  # its own six months
    assert _rows(overview) == [["Processor agreement with Mailbolaget", "20 Dec 2026", "in 18 days"]]
    last = ctx.store.history(entity_id="lon")[-1]
    assert last.user == "test-dpo" and last.action == "update"
    assert (last.old["next_review"], last.new["next_review"]) == ("2026-11-01", "2027-06-02")
    assert ctx.undo_stack.undoText() == "Mark “Payroll” reviewed"

    ctx.undo_stack.undo()
    restored = ctx.store.get(Kind.ACTIVITY, "lon")
    assert (restored.last_reviewed, restored.next_review) == (dt.date(2025, 11, 1), dt.date(2026, 11, 1))
    assert _rows(overview)[0] == ["Activity “Payroll”", "1 Nov 2026", "31 days overdue"]
    assert errors == []


def test_the_calendar_button_writes_every_scheduled_review(
    qtbot, overview: OverviewPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, errors: list
) -> None:
    from icalendar import Calendar

    target = tmp_path / "reviews.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(overview.reviews.calendar_button, Qt.MouseButton.LeftButton)
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert sorted(e.decoded("dtstart") for e in events) == [
        dt.date(2026, 11, 1), dt.date(2026, 12, 20), dt.date(2027, 6, 1)]  # also the one due next year
    assert errors == [] and "3 scheduled reviews written to reviews.ics" in overview.reviews.summary.text()
