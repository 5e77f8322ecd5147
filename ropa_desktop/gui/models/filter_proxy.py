"""The rows of a list the view shows: those matching the filter, in the order the user sorted by.

Not a ``QSortFilterProxyModel``: that one asks Python ``filterAcceptsRow`` once per row on
every keystroke and the model's ``data()`` on every comparison while sorting, each call
crossing from C++ into Python (tens of thousands per keystroke). Here a keystroke is one
list comprehension over the rows' prepared search keys, and a sort one ``sorted`` over a
column's texts; the view then asks only for the cells it paints.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from ropa_desktop.gui.models.list_model import AnyIndex, ItemListModel


class FilterProxy(QAbstractTableModel):
    """Filter-as-you-type over names and descriptions in every language, case-folded, and sorting.

    ``_order`` is every source row in sort order (register order until the user sorts);
    ``_rows`` those of them the filter keeps, which the view shows. A new filter resets
    the view (the list page selects the current item again); a sort keeps the selection.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._source: ItemListModel | None = None
        self._terms: list[str] = []
        self._sort_column = -1
        self._descending = False
        self._order: list[int] = []
        self._rows: list[int] = []
        self._proxy_row: dict[int, int] | None = None  # source row -> shown row, made when asked

    def setSourceModel(self, model: ItemListModel) -> None:
        self.beginResetModel()
        self._source = model
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._source_reset)
        model.rowsInserted.connect(self._source_rows_inserted)
        model.dataChanged.connect(self._source_data_changed)
        self._rebuild()
        self.endResetModel()

    def sourceModel(self) -> ItemListModel | None:
        return self._source

    # --- filtering and sorting ------------------------------------------------------------
    def set_filter_text(self, text: str) -> None:
        terms = text.casefold().split()
        if terms == self._terms:
            return
        self.beginResetModel()
        self._terms = terms
        self._rows = self._filtered(self._order)
        self._proxy_row = None
        self.endResetModel()

    def filter_terms(self) -> list[str]:
        return list(self._terms)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        sources = [self._rows[i.row()] for i in before]
        self._sort_column, self._descending = column, order == Qt.SortOrder.DescendingOrder
        self._order = self._sorted()
        self._rows = self._filtered(self._order)
        self._proxy_row = None
        self.changePersistentIndexList(before, [self.index(self._row_of_source(s), i.column())
                                                for s, i in zip(sources, before, strict=True)])
        self.layoutChanged.emit()

    def _sorted(self) -> list[int]:
        source = self._source
        count = source.rowCount() if source is not None else 0
        if source is None or self._sort_column < 0 or self._sort_column >= source.columnCount():
            return list(range(count))
        keys = source.sort_keys(self._sort_column)
        # Stable both ways, as Qt's sort: equal texts stay in register order.
        return sorted(range(count), key=keys.__getitem__, reverse=self._descending)

    def _filtered(self, order: list[int]) -> list[int]:
        if not self._terms or self._source is None:
            return list(order)
        texts = self._source.search_texts()
        if len(self._terms) == 1:
            term = self._terms[0]
            return [r for r in order if term in texts[r]]
        terms = self._terms
        return [r for r in order if all(t in texts[r] for t in terms)]

    def _rebuild(self) -> None:
        self._order = self._sorted()
        self._rows = self._filtered(self._order)
        self._proxy_row = None

    # --- following the source ---------------------------------------------------------------
    def _source_reset(self) -> None:
        self._rebuild()
        self.endResetModel()

    def _source_rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        """The rest of a long list, read in the background, or an item added at the end."""
        if self._sort_column < 0:
            self._order += range(first, last + 1)
            new = self._filtered(list(range(first, last + 1)))
            if new:
                start = len(self._rows)
                self.beginInsertRows(QModelIndex(), start, start + len(new) - 1)
                self._rows += new
                self._proxy_row = None
                self.endInsertRows()
            return
        # Sorted: the new rows go where they sort, which may be anywhere.
        self.beginResetModel()
        self._rebuild()
        self.endResetModel()

    def _source_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, *_roles: Any) -> None:
        # An edited item stays where it is until the next filter or sort (as it was), repainted.
        for source_row in range(top_left.row(), bottom_right.row() + 1):
            row = self._row_of_source(source_row)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # --- mapping ------------------------------------------------------------------------------
    def _row_of_source(self, source_row: int) -> int:
        if self._proxy_row is None:
            self._proxy_row = {s: r for r, s in enumerate(self._rows)}
        return self._proxy_row.get(source_row, -1)

    def mapToSource(self, index: AnyIndex) -> QModelIndex:
        if not index.isValid() or self._source is None or index.row() >= len(self._rows):
            return QModelIndex()
        return self._source.index(self._rows[index.row()], index.column())

    def mapFromSource(self, index: AnyIndex) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        row = self._row_of_source(index.row())
        return self.index(row, index.column()) if row >= 0 else QModelIndex()

    # --- Qt model API ---------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._source is None else self._source.columnCount()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._source is None:
            return None
        return self._source.data_at(self._rows[index.row()], index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self._source.headerData(section, orientation, role) if self._source is not None else None
