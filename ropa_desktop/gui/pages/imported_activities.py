"""The Overview's activities that a spreadsheet import brought in and nobody has reviewed since.

An import marks each activity it adds for review (its next review is the import date, and it
carries the spreadsheet's name and that date); this box lists them per import, "Imported
from register.xlsx on 2026-12-02: 14 activities to review", each one a double-click away from
its editor. It draws from the review fields the reviews box keeps, so it reads nothing itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ropa_desktop.domain.model import Register
from ropa_desktop.domain.reviews import imported_to_review
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.i18n import tr
from ropa_desktop.store import Kind

ActivityRole = Qt.ItemDataRole.UserRole + 3


class ImportedActivitiesBox(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(tr("Imported activities to review"), parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(tr("Imported activities to review"))
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(self._activated)
        layout.addWidget(self.tree)
        self.hide()

    def show_register(self, register: Register | None) -> None:
        """Draw the imports of ``register`` (the review fields the reviews box read); hidden when none waits."""
        self.tree.clear()
        groups = imported_to_review(register) if register is not None else []
        for mark, activities in groups:
            heading = (tr("Imported from %1 on %2: %n activities to review", "", len(activities))
                       .replace("%1", mark.file).replace("%2", mark.on.isoformat()))
            group = QTreeWidgetItem([heading])
            for activity in activities:
                row = QTreeWidgetItem([self.ctx.text(activity.name)])
                row.setData(0, ActivityRole, activity.id)
                row.setToolTip(0, tr("Double-click to open the activity and review it."))
                group.addChild(row)
            self.tree.addTopLevelItem(group)
            group.setExpanded(True)
        # As tall as its rows, up to about seven: the reviews and the findings below keep the page.
        rows = sum(1 + len(activities) for _mark, activities in groups)
        line = max(self.tree.sizeHintForRow(0), self.tree.fontMetrics().lineSpacing()) if rows else 0
        self.tree.setFixedHeight(min(rows, 7) * line + 2 * self.tree.frameWidth() + 4)
        self.setVisible(bool(groups))

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        activity_id = item.data(0, ActivityRole)
        if isinstance(activity_id, str):
            self.ctx.open_requested.emit(Kind.ACTIVITY.value, activity_id, "")
