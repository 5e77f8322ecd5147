"""The Overview's reviews: what is overdue and due within 30 days, *Mark reviewed*, and the review calendar.

Marking an activity or a processor's agreement reviewed is one step on the app's undo stack;
the store records it in the history with who and when, like every edit. "Today" is the local
date, asked for when the list is drawn (``today`` can be replaced, so tests can fix the date).

The review fields are read once when a register opens and kept; after an edit only the item
edited is read again (``reread_item``), so editing a register of thousands of activities does
not reread them all on the GUI thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ropa_desktop.domain.model import Register
from ropa_desktop.domain.reviews import ACTIVITY_REVIEW, DEFAULT_WITHIN_DAYS, ScheduledReview, due_reviews
from ropa_desktop.gui.commands import UpdateItem, perform
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.i18n import tr
from ropa_desktop.gui.when import ui_date
from ropa_desktop.store import Kind

ReviewRole = Qt.ItemDataRole.UserRole + 2


class MarkReviewed(UpdateItem):
    """The activity reviewed today: last reviewed today, next review today plus its interval."""

    def __init__(self, ctx: AppContext, before: Any, after: Any) -> None:
        super().__init__(ctx, Kind.ACTIVITY, before, after,
                         tr("Mark “%1” reviewed").replace("%1", ctx.text(after.name)))


class MarkDpaReviewed(UpdateItem):
    """The processor's agreement reviewed today: its review date moves on by the review interval."""

    def __init__(self, ctx: AppContext, before: Any, after: Any) -> None:
        super().__init__(ctx, Kind.PROCESSOR, before, after,
                         tr("Mark the agreement with “%1” reviewed").replace("%1", ctx.text(after.name)))


class DueReviewsBox(QGroupBox):
    redrawn = Signal()  # after each drawing: the review fields in ``register`` are current

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(tr("Reviews due"), parent)
        self.ctx = ctx
        self.today: Callable[[], dt.date] = dt.date.today
        self.shown: list[ScheduledReview] = []
        self.last_calendar: Path | None = None
        self.register: Register | None = None  # the review fields of the open register, kept between edits
        self._read_from: object = None  # the store they were read from
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(tr("Reviews due"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([tr("Review"), tr("Due"), tr("When")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        # About eight rows: the findings below keep most of the page.
        self.tree.setMaximumHeight(self.tree.fontMetrics().lineSpacing() * 10 + 12)
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(self._update_buttons)
        layout.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        self.mark_button = QPushButton(tr("Mark reviewed"))
        self.mark_button.setToolTip(tr("The selected activity or processor agreement was reviewed today: its "
                                       "next review moves on by its review interval."))
        self.mark_button.clicked.connect(self.mark_selected_reviewed)
        self.calendar_button = QPushButton(tr("Export review calendar…"))
        self.calendar_button.setToolTip(tr("Every scheduled review as an iCalendar file for Outlook or "
                                           "Apple Calendar; exporting again updates the same events."))
        self.calendar_button.clicked.connect(self.export_calendar)
        buttons.addWidget(self.mark_button)
        buttons.addStretch(1)
        buttons.addWidget(self.calendar_button)
        layout.addLayout(buttons)
        self._update_buttons()
        ctx.register_opened.connect(self.reload)
        ctx.items_changed.connect(self.item_changed)
        ctx.organisation_changed.connect(self.organisation_changed)

    def reload(self) -> None:
        """Read the review fields of the whole register (it was opened or replaced), and redraw."""
        from ropa_desktop.services.review_schedule import review_register

        self.register = review_register(self.ctx.store) if self.ctx.store is not None else None
        self._read_from = self.ctx.store
        self.refresh()

    def item_changed(self, kind: str, item_id: str) -> None:
        """Read again only the item that changed, and redraw."""
        if self.register is None or self.ctx.store is None or self._read_from is not self.ctx.store:
            self.reload()
            return
        from ropa_desktop.services.review_schedule import reread_item

        self.register = reread_item(self.register, self.ctx.store, Kind(kind), item_id)
        self.refresh()

    def organisation_changed(self) -> None:
        if self.register is None or self.ctx.store is None or self._read_from is not self.ctx.store:
            self.reload()
            return
        from ropa_desktop.services.review_schedule import reread_organisation

        self.register = reread_organisation(self.register, self.ctx.store)
        self.refresh()

    def refresh(self) -> None:
        """Draw the list from the review fields read (nothing is read here: "today" may have changed)."""
        if self.ctx.store is not None and self._read_from is not self.ctx.store:
            self.reload()  # a register opened before this box existed, or another one since
            return
        self.tree.clear()
        self.shown = []
        if self.ctx.store is None or self.register is None:
            self._update_buttons()
            self.redrawn.emit()
            return
        register = self.register
        today = self.today()
        due = due_reviews(register, today, DEFAULT_WITHIN_DAYS)
        if not due.all:
            self.summary.setText(tr("Nothing is overdue or due for review within 30 days."))
        else:
            self.summary.setText(tr("Overdue: %1. Due within 30 days: %2.")
                                 .replace("%1", str(len(due.overdue))).replace("%2", str(len(due.soon))))
        for review in due.all:
            days = review.days_left(today)
            # Plural forms: "1 day overdue", Polish-style languages their own (numerus in the .ts files).
            if days < 0:
                when = tr("%n days overdue", "", -days)
            elif days == 0:
                when = tr("today")
            else:
                when = tr("in %n days", "", days)
            row = QTreeWidgetItem([self._what(review), ui_date(review.due), when])
            row.setData(0, ReviewRole, len(self.shown))
            if days < 0:
                row.setForeground(2, self.palette().brush(self.palette().ColorRole.Link))
            self.shown.append(review)
            self.tree.addTopLevelItem(row)
        self._update_buttons()
        self.redrawn.emit()

    def _what(self, review: ScheduledReview) -> str:
        name = self.ctx.text(review.name)
        if review.kind == ACTIVITY_REVIEW:
            return tr("Activity “%1”").replace("%1", name)
        return tr("Processor agreement with %1").replace("%1", name)

    def selected(self) -> ScheduledReview | None:
        item = self.tree.currentItem()
        index = item.data(0, ReviewRole) if item is not None else None
        return self.shown[index] if isinstance(index, int) and 0 <= index < len(self.shown) else None

    def _update_buttons(self, *_args: object) -> None:
        review = self.selected()
        self.mark_button.setEnabled(review is not None)
        self.calendar_button.setEnabled(self.ctx.store is not None)

    def mark_selected_reviewed(self) -> None:
        review = self.selected()
        store = self.ctx.store
        if review is None or store is None:
            return
        from ropa_desktop.domain.reviews import mark_dpa_reviewed, mark_reviewed

        if review.kind == ACTIVITY_REVIEW:
            before = store.get(Kind.ACTIVITY, review.item_id)
            if before is not None:
                perform(self.ctx, MarkReviewed(self.ctx, before, mark_reviewed(before, store.organisation(),
                                                                               self.today())))
            return
        before = store.get(Kind.PROCESSOR, review.item_id)
        if before is not None and before.dpa:
            perform(self.ctx, MarkDpaReviewed(self.ctx, before, mark_dpa_reviewed(before, store.organisation(),
                                                                                  self.today())))

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        index = item.data(0, ReviewRole)
        if isinstance(index, int) and 0 <= index < len(self.shown):
            review = self.shown[index]
            if review.kind == ACTIVITY_REVIEW:
                self.ctx.open_requested.emit(Kind.ACTIVITY.value, review.item_id, "next_review")
            else:
                self.ctx.open_requested.emit(Kind.PROCESSOR.value, review.item_id, "dpa.review_on")

    def export_calendar(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        default = Path(self.ctx.settings.last_folder()) / (store.path.stem + "-reviews.ics")
        path, _ = QFileDialog.getSaveFileName(self, tr("Export review calendar"), str(default),
                                              tr("iCalendar files (*.ics)"))
        if not path:
            return
        target = Path(path) if Path(path).suffix else Path(path).with_suffix(".ics")
        from ropa_desktop.base.worded import WordedError
        from ropa_desktop.services.review_schedule import write_calendar

        try:
            # The save dialog has already asked before replacing a file.
            count = write_calendar(store.path, target, overwrite=True)
        except WordedError as exc:
            self.ctx.error(tr("The calendar was not exported"), exc)
            return
        self.ctx.settings.set_last_folder(target.parent)
        self.last_calendar = target
        self.summary.setText(tr("%n scheduled reviews written to %1.", "", count).replace("%1", target.name))
