"""The master lists at 1366×768, the laptop screen many DPOs work on: the second column is in view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ropa_desktop.domain.ltext import LText
from ropa_desktop.domain.model import DataCategory, DataSubjectCategory
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.store import Kind


@pytest.mark.parametrize("kind", [Kind.DATA_SUBJECT_CATEGORY, Kind.DATA_CATEGORY])
def test_the_second_column_is_not_cut_at_1366_by_768(qtbot, window: MainWindow, ctx: AppContext, kind: Kind) -> None:
    ctx.store.add(Kind.DATA_SUBJECT_CATEGORY, DataSubjectCategory(
        id="anst", name=LText({"sv": "Anställda", "en": "Employees"}),
        description=LText({"en": "People employed by the company, temporary staff included"})))
    ctx.store.add(Kind.DATA_CATEGORY, DataCategory(id="halsa", name=LText({"sv": "Hälsa", "en": "Health data"}),
                                                   special_category="health"))
    ctx.notify_replaced()
    window.resize(1366, 768)
    page = window.show_page(kind.value)
    qtbot.waitUntil(lambda: page.view.viewport().width() > 0)
    view, header = page.view, page.view.horizontalHeader()
    # The whole section is in view: a column running past the list's edge is cut without an ellipsis.
    assert header.sectionViewportPosition(1) + header.sectionSize(1) <= view.viewport().width()
    margin = 2 * (view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    model = view.model()
    cells = [model.index(row, 1) for row in range(model.rowCount())]
    assert any(cell.data() for cell in cells)
    for cell in cells:
        text = cell.data() or ""
        fits = view.fontMetrics().horizontalAdvance(text) + margin <= header.sectionSize(1)
        # Longer than the column: Qt elides it ("…"), and the whole text is its tooltip.
        assert fits or cell.data(Qt.ItemDataRole.ToolTipRole) == text, text
