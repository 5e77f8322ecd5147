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
    Signal,
)

from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.models.columns import COLUMNS, PATHS, CellEnv, Column, lt, search_text
from ropa_desktop.store import Kind

IdRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3

AnyIndex = QModelIndex | QPersistentModelIndex


FIRST_ROWS = 200  # read at once; the rest of a long list is read in the background


class ItemListModel(QAbstractTableModel):
    """The items of one list, in register order.

    Holds only the fields the columns show (cell texts made once per load); the whole item
    is read from the store when asked for (the selected row). A long list shows its first
    rows at once and gets the rest from a worker with its own connection.
    """

    rows_loaded = Signal()

    def __init__(self, ctx: AppContext, kind: Kind, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.columns: list[Column] = COLUMNS[kind]
        self.paths = PATHS[kind]
        self._ids: list[str] = []
        self._cells: list[list[str]] = []
        self._search: list[str] = []
        self._row_of: dict[str, int] = {}
        self._generation = 0
        self.loading = False

    # --- loading -------------------------------------------------------------------
    def reload(self) -> None:
        self._generation += 1
        store = self.ctx.store
        self.beginResetModel()
        if store is None:
            rows: list[dict[str, Any]] = []
            total = 0
        else:
            total = store.count(self.kind)
            background = total > FIRST_ROWS and not self.ctx.run_synchronously
            rows = store.fields(self.kind, self.paths, limit=FIRST_ROWS if background else None)
        self._set_rows(rows)
        self.endResetModel()
        if store is not None and len(rows) < total:
            self._load_rest(store.path, len(rows))

    def _load_rest(self, path: Any, have: int) -> None:
        from ropa_desktop.gui.worker import run_background
        from ropa_desktop.store import RegisterStore

        generation, kind, paths = self._generation, self.kind, self.paths
        self.loading = True

        def read(_progress: Any, _cancelled: Any) -> list[dict[str, Any]]:
            store = RegisterStore.open(path)
            try:
                return store.fields(kind, paths)
            finally:
                store.close()

        def arrived(rows: list[dict[str, Any]]) -> None:
            if generation != self._generation:
                return  # a newer load has started since
            self.loading = False
            rest = rows[have:]
            if not rest:
                return
            self.beginInsertRows(QModelIndex(), have, have + len(rest) - 1)
            self._append_rows(rest)
            self.endInsertRows()
            self.rows_loaded.emit()

        def failed(exc: BaseException) -> None:
            self.loading = False
            if generation == self._generation:
                from ropa_desktop.gui.error_words import plain_error

                self.ctx.error(QCoreApplication.translate("ItemListModel", "The list could not be read"),
                               plain_error(exc))

        run_background(self, read, arrived, failed)

    def refresh_item(self, item_id: str) -> None:
        """Re-read one item after an edit, without resetting the view (keeps selection and scroll)."""
        row = self._row_of.get(item_id)
        store = self.ctx.store
        if row is None or store is None or self.loading:
            self.reload()
            return
        found = store.fields(self.kind, self.paths, item_id=item_id)
        if not found:
            self.reload()
            return
        env = self._cell_env()
        self._cells[row] = [c.get(found[0], env) for c in self.columns]
        self._search[row] = search_text(found[0])
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def _cell_env(self) -> CellEnv:
        store, langs = self.ctx.store, self.ctx.display_languages
        cache: dict[Kind, dict[str, str]] = {}
        env = CellEnv(langs, store.default_language if store else "en", self.ctx.ui_lang, lambda k, i: i)

        def name_of(kind: Kind, item_id: str) -> str:
            if kind not in cache:
                rows = store.fields(kind, {"name": "$.name"}) if store else []
                cache[kind] = {r["id"]: lt(r["name"], env) for r in rows}
            return cache[kind].get(item_id, item_id)

        env.name_of = name_of
        return env

    def _set_rows(self, rows: list[dict[str, Any]]) -> None:
        self._ids, self._cells, self._search, self._row_of = [], [], [], {}
        self._append_rows(rows)

    def _append_rows(self, rows: list[dict[str, Any]]) -> None:
        env = self._cell_env()
        columns = self.columns
        start = len(self._ids)
        for offset, row in enumerate(rows):
            self._ids.append(row["id"])
            self._cells.append([c.get(row, env) for c in columns])
            self._search.append(search_text(row))
            self._row_of[row["id"]] = start + offset

    # --- access --------------------------------------------------------------------
    def item(self, row: int) -> Any:
        """The whole item at ``row``, as the store has it now (None if it was deleted meanwhile)."""
        store = self.ctx.store
        return store.get(self.kind, self._ids[row]) if store is not None else None

    def item_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, item_id: str) -> int | None:
        return self._row_of.get(item_id)

    def search_text(self, row: int) -> str:
        return self._search[row]

    def search_texts(self) -> list[str]:
        return self._search

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    # --- Qt model API ----------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

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
            return self._ids[row]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("columns", self.columns[section].header)
        return None


class FilterProxy(QSortFilterProxyModel):
    """Filter-as-you-type over names and descriptions in every language, case-folded.

    Qt asks ``filterAcceptsRow`` once per row for every keystroke; the answers are worked
    out together in one pass over the search texts first, so that each of those calls
    (thousands, each crossing from C++ into Python) only looks one up.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._terms: list[str] = []
        self._accepted: list[bool] | None = None  # per source row, for the current terms
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(False)

    def setSourceModel(self, model: Any) -> None:
        super().setSourceModel(model)
        # Rows about to change: the answers worked out for the old rows no longer hold.
        for signal in (model.modelAboutToBeReset, model.rowsAboutToBeInserted, model.rowsAboutToBeRemoved,
                       model.rowsAboutToBeMoved, model.layoutAboutToBeChanged, model.dataChanged):
            signal.connect(self._forget)

    def _forget(self, *_args: Any) -> None:
        self._accepted = None

    def set_filter_text(self, text: str) -> None:
        terms = text.casefold().split()
        if terms == self._terms:
            return
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9: no reset of what the proxy knows
            self.beginFilterChange()
            self._terms, self._accepted = terms, None
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._terms, self._accepted = terms, None
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._terms:
            return True
        accepted = self._accepted
        if accepted is None or source_row >= len(accepted):
            model = self.sourceModel()
            assert isinstance(model, ItemListModel)
            accepted = self._accepted = _matches(self._terms, model.search_texts())
        return accepted[source_row]


def _matches(terms: list[str], texts: list[str]) -> list[bool]:
    """Whether each text holds every term (one term, as typed first, without the inner loop)."""
    if len(terms) == 1:
        term = terms[0]
        return [term in text for text in texts]
    return [all(t in text for t in terms) for text in texts]
