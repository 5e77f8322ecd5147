"""A table model over one list of the register, and the proxy that sorts and filters it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.models.columns import COLUMNS, Column, search_text
from ropa_desktop.store import Kind

ItemRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3

AnyIndex = QModelIndex | QPersistentModelIndex


class ItemListModel(QAbstractTableModel):
    """The items of one list, in register order. Cell texts are made once per reload."""

    def __init__(self, ctx: AppContext, kind: Kind, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.columns: list[Column] = COLUMNS[kind]
        self._items: list[Any] = []
        self._cells: list[list[str]] = []
        self._search: list[str] = []
        self._row_of: dict[str, int] = {}

    # --- loading -------------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        store = self.ctx.store
        self._items = store.items(self.kind) if store is not None else []
        self._build()
        self.endResetModel()

    def refresh_item(self, item_id: str) -> None:
        """Re-read one item after an edit, without resetting the view (keeps selection and scroll)."""
        row = self._row_of.get(item_id)
        store = self.ctx.store
        if row is None or store is None:
            self.reload()
            return
        item = store.get(self.kind, item_id)
        if item is None:
            self.reload()
            return
        self._items[row] = item
        name_of = self._name_lookup()
        self._cells[row] = self._row_cells(item, name_of)
        self._search[row] = search_text(item)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def _name_lookup(self) -> Any:
        store, langs = self.ctx.store, self.ctx.display_languages
        cache: dict[Kind, dict[str, str]] = {}

        def name_of(kind: Kind, item_id: str) -> str:
            if kind not in cache:
                cache[kind] = {i.id: i.name.text(langs) for i in (store.items(kind) if store else [])}
            return cache[kind].get(item_id, item_id)

        return name_of

    def _row_cells(self, item: Any, name_of: Any) -> list[str]:
        langs, ui = self.ctx.display_languages, self.ctx.ui_lang
        return [c.get(item, langs, ui, name_of) for c in self.columns]

    def _build(self) -> None:
        name_of = self._name_lookup()
        self._cells = [self._row_cells(item, name_of) for item in self._items]
        self._search = [search_text(item) for item in self._items]
        self._row_of = {item.id: row for row, item in enumerate(self._items)}

    # --- access --------------------------------------------------------------------
    def item(self, row: int) -> Any:
        return self._items[row]

    def row_of(self, item_id: str) -> int | None:
        return self._row_of.get(item_id)

    def search_text(self, row: int) -> str:
        return self._search[row]

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    # --- Qt model API ----------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells[row][col]
        if role == SortRole:
            return self._cells[row][col].casefold()
        if role == IdRole:
            return self._items[row].id
        if role == ItemRole:
            return self._items[row]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("columns", self.columns[section].header)
        return None


class FilterProxy(QSortFilterProxyModel):
    """Filter-as-you-type over names and descriptions in every language, case-folded."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._terms: list[str] = []
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(False)

    def set_filter_text(self, text: str) -> None:
        terms = text.casefold().split()
        if terms == self._terms:
            return
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9: no reset of what the proxy knows
            self.beginFilterChange()
            self._terms = terms
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._terms = terms
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._terms:
            return True
        model = self.sourceModel()
        assert isinstance(model, ItemListModel)
        text = model.search_text(source_row)
        return all(term in text for term in self._terms)
