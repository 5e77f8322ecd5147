"""Every transfer outside the EU/EEA, across all activities, with the state of its safeguards."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.i18n import tr
from ropa_desktop.gui.labels import value_label
from ropa_desktop.gui.qt_override import qt_override
from ropa_desktop.store import Kind

TargetRole = Qt.ItemDataRole.UserRole + 1



class TransfersPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._dirty = True
        layout = QVBoxLayout(self)
        hint = QLabel(tr("Transfers are recorded in each activity. Double-click a row to edit it there."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Filter…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(tr("Filter transfers"))
        layout.addWidget(self.filter)
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView()
        self.view.setAccessibleName(tr("Transfers"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setDefaultSectionSize(170)
        self.view.doubleClicked.connect(self._open)
        layout.addWidget(self.view, 1)
        ctx.items_changed.connect(self._mark_dirty)
        ctx.register_opened.connect(self._mark_dirty)

    def _mark_dirty(self, *_args: object) -> None:
        self._dirty = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        from ropa_desktop.reference import country_name

        self._dirty = False
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [tr("Activity"), tr("Recipient"), tr("Country"), tr("Transfer tool"), tr("SCC"), tr("TIA")]
        )
        store = self.ctx.store
        if store is None:
            return
        lang = self.ctx.ui_lang
        processors = {p.id: p.name for p in store.items(Kind.PROCESSOR)}
        recipients = {r.id: self.ctx.text(r.name) for r in store.items(Kind.RECIPIENT)}
        for activity in store.items(Kind.ACTIVITY):
            for index, t in enumerate(activity.transfers or []):
                to = (processors.get(t.processor, t.processor) if t.processor else
                      recipients.get(t.recipient, t.recipient) if t.recipient else t.recipient_name or "")
                cells = [
                    self.ctx.text(activity.name),
                    to,
                    country_name(t.country, lang) if t.country else tr("Outside the EU/EEA"),
                    value_label("mechanism", t.mechanism),
                    value_label("scc_status", t.scc.status) if t.scc else "",
                    value_label("tia_status", t.tia.status) if t.tia else "",
                ]
                row = [QStandardItem(c) for c in cells]
                row[0].setData(f"{activity.id} transfers[{index}]", TargetRole)
                self.model.appendRow(row)

    def _open(self, index: Any) -> None:
        source = self.proxy.mapToSource(index)
        target = self.model.item(source.row(), 0).data(TargetRole)
        if isinstance(target, str):
            activity_id, field = target.split(" ", 1)
            self.ctx.open_requested.emit(Kind.ACTIVITY.value, activity_id, field)

    @qt_override
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()
