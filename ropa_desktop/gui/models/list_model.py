"""A table model over one list of the register: compact rows, cells made when the view asks."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.models.columns import COLUMNS, PATHS, SEARCHED, SHRINK, CellEnv, Column, lt
from ropa_desktop.store import Kind

IdRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3

AnyIndex = QModelIndex | QPersistentModelIndex

FIRST_ROWS = 200  # read at once; the rest of a long list is read in the background
_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


class Prepared:
    """Rows as read from the store, made compact: ids, value tuples, search keys.

    Made in the background for the rest of a long list, so that the GUI thread only
    appends them.
    """

    __slots__ = ("ids", "search", "values")

    def __init__(self, keys: list[str], raw: list[tuple[str, str]]) -> None:
        loads = json.loads
        shrink = [(i, SHRINK[k]) for i, k in enumerate(keys) if k in SHRINK]
        searched = [i for i, k in enumerate(keys) if k in SEARCHED]
        self.ids: list[str] = []
        self.values: list[tuple[Any, ...]] = []
        self.search: list[str] = []
        for item_id, text in raw:
            values = loads(text)[1:]  # the first is the id (list_rows)
            for i, cut in shrink:
                values[i] = cut(values[i])
            parts = [item_id]
            for i in searched:
                value = values[i]
                if isinstance(value, str):
                    parts.append(value)
                elif isinstance(value, dict):
                    parts.extend(v for v in value.values() if isinstance(v, str))
            self.ids.append(item_id)
            self.values.append(tuple(values))
            # Case-folded once per row, so a keystroke is one substring test per row (å finds Å).
            self.search.append(" ".join(parts).casefold())


def read_rows(store: Any, kind: Kind, keys: list[str], paths: list[str], *, item_id: str | None = None,
              offset: int = 0, limit: int | None = None) -> Prepared:
    from ropa_desktop.store.list_rows import field_rows

    return Prepared(keys, field_rows(store, kind, paths, item_id=item_id, offset=offset, limit=limit))


class ItemListModel(QAbstractTableModel):
    """The items of one list, in register order.

    Holds only the fields the columns show, as one tuple per row, and the row's search key;
    a cell's text is made the first time the view asks for its row (a list of 50,000 shows
    about 40). The whole item is read from the store when asked for (the selected row). A
    long list shows its first rows at once and gets the rest from a worker with its own
    connection.
    """

    rows_loaded = Signal()

    def __init__(self, ctx: AppContext, kind: Kind, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.columns: list[Column] = COLUMNS[kind]
        self.paths = PATHS[kind]
        self._keys = list(self.paths)
        self._path_list = [self.paths[k] for k in self._keys]
        self._ids: list[str] = []
        self._values: list[tuple[Any, ...]] = []
        self._search: list[str] = []
        self._cells: list[tuple[str, ...] | None] = []  # made when first asked for
        self._row_of: dict[str, int] = {}
        self._env: CellEnv | None = None
        self._generation = 0
        self.loading = False

    # --- loading -------------------------------------------------------------------
    def reload(self) -> None:
        self._generation += 1
        store = self.ctx.store
        self.beginResetModel()
        self._env = None
        self._ids, self._values, self._search, self._cells, self._row_of = [], [], [], [], {}
        total = 0
        if store is not None:
            total = store.count(self.kind)
            background = total > FIRST_ROWS and not self.ctx.run_synchronously
            self._append(read_rows(store, self.kind, self._keys, self._path_list,
                                   limit=FIRST_ROWS if background else None))
        self.endResetModel()
        if store is not None and len(self._ids) < total:
            self._load_rest(store.path, len(self._ids))

    def _load_rest(self, path: Any, have: int) -> None:
        from ropa_desktop.gui.worker import run_background
        from ropa_desktop.store import RegisterStore

        generation, kind, keys, paths = self._generation, self.kind, self._keys, self._path_list
        self.loading = True

        def read(_progress: Any, _cancelled: Any) -> Prepared:
            store = RegisterStore.open(path)
            try:
                return read_rows(store, kind, keys, paths, offset=have)
            finally:
                store.close()

        def arrived(rest: Prepared) -> None:
            if generation != self._generation:
                return  # a newer load has started since
            self.loading = False
            if not rest.ids:
                return
            start = len(self._ids)
            self.beginInsertRows(QModelIndex(), start, start + len(rest.ids) - 1)
            self._append(rest)
            self.endInsertRows()
            self.rows_loaded.emit()

        def failed(exc: BaseException) -> None:
            self.loading = False
            if generation == self._generation:
                from ropa_desktop.gui.error_words import plain_error

                self.ctx.error(QCoreApplication.translate("ItemListModel", "The list could not be read"),
                               plain_error(exc))

        run_background(self, read, arrived, failed)

    def _append(self, rows: Prepared) -> None:
        start = len(self._ids)
        self._ids += rows.ids
        self._values += rows.values
        self._search += rows.search
        self._cells += [None] * len(rows.ids)
        self._row_of.update(zip(rows.ids, range(start, start + len(rows.ids)), strict=True))

    def refresh_item(self, item_id: str) -> None:
        """Re-read one item after an edit, without resetting the view (keeps selection and scroll)."""
        row = self._row_of.get(item_id)
        store = self.ctx.store
        if row is None or store is None or self.loading:
            self.reload()
            return
        found = read_rows(store, self.kind, self._keys, self._path_list, item_id=item_id)
        if not found.ids:
            self.reload()
            return
        self._values[row], self._search[row], self._cells[row] = found.values[0], found.search[0], None
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def _cell_env(self) -> CellEnv:
        if self._env is not None:
            return self._env
        store, langs = self.ctx.store, self.ctx.display_languages
        cache: dict[Kind, dict[str, str]] = {}
        env = CellEnv(langs, store.default_language if store else "en", self.ctx.ui_lang, lambda k, i: i)

        def name_of(kind: Kind, item_id: str) -> str:
            if kind not in cache:
                rows = store.fields(kind, {"name": "$.name"}) if store else []
                cache[kind] = {r["id"]: lt(r["name"], env) for r in rows}
            return cache[kind].get(item_id, item_id)

        env.name_of = name_of
        self._env = env
        return env

    # --- cells -----------------------------------------------------------------------
    def _fields(self, row: int) -> dict[str, Any]:
        fields = dict(zip(self._keys, self._values[row], strict=True))
        fields["id"] = self._ids[row]
        return fields

    def cells(self, row: int) -> tuple[str, ...]:
        """The texts of a row's cells, made the first time they are asked for."""
        cells = self._cells[row]
        if cells is None:
            env, fields = self._cell_env(), self._fields(row)
            cells = self._cells[row] = tuple(c.get(fields, env) for c in self.columns)
        return cells

    def column_texts(self, column: int) -> list[str]:
        """One column's text in every row, without keeping the other cells."""
        get, env, cells = self.columns[column].get, self._cell_env(), self._cells
        return [cells[r][column] if cells[r] is not None else get(self._fields(r), env)  # type: ignore[index]
                for r in range(len(self._ids))]

    def sort_keys(self, column: int) -> list[str]:
        """What each row sorts by in ``column``: its own sort key (a date's ISO value), else its text case-folded."""
        sort = self.columns[column].sort
        if sort is None:
            return [text.casefold() for text in self.column_texts(column)]
        env = self._cell_env()
        return [sort(self._fields(r), env) for r in range(len(self._ids))]

    def made_rows(self) -> int:
        """How many rows' cells have been made so far (the rest were never asked for)."""
        return sum(c is not None for c in self._cells)

    # --- access --------------------------------------------------------------------
    def item(self, row: int) -> Any:
        """The whole item at ``row``, as the store has it now (None if it was deleted meanwhile)."""
        store = self.ctx.store
        return store.get(self.kind, self._ids[row]) if store is not None else None

    def item_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, item_id: str) -> int | None:
        return self._row_of.get(item_id)

    def search_texts(self) -> list[str]:
        """Each row's search key: its id, name and description in every language, case-folded."""
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
        return self.data_at(index.row(), index.column(), role)

    def data_at(self, row: int, column: int, role: int) -> Any:
        if role in _TEXT_ROLES:
            return self.cells(row)[column]
        if role == SortRole:
            sort = self.columns[column].sort
            if sort is not None:
                return sort(self._fields(row), self._cell_env())
            return self.cells(row)[column].casefold()
        if role == IdRole:
            return self._ids[row]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("columns", self.columns[section].header)
        return None
