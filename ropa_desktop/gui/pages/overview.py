"""The dashboard: how much the register holds, the reviews due, and what the checks found, by severity."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.finding_words import Names, finding_message, finding_where
from ropa_desktop.gui.i18n import tr
from ropa_desktop.gui.labels import kind_plural, value_label
from ropa_desktop.gui.pages.due_reviews import DueReviewsBox
from ropa_desktop.gui.pages.imported_activities import ImportedActivitiesBox
from ropa_desktop.gui.qt_override import qt_override
from ropa_desktop.gui.widgets.findings_list import severity_icon
from ropa_desktop.store import Kind

FindingRole = Qt.ItemDataRole.UserRole + 1



class OverviewPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shown_findings: list[Any] = []
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.subheading = QLabel()
        self.subheading.setWordWrap(True)
        layout.addWidget(self.subheading)

        counts_box = QGroupBox(tr("The register"))
        self.counts_grid = QGridLayout(counts_box)
        self.count_labels: dict[Kind, QLabel] = {}
        order = [Kind.ACTIVITY, Kind.PROCESSOR, Kind.DATA_SUBJECT_CATEGORY, Kind.DATA_CATEGORY,
                 Kind.RECIPIENT, Kind.SECURITY_MEASURE]
        for i, kind in enumerate(order):
            number = QLabel("0")
            f = number.font()
            f.setPointSizeF(f.pointSizeF() * 1.6)
            f.setBold(True)
            number.setFont(f)
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption = QLabel(kind_plural(kind))
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.counts_grid.addWidget(number, 0, i)
            self.counts_grid.addWidget(caption, 1, i)
            self.count_labels[kind] = number
        layout.addWidget(counts_box)

        self.reviews = DueReviewsBox(ctx)
        self.imported = ImportedActivitiesBox(ctx)
        self.reviews.redrawn.connect(lambda: self.imported.show_register(self.reviews.register))
        layout.addWidget(self.imported)
        layout.addWidget(self.reviews)

        findings_box = QGroupBox(tr("Findings"))
        findings_layout = QVBoxLayout(findings_box)
        self.summary = QLabel()
        findings_layout.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(tr("Findings"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([tr("Finding"), tr("Concerns"), tr("Article")])
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().resizeSection(1, 260)
        self.tree.itemActivated.connect(self._activated)
        findings_layout.addWidget(self.tree, 1)
        layout.addWidget(findings_box, 1)

        ctx.findings_changed.connect(self.refresh)
        ctx.register_opened.connect(self.refresh_counts)
        ctx.items_changed.connect(self.refresh_counts)
        ctx.organisation_changed.connect(self.refresh_counts)

    def refresh_counts(self, *_args: object) -> None:
        store = self.ctx.store
        if store is None:
            return
        org = store.organisation()
        self.heading.setText(org.name)
        parts = [p for p in (org.org_number or "", store.path.name) if p]
        self.subheading.setText(" · ".join(parts))
        for kind, label in self.count_labels.items():
            label.setText(str(store.count(kind)))

    def refresh(self) -> None:
        self.refresh_counts()
        self.reviews.refresh()  # redrawn, not reread: the box keeps its review fields up to date itself
        self.tree.clear()
        self.shown_findings: list[Any] = []
        if not self.ctx.checks_available:
            self.summary.setText(tr("The checks are not available in this version."))
            return
        if self.ctx.findings_pending:
            # The first check runs in its own process: until it answers, nothing is known.
            self.summary.setText(tr("Checking the register…"))
            return
        findings = self.ctx.findings()
        by_severity: dict[int, list[Any]] = {}
        for finding in findings:
            by_severity.setdefault(int(finding.severity), []).append(finding)
        if not findings:
            self.summary.setText(tr("No findings: the register is complete as far as the checks can tell."))
        else:
            self.summary.setText(tr("%n findings. Double-click one to open what it concerns.", "", len(findings)))
        names = Names(self.ctx.store, self.ctx.display_languages)
        for severity in sorted(by_severity):
            items = by_severity[severity]
            label = value_label("severity", items[0].severity.label)
            group = QTreeWidgetItem([f"{label} ({len(items)})"])
            group.setIcon(0, severity_icon(self, items[0].severity))
            group.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(group)
            for finding in items:
                name = names.name(finding.entity, finding.entity_id)
                message = finding_message(finding, self.ctx.ui_lang, name)
                row = QTreeWidgetItem([message, finding_where(finding, name), finding.article])
                row.setToolTip(0, message)
                # The index, not the object: PySide6 miscounts references to Python objects kept in items.
                row.setData(0, FindingRole, len(self.shown_findings))
                self.shown_findings.append(finding)
                group.addChild(row)
            group.setExpanded(severity <= 1)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        index = item.data(0, FindingRole)
        if isinstance(index, int) and 0 <= index < len(self.shown_findings):
            finding = self.shown_findings[index]
            self.ctx.open_requested.emit(finding.entity, finding.entity_id, finding.field)

    @qt_override
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.tree.topLevelItemCount() == 0:
            self.refresh()
