"""A list's chosen fields as raw rows, for tables of thousands of items.

``RegisterStore.fields`` gives each row as a dict of decoded values; a table showing
tens of thousands of items wants less: the values as one JSON text per row (decoded by
the caller, where it keeps them compactly), and the rest of a list from where its first
rows ended, rather than all of it again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ropa_desktop.store.kinds import Kind
    from ropa_desktop.store.register_store import RegisterStore


def field_rows(
    store: RegisterStore, kind: Kind, paths: list[str], *, item_id: str | None = None, offset: int = 0,
    limit: int | None = None,
) -> list[tuple[str, str]]:
    """``(id, JSON array)`` of each item (or of one), in register order.

    The array holds the item's id, then the value at each path (null when missing):
    json_extract with several paths parses each document once and returns one array, and
    the id makes it several paths even when one is asked for.
    """
    if not paths:
        raise ValueError("field_rows needs at least one path")
    placeholders = ", ".join("?" for _ in paths)
    sql = f"SELECT id, json_extract(doc, '$.id', {placeholders}) FROM {kind.table}"
    args: list[object] = list(paths)
    if item_id is not None:
        sql += " WHERE id = ?"
        args.append(item_id)
    sql += " ORDER BY position LIMIT ? OFFSET ?"
    args += [-1 if limit is None else limit, offset]
    return store._conn.execute(sql, args).fetchall()  # the store's own connection: one reader, no copy
