"""The History page: every change the register file recorded, by item, person and date, and Compare versions.

The store writes a history row for every change (who, when, old and new value); this page
shows them newest first through a Qt model that reads them a page at a time as the list is
scrolled (``fetchMore``), filtered by the database, so that opening a long history reads
only what is seen. *Compare versions* shows what changed between two issued versions, or
since one, in the register's language (the same words as ``ropa diff``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.i18n import tr
from ropa_desktop.gui.labels import kind_singular
from ropa_desktop.gui.qt_override import qt_override
from ropa_desktop.gui.when import set_up_date_edit, ui_date_time
from ropa_desktop.store import HistoryEntry, Kind
from ropa_desktop.store.history_pages import HistoryFilter, history_items, history_page, history_users

Index = QModelIndex | QPersistentModelIndex
COLUMNS = 5  # when, who, what, item, fields
ALL = ""
PAGE = 200  # changes read at a time; more as the list is scrolled to its end


def item_key(entity: str, entity_id: str) -> str:
    """One string for a combo box's data (Qt turns a tuple into a list, which findData misses)."""
    return f"{entity}/{entity_id}"


def _action_word(action: str) -> str:
    return {"insert": tr("Added"), "update": tr("Changed"), "delete": tr("Deleted")}.get(action, action)


def _changed_fields(entry: HistoryEntry, lang: str) -> str:
    """The fields a change touched, named as the exports name them."""
    from ropa_desktop.services.compare_versions import field_label

    old, new = entry.old, entry.new
    if isinstance(old, dict) and isinstance(new, dict):
        return ", ".join(field_label(k, lang) for k in dict.fromkeys([*old, *new]) if old.get(k) != new.get(k))
    return ""


def _local_time(at: str) -> str:
    try:
        return ui_date_time(dt.datetime.fromisoformat(at).astimezone())
    except ValueError:
        return at


def since_instant(since: dt.date) -> str:
    """The first instant of a local date, as the history writes instants (UTC): changes made that day or later."""
    start = dt.datetime.combine(since, dt.time()).astimezone()
    return start.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class HistoryModel(QAbstractTableModel):
    """The store's history rows matching the filter, newest first, read a page at a time."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.entries: list[HistoryEntry] = []
        self.names: dict[tuple[str, str], str] = {}  # every item the history names
        self.users: list[str] = []  # everyone who changed the register
        self.shown = HistoryFilter()
        self._more = False

    def reload(self) -> None:
        """The items and people the filters offer; the changes themselves are read by ``set_filter``."""
        store = self.ctx.store
        self.names = {(entity, entity_id): self._name(entity, entity_id, name)
                      for entity, entity_id, name in (history_items(store) if store is not None else [])}
        self.users = history_users(store) if store is not None else []

    def set_filter(self, shown: HistoryFilter) -> None:
        """Show the changes ``shown`` asks for, from the newest: the first page of them."""
        self.beginResetModel()
        self.shown = shown
        store = self.ctx.store
        self.entries = history_page(store, shown, limit=PAGE) if store is not None else []
        self._more = len(self.entries) == PAGE
        self.endResetModel()

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index) -> None:
        store = self.ctx.store
        if parent.isValid() or not self._more or store is None or not self.entries:
            return
        page = history_page(store, self.shown, older_than=self.entries[-1].seq, limit=PAGE)
        self._more = len(page) == PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.entries), len(self.entries) + len(page) - 1)
            self.entries += page
            self.endInsertRows()

    def _name(self, entity: str, entity_id: str, name: Any) -> str:
        if entity == "organisation":
            return tr("Organisation")
        if entity == "register":
            return tr("The register's settings")
        if isinstance(name, dict):
            langs = self.ctx.display_languages
            name = next((name[lang] for lang in langs if name.get(lang)), next(iter(name.values()), None))
        try:
            noun = kind_singular(Kind(entity))
        except ValueError:
            noun = entity
        # The name, and what kind of item it is: "Payroll (activity)".
        return tr("%1 (%2)").replace("%1", str(name or entity_id)).replace("%2", noun)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [tr("When"), tr("Who"), tr("What"), tr("Item"), tr("Fields")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if column == 0:
            return _local_time(entry.at)
        if column == 1:
            return entry.user
        if column == 2:
            return _action_word(entry.action)
        if column == 3:
            return self.names.get((entry.entity, entry.entity_id), entry.entity_id)
        return _changed_fields(entry, self.ctx.ui_lang)


class HistoryPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = HistoryModel(ctx)
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Vertical)
        layout.addWidget(splitter)

        changes = QGroupBox(tr("Changes"))
        changes_layout = QVBoxLayout(changes)
        filters = QHBoxLayout()
        self.item_filter = QComboBox()
        self.item_filter.setAccessibleName(tr("Item"))
        self.user_filter = QComboBox()
        self.user_filter.setAccessibleName(tr("Who"))
        self.since_filter = QDateEdit()
        self.since_filter.setAccessibleName(tr("Since"))
        self.since_filter.setCalendarPopup(True)
        set_up_date_edit(self.since_filter)
        self.since_filter.setSpecialValueText(tr("any date"))
        self.since_filter.setMinimumDate(QDate(2000, 1, 1))
        self.since_filter.setDate(self.since_filter.minimumDate())
        for label, widget in ((tr("Item"), self.item_filter), (tr("Who"), self.user_filter),
                              (tr("Since"), self.since_filter)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget, 1 if widget is self.item_filter else 0)
        changes_layout.addLayout(filters)
        self.table = QTableView()
        self.table.setAccessibleName(tr("Changes"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        for column in (0, 1, 2):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        changes_layout.addWidget(self.table, 1)
        splitter.addWidget(changes)

        compare = QGroupBox(tr("Compare versions"))
        compare_layout = QVBoxLayout(compare)
        form = QFormLayout()
        self.from_version = QComboBox()
        self.to_version = QComboBox()
        form.addRow(tr("From"), self.from_version)
        form.addRow(tr("To"), self.to_version)
        compare_layout.addLayout(form)
        self.compare_button = QPushButton(tr("Compare"))
        self.compare_button.clicked.connect(self.compare)
        self.save_pdf_button = QPushButton(tr("Save as PDF…"))
        self.save_pdf_button.setToolTip(tr("The same comparison as a PDF document, to file or send on."))
        self.save_pdf_button.clicked.connect(self.save_pdf)
        compare_buttons = QHBoxLayout()
        compare_buttons.addWidget(self.compare_button)
        compare_buttons.addWidget(self.save_pdf_button)
        compare_buttons.addStretch(1)
        compare_layout.addLayout(compare_buttons)
        self.comparison = QTextBrowser()
        self.comparison.setAccessibleName(tr("What changed"))
        compare_layout.addWidget(self.comparison, 1)
        splitter.addWidget(compare)

        for combo in (self.item_filter, self.user_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.since_filter.dateChanged.connect(self._apply_filters)
        ctx.register_opened.connect(self.reload)
        ctx.items_changed.connect(self.reload)
        ctx.organisation_changed.connect(self.reload)

    def reload(self, *_args: object) -> None:
        if not self.isVisible() and self.model.entries:
            self._stale = True  # reloaded when shown again
            return
        self._stale = False
        item, user = self.item_filter.currentData(), self.user_filter.currentData()
        self.model.reload()
        self._fill_filters(item, user)
        self._fill_versions()
        self._apply_filters()

    def _fill_filters(self, item: Any, user: Any) -> None:
        for combo in (self.item_filter, self.user_filter):
            combo.blockSignals(True)
            combo.clear()
        self.item_filter.addItem(tr("All items"), None)
        for (entity, entity_id), name in sorted(self.model.names.items(), key=lambda kv: kv[1].casefold()):
            self.item_filter.addItem(name, item_key(entity, entity_id))
        self.user_filter.addItem(tr("Everyone"), ALL)
        for who in sorted(self.model.users, key=str.casefold):
            self.user_filter.addItem(who, who)
        for combo, value in ((self.item_filter, item), (self.user_filter, user)):
            found = combo.findData(value)
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

    def _fill_versions(self) -> None:
        from ropa_desktop.services.versions import issued_versions

        store = self.ctx.store
        numbers = sorted({v.number for v in issued_versions(store) if v.number is not None}) if store else []
        self.from_version.clear()
        self.to_version.clear()
        for number in numbers:
            text = tr("Version %1").replace("%1", str(number))
            self.from_version.addItem(text, number)
            self.to_version.addItem(text, number)
        self.to_version.addItem(tr("The register now"), "now")
        self.from_version.setCurrentIndex(len(numbers) - 1)
        self.to_version.setCurrentIndex(len(numbers))
        self.compare_button.setEnabled(bool(numbers))
        self.save_pdf_button.setEnabled(bool(numbers))
        if not numbers:
            self.comparison.setPlainText(tr("No version has been issued yet: exporting the register for the "
                                            "supervisory authority, or signed, issues version 1."))

    def _apply_filters(self, *_args: object) -> None:
        since = self.since_filter.date()
        since_date = None if since == self.since_filter.minimumDate() else dt.date(since.year(), since.month(),
                                                                                     since.day())
        item = self.item_filter.currentData()
        entity, entity_id = item.split("/", 1) if isinstance(item, str) else (None, None)
        self.model.set_filter(HistoryFilter(entity, entity_id, self.user_filter.currentData() or None,
                                            since_instant(since_date) if since_date is not None else None))

    def show_item(self, entity: str, entity_id: str) -> None:
        """Only the changes of one item (from its editor's *Show history*)."""
        index = self.item_filter.findData(item_key(entity, entity_id))
        if index < 0:
            self.reload()
            index = self.item_filter.findData(item_key(entity, entity_id))
        self.item_filter.setCurrentIndex(max(index, 0))

    def compare(self) -> None:
        store = self.ctx.store
        old, new = self.from_version.currentData(), self.to_version.currentData()
        if store is None or old is None:
            return
        from ropa_desktop.base.worded import WordedError
        from ropa_desktop.services.compare_versions import compare

        try:
            comparison = compare(store.path, old, new)
        except WordedError as exc:
            self.ctx.error(tr("The versions could not be compared"), exc)
            return
        self.comparison.setHtml(comparison.html())

    def save_pdf(self) -> None:
        from ropa_desktop.gui.pages.compare_pdf import save_comparison_pdf

        self.save_job = save_comparison_pdf(self.ctx, self, self.from_version.currentData(),
                                            self.to_version.currentData())

    @qt_override
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if getattr(self, "_stale", True):
            self.reload()
