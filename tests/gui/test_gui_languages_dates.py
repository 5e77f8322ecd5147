"""Dates and counts in the UI language: nb/da write 15.09.2025, sv 2025-09-15, and "1 dag" but "2 dagar"."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDateTimeEdit

from ropa_desktop.domain.ltext import LText
from ropa_desktop.domain.model import Activity
from ropa_desktop.gui.app import install_translators
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.pages.history import HistoryPage
from ropa_desktop.gui.pages.overview import OverviewPage
from ropa_desktop.gui.widgets.fields import DateField
from ropa_desktop.store import Kind

TODAY = dt.date(2026, 12, 2)


@pytest.fixture
def in_language(qapp: QApplication):
    """The UI in a language for one test, as a user who chose it has it (and back to English after)."""
    installed = []

    def install(lang: str) -> None:
        installed.extend(install_translators(qapp, lang))

    yield install
    for t in installed:
        qapp.removeTranslator(t)


def _overview(window: MainWindow, ctx: AppContext) -> OverviewPage:
    store = ctx.store
    assert store is not None
    # Reviews due on 15 Sept 2025 (long overdue), yesterday (1 day) and the day before (2 days).
    for name, due in (("Alfa", dt.date(2025, 9, 15)), ("Beta", TODAY - dt.timedelta(days=1)),
                      ("Gamma", TODAY - dt.timedelta(days=2))):
        store.add(Kind.ACTIVITY, Activity(id=name.lower(), name=LText({"sv": name, "en": name}), role="controller",
                                          next_review=due))
    page = window.show_page("overview")
    assert isinstance(page, OverviewPage)
    page.reviews.today = lambda: TODAY
    ctx.notify_replaced()
    return page


def _review_rows(page: OverviewPage) -> dict[str, list[str]]:
    tree = page.reviews.tree
    rows = [[tree.topLevelItem(i).text(c) for c in range(3)] for i in range(tree.topLevelItemCount())]
    return {name: row[1:] for row in rows for name in ("Alfa", "Beta", "Gamma") if name in row[0]}


@pytest.mark.parametrize(("lang", "due", "one_day", "two_days"), [
    ("da", "15.09.2025", "1 dag over fristen", "2 dage over fristen"),
    ("nb", "15.09.2025", "forfalt for 1 dag siden", "forfalt for 2 dager siden"),
    ("sv", "2025-09-15", "försenad med 1 dag", "försenad med 2 dagar"),
    ("en", "15 Sept 2025", "1 day overdue", "2 days overdue"),
])
def test_the_overview_writes_review_dates_and_days_as_the_language_does(
        in_language, ctx: AppContext, window: MainWindow, lang: str, due: str, one_day: str, two_days: str) -> None:
    in_language(lang)
    rows = _review_rows(_overview(window, ctx))
    assert rows["Alfa"][0] == due
    assert rows["Beta"][1] == one_day
    assert rows["Gamma"][1] == two_days


def test_a_danish_history_shows_danish_dates_and_its_date_filter_reads_them(
        in_language, qtbot, ctx: AppContext, window: MainWindow) -> None:
    in_language("da")
    store = ctx.store
    assert store is not None
    store.add(Kind.ACTIVITY, Activity(id="lon", name=LText({"sv": "Löner", "en": "Payroll"}), role="controller"))
    page = window.show_page("history")
    assert isinstance(page, HistoryPage)
    ctx.notify_replaced()
    today = dt.date.today()
    when = page.table.model().index(0, 0).data()
    assert when.startswith(today.strftime("%d.%m.%Y")), when
    assert today.isoformat() not in when
    assert page.since_filter.displayFormat() == "dd.MM.yyyy"


@pytest.mark.parametrize(("lang", "shown"), [("da", "15.09.2025"), ("nb", "15.09.2025"), ("sv", "2025-09-15")])
def test_a_date_field_shows_the_date_as_the_language_writes_it(in_language, qtbot, lang: str, shown: str) -> None:
    in_language(lang)
    field = DateField()
    qtbot.addWidget(field)
    field.set_value(dt.date(2025, 9, 15), {})
    assert field.date.text() == shown
    # and a date typed the same way is read as that date
    committed: list[object] = []
    field.committed.connect(committed.append)
    field.date.setFocus()
    field.date.setSelectedSection(QDateTimeEdit.Section.DaySection)  # as a click on the day selects it
    qtbot.keyClicks(field.date, "16")
    qtbot.keyClick(field.date, Qt.Key.Key_Return)
    assert field.date.text() == shown.replace("15", "16")
    assert committed[-1] == dt.date(2025, 9, 16)
