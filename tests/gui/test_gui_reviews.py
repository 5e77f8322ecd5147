"""The Overview's reviews: an overdue activity is listed, Mark reviewed moves its date (an activity's or a
processor agreement's), Undo puts it back; an edit rereads only the item edited."""

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


def _rows(page: OverviewPage, columns: int = 2) -> list[list[str]]:
    """What each row says; the third column ("31 days overdue") is read in Swedish, whose plural forms
    the shipped translations have (English plural forms come with the English translator)."""
    tree = page.reviews.tree
    return [[tree.topLevelItem(i).text(c) for c in range(columns)] for i in range(tree.topLevelItemCount())]


def test_the_overview_lists_what_is_overdue_and_due_within_30_days(overview: OverviewPage) -> None:
    assert _rows(overview) == [
        ["Activity “Payroll”", "1 Nov 2026"],
        ["Processor agreement with Mailbolaget", "20 Dec 2026"],
    ]
    assert overview.reviews.summary.text() == "Overdue: 1. Due within 30 days: 1."


def test_days_overdue_and_days_left_take_the_plural_form_of_their_number(
    ctx: AppContext, overview: OverviewPage, swedish
) -> None:
    assert [row[2] for row in _rows(overview, 3)] == ["försenad med 31 dagar", "om 18 dagar"]
    overview.reviews.today = lambda: dt.date(2026, 11, 2)
    overview.reviews.refresh()
    assert [row[2] for row in _rows(overview, 3)] == ["försenad med 1 dag"]
    overview.reviews.today = lambda: dt.date(2026, 12, 19)
    overview.reviews.refresh()
    assert [row[2] for row in _rows(overview, 3)][-1] == "om 1 dag"


def test_mark_reviewed_moves_the_next_review_and_undo_restores_it(
    qtbot, ctx: AppContext, overview: OverviewPage, errors: list
) -> None:
    box = overview.reviews
    tree = box.tree
    assert not box.mark_button.isEnabled()
    tree.setCurrentItem(tree.topLevelItem(0))
    assert box.mark_button.isEnabled()
    qtbot.mouseClick(box.mark_button, Qt.MouseButton.LeftButton)

    assert ctx.store is not None
    reviewed = ctx.store.get(Kind.ACTIVITY, "lon")
    assert (reviewed.last_reviewed, reviewed.next_review) == (TODAY, dt.date(2027, 6, 2))  # its own six months
    assert _rows(overview) == [["Processor agreement with Mailbolaget", "20 Dec 2026"]]
    last = ctx.store.history(entity_id="lon")[-1]
    assert last.user == "test-dpo" and last.action == "update"
    assert (last.old["next_review"], last.new["next_review"]) == ("2026-11-01", "2027-06-02")
    assert ctx.undo_stack.undoText() == "Mark “Payroll” reviewed"

    ctx.undo_stack.undo()
    restored = ctx.store.get(Kind.ACTIVITY, "lon")
    assert (restored.last_reviewed, restored.next_review) == (dt.date(2025, 11, 1), dt.date(2026, 11, 1))
    assert _rows(overview)[0] == ["Activity “Payroll”", "1 Nov 2026"]
    assert errors == []


def test_mark_reviewed_on_a_processor_agreement_moves_its_review_date_and_undo_restores_it(
    qtbot, ctx: AppContext, overview: OverviewPage, errors: list
) -> None:
    assert ctx.store is not None
    organisation = ctx.store.organisation()
    organisation.review_every = "P24M"
    ctx.store.set_organisation(organisation)
    ctx.notify_organisation()
    box = overview.reviews
    box.tree.setCurrentItem(box.tree.topLevelItem(1))
    assert box.selected() is not None and box.selected().item_id == "mail"
    assert box.mark_button.isEnabled()
    qtbot.mouseClick(box.mark_button, Qt.MouseButton.LeftButton)

    # Reviewed today: the next review of the agreement is today plus the register's review interval.
    assert ctx.store.get(Kind.PROCESSOR, "mail").dpa.review_on == dt.date(2028, 12, 2)
    assert _rows(overview) == [["Activity “Payroll”", "1 Nov 2026"]]
    last = ctx.store.history(entity_id="mail")[-1]
    assert last.user == "test-dpo" and last.action == "update" and last.at
    assert (last.old["dpa"]["review_on"], last.new["dpa"]["review_on"]) == ("2026-12-20", "2028-12-02")
    assert ctx.undo_stack.undoText() == "Mark the agreement with “Mailbolaget” reviewed"

    ctx.undo_stack.undo()
    assert ctx.store.get(Kind.PROCESSOR, "mail").dpa.review_on == dt.date(2026, 12, 20)
    assert _rows(overview)[1] == ["Processor agreement with Mailbolaget", "20 Dec 2026"]
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
