"""The history a page at a time, newest first, filtered by the database (the History page).

``RegisterStore.history`` decodes every row oldest first: right for the services that
replay a register's past, too much for a window showing forty rows of a history of
hundreds of thousands. Pages are keyed by ``seq`` (rows older than the last one shown), so
a page costs the same at the end of a long history as at its start.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ropa_desktop.store.register_store import HistoryEntry

if TYPE_CHECKING:
    from ropa_desktop.store.register_store import RegisterStore


@dataclass(frozen=True)
class HistoryFilter:
    """Which changes to show; each part optional."""

    entity: str | None = None  # with entity_id: one item's changes
    entity_id: str | None = None
    user: str | None = None
    since: str | None = None  # an instant as the history writes it (UTC, ISO 8601): changes from then on


def history_page(store: RegisterStore, shown: HistoryFilter, *, older_than: int | None = None,
                 limit: int = 200) -> list[HistoryEntry]:
    """Up to ``limit`` changes matching ``shown``, newest first, older than the change ``older_than``."""
    where, args = _where(shown)
    if older_than is not None:
        where.append("seq < ?")
        args.append(older_than)
    sql = "SELECT seq, at, user, action, entity, entity_id, old, new, change_set FROM history"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY seq DESC LIMIT ?"
    args.append(limit)
    loads = json.loads
    return [
        HistoryEntry(seq, at, user, action, entity, eid, loads(old) if old else None, loads(new) if new else None,
                     cs)
        for seq, at, user, action, entity, eid, old, new, cs in store._conn.execute(sql, args)
    ]


def history_items(store: RegisterStore) -> list[tuple[str, str, Any]]:
    """Every item the history names: ``(entity, entity_id, name)``, the name as its latest change left it.

    The name is the stored value (a string or ``{lang: text}``), None when that change
    recorded none (an item deleted: its old document is used, as it had a name then).
    """
    rows = store._conn.execute(
        "SELECT entity, entity_id, json_extract(doc, '$.name'), json_type(doc, '$.name') FROM ("
        " SELECT seq, entity, entity_id, CASE WHEN json_type(new) = 'object' THEN new ELSE old END AS doc"
        " FROM history WHERE seq IN (SELECT max(seq) FROM history GROUP BY entity, entity_id)"
        ") ORDER BY seq DESC"
    )
    # json_extract gives an object as its JSON text, a string as the string itself.
    return [(entity, entity_id, json.loads(name) if kind == "object" else name)
            for entity, entity_id, name, kind in rows]


def history_users(store: RegisterStore) -> list[str]:
    """Everyone who changed the register."""
    return [user for (user,) in store._conn.execute("SELECT DISTINCT user FROM history")]


def _where(shown: HistoryFilter) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    args: list[Any] = []
    if shown.entity is not None and shown.entity_id is not None:
        where.append("entity_id = ? AND entity = ?")
        args += [shown.entity_id, shown.entity]
    if shown.user:
        where.append("user = ?")
        args.append(shown.user)
    if shown.since:
        where.append("at >= ?")
        args.append(shown.since)
    return where, args
