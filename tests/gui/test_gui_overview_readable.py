"""The Overview reads right in any palette and language: an overdue date readable in dark mode,
and articles cited as the UI language's authority writes them."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QColor, QPalette

from ropa_desktop.domain.ltext import LText
from ropa_desktop.domain.model import Activity
from ropa_desktop.gui.app import install_translators
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.editors.specs import new_item
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.pages.overview import OverviewPage
from ropa_desktop.gui.readable_colour import contrast_ratio
from ropa_desktop.store import Kind


def _dark() -> QPalette:
    # A dark palette as a dark desktop theme gives it; Qt's Link stays the stock blue.
    palette = QPalette(QColor("#353535"), QColor("#202020"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e8e8e8"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#e8e8e8"))
    return palette


def _light() -> QPalette:
    palette = QPalette(QColor("#efefef"), QColor("#f5f5f5"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#000000"))
    return palette


@pytest.mark.parametrize("palette", [_light, _dark], ids=["light", "dark"])
def test_the_overdue_when_is_readable_on_a_light_and_a_dark_palette(
        window: MainWindow, ctx: AppContext, palette) -> None:
    ctx.store.add(Kind.ACTIVITY, Activity(id="lon", name=LText({"en": "Payroll"}), role="controller",
                                          next_review=dt.date(2026, 11, 1)))
    page = window.show_page("overview")
    assert isinstance(page, OverviewPage)
    page.reviews.today = lambda: dt.date(2026, 12, 2)
    page.reviews.setPalette(palette())
    ctx.notify_replaced()
    tree = page.reviews.tree
    overdue = tree.topLevelItem(0)
    assert overdue.text(2) == "31 days overdue"
    base = tree.palette().color(QPalette.ColorRole.Base)
    assert contrast_ratio(overdue.foreground(2).color(), base) >= 4.5  # WCAG 2 AA for text


@pytest.mark.parametrize(("lang", "paragraph_style"), [("da", ", stk. "), ("sv", ".")])
def test_the_article_column_cites_as_the_ui_languages_authority(
        qapp, window: MainWindow, ctx: AppContext, lang: str, paragraph_style: str) -> None:
    translators = install_translators(qapp, lang)
    try:
        ctx.ui_lang = lang
        ctx.store.add(Kind.ACTIVITY, new_item(Kind.ACTIVITY, "lon", "Løn", lang))
        ctx.refresh_findings_now()
        page = window.show_page("overview")
        assert isinstance(page, OverviewPage)
        page.refresh()
        tree = page.tree
        articles = [tree.topLevelItem(g).child(r).text(2) for g in range(tree.topLevelItemCount())
                    for r in range(tree.topLevelItem(g).childCount())]
    finally:
        for t in translators:
            qapp.removeTranslator(t)
    cited = [a for a in articles if a]
    assert cited, "the new activity has findings that cite an article"
    assert not [a for a in cited if "Art. " in a or "(1)" in a], f"EU notation in a {lang} UI: {cited}"
    assert any(a.startswith("art. ") and paragraph_style in a for a in cited), cited
