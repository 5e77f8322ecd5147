"""Forward migrations of the register file's schema, one per version.

``PRAGMA user_version`` holds the version a file is at. Each migration runs in the
same transaction as the version bump, so a file is never left half-migrated.
Never edit a released migration: add the next one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from ropa_desktop.store.kinds import CATALOGUES, Kind


def _v1(conn: sqlite3.Connection) -> None:
    """The register: settings, organisation, the lists, the links between them, the history."""
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.execute(
        "CREATE TABLE organisation (id INTEGER PRIMARY KEY CHECK (id = 1), doc TEXT NOT NULL, "
        "revision INTEGER NOT NULL DEFAULT 1)"
    )
    for kind in Kind:
        conn.execute(
            f"CREATE TABLE {kind.table} (id TEXT PRIMARY KEY, position INTEGER NOT NULL, "
            "doc TEXT NOT NULL, revision INTEGER NOT NULL DEFAULT 1)"
        )
        conn.execute(f"CREATE INDEX {kind.table}_position ON {kind.table}(position)")
    # Links let SQLite itself refuse to delete a catalogue item an activity still uses.
    for kind in CATALOGUES:
        conn.execute(
            f"CREATE TABLE {kind.link_table} ("
            "activity_id TEXT NOT NULL REFERENCES activities(id) ON DELETE CASCADE, "
            f"ref_id TEXT NOT NULL REFERENCES {kind.table}(id), "
            "PRIMARY KEY (activity_id, ref_id)) WITHOUT ROWID"
        )
        conn.execute(f"CREATE INDEX {kind.link_table}_ref ON {kind.link_table}(ref_id)")
    conn.execute(
        "CREATE TABLE history (seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, "
        "user TEXT NOT NULL, action TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL, "
        "old TEXT, new TEXT, change_set TEXT)"
    )
    conn.execute("CREATE INDEX history_entity ON history(entity_id)")


def _v2(conn: sqlite3.Connection) -> None:
    """The log of published information notices (Art. 5(2): which text was published when)."""
    conn.execute(
        "CREATE TABLE notice_log (seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, "
        "user TEXT NOT NULL, audience TEXT NOT NULL, lang TEXT NOT NULL, format TEXT NOT NULL, "
        "version INTEGER NOT NULL, content_sha256 TEXT NOT NULL, file_sha256 TEXT NOT NULL, "
        "file_name TEXT, content TEXT)"
    )
    conn.execute("CREATE INDEX notice_log_audience ON notice_log(audience, lang)")


def _v3(conn: sqlite3.Connection) -> None:
    """Who has the register open, so that a second window or computer can say so."""
    conn.execute(
        "CREATE TABLE sessions (id TEXT PRIMARY KEY, user TEXT NOT NULL, host TEXT NOT NULL, pid INTEGER NOT NULL, "
        "started_at TEXT NOT NULL, seen_at TEXT NOT NULL)"
    )


def _v4(conn: sqlite3.Connection) -> None:
    """The versions the DPO issued (for the authority, or signed), each with the register as it was.

    ``number`` is NULL for a snapshot that is not an issued version (what an import replaced).
    ``snapshot`` is the interchange document, zlib-compressed; ``content_sha256`` hashes the
    register's content without the document's envelope, so an unchanged register is recognised.
    """
    conn.execute(
        "CREATE TABLE versions (seq INTEGER PRIMARY KEY AUTOINCREMENT, number INTEGER, at TEXT NOT NULL, "
        "user TEXT NOT NULL, reason TEXT NOT NULL, file_name TEXT, file_sha256 TEXT, "
        "content_sha256 TEXT NOT NULL, snapshot BLOB NOT NULL)"
    )
    conn.execute("CREATE INDEX versions_number ON versions(number)")


def _v5(conn: sqlite3.Connection) -> None:
    """A published notice's gaps and options beside its content, and the content compressed.

    The log kept each notice as indented JSON text (about 100 MB at 10,000 activities) and
    ``ropa check`` parsed all of it to learn one option. New rows keep the content once, as
    zlib-compressed canonical JSON in ``content`` (a BLOB), with ``gaps`` (JSON) and
    ``processors_by`` in columns of their own; older rows keep their JSON text and are read
    as they are. ``basis`` (JSON) says what the content was built from (the register's last
    history number, the day, the shipped reference data), so that ``ropa check`` need not
    build the notice again while none of it changed.
    """
    conn.execute("ALTER TABLE notice_log ADD COLUMN gaps TEXT")
    conn.execute("ALTER TABLE notice_log ADD COLUMN processors_by TEXT")
    conn.execute("ALTER TABLE notice_log ADD COLUMN basis TEXT")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2, _v3, _v4, _v5]
LATEST = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, target: int = LATEST) -> int:
    """Bring the file up to ``target``; returns the version it was at. Caller holds a transaction."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    for version in range(current + 1, target + 1):
        MIGRATIONS[version - 1](conn)
        conn.execute(f"PRAGMA user_version = {version}")
    return current
