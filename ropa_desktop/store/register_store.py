"""The register file: read and write the domain model, one transaction per user action.

Every write records what it changed in ``history`` (who, when, old and new value),
which is the DPO's evidence of accountability (Art. 5(2)). Every item carries a
revision; a write that finds a revision other than the one this store last read
raises :class:`ConflictError` instead of overwriting another user's edit.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import getpass
import hashlib
import json
import os
import sqlite3
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ropa_desktop.base.gc_pause import collector_paused
from ropa_desktop.base.processes import host_name as _host_name
from ropa_desktop.base.processes import process_running as _running
from ropa_desktop.base.worded import Worded
from ropa_desktop.domain.ltext import LText
from ropa_desktop.domain.missing import MISSING
from ropa_desktop.domain.references import referenced_ids
from ropa_desktop.interchange.codec import decode, encode
from ropa_desktop.output.atomic import REGISTER_APPLICATION_ID
from ropa_desktop.output.part_files import create_part_file, remove_quietly, sweep_stale_parts
from ropa_desktop.store import migrations
from ropa_desktop.store.file_place import journal_mode
from ropa_desktop.store.kinds import CATALOGUES, Kind
from ropa_desktop.store.store_errors import (
    SQLITE_BUSY,
    SQLITE_CORRUPT,
    SQLITE_FULL,
    SQLITE_IOERR,
    SQLITE_LOCKED,
    SQLITE_READONLY,
    ConflictError,
    InUseError,
    NotARegisterError,
    NotEmptyError,
    StoreError,
    TooNewError,
    damage_reported,
    damaged,
    primary_code,
)

if TYPE_CHECKING:
    import sqlite_utils

    from ropa_desktop.domain import model

BUSY_TIMEOUT_MS = 10_000  # how long a save waits for another program's save to finish
APPLICATION_ID = REGISTER_APPLICATION_ID  # "ROPA": tells our files from other SQLite files
# A register named like an export is one `export --force` away from being replaced by it.
EXPORT_SUFFIXES = (".json", ".pdf", ".xlsx", ".xls", ".html", ".htm", ".p7s", ".csv", ".ods", ".p12", ".pem")
ORGANISATION = "organisation"


def _model() -> Any:
    """The domain model, imported on first use (the GUI shows its first list without it)."""
    from ropa_desktop.domain import model

    return model


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    seq: int
    at: str
    user: str
    action: str  # insert, update, delete
    entity: str  # table name, "organisation" or "register"
    entity_id: str
    old: Any
    new: Any
    change_set: str | None


@dataclass(frozen=True, slots=True)
class SnapshotEntry:
    seq: int
    number: int | None  # the issued version's number; None: a snapshot that is not a version
    at: str
    user: str
    reason: str  # "authority", "signed" or "replaced"
    file_name: str | None  # where the issued file was written
    file_sha256: str | None
    content_sha256: str  # the register's content, without the document's envelope


def snapshot_of(register: model.Register) -> tuple[bytes, str]:
    """(compressed interchange document, hash of its content without the envelope) of ``register``."""
    from ropa_desktop.interchange.jsonio import document_value

    doc = document_value(register)
    content = {k: v for k, v in doc.items() if k != "exported_at"}
    content_sha256 = hashlib.sha256(_dumps(content).encode("utf-8")).hexdigest()
    return zlib.compress(_dumps(doc).encode("utf-8"), 6), content_sha256


def default_user() -> str:
    return os.environ.get("ROPA_USER") or getpass.getuser()


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class RegisterStore:
    """An open register file. Use from one thread; a worker thread opens its own."""

    def __init__(self, path: Path, conn: sqlite3.Connection, user: str) -> None:
        self.path = path
        self.user = user
        self._conn = conn
        self._seen: dict[tuple[str, str], int] = {}
        self._change_set: str | None = None
        self._session_id: str | None = None
        # True when the file or its folder cannot be written (a read-only medium, a share
        # without write access): reading works, every write is refused with that cause.
        self.read_only = False
        self._languages: list[str] = json.loads(self._meta("languages") or '["en"]')

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        """Run one SQL statement on the register's connection (for the tables other layers own,
        such as the notice log), without sqlite-utils: reading needs none of it."""
        return self._conn.execute(sql, params)

    @functools.cached_property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over our connection, for writes. Imported on first use: it costs
        a tenth of a second, which opening the app's first window should not pay."""
        import sqlite_utils

        return sqlite_utils.Database(self._conn)

    # --- opening -------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path | str,
        organisation: model.Organisation,
        languages: list[str],
        user: str | None = None,
        *,
        fill: Callable[[RegisterStore], None] | None = None,
    ) -> RegisterStore:
        """Make a new register file; refuses to overwrite an existing file.

        The new file is built complete under a temporary name beside ``path`` (with
        ``fill(store)``'s content, e.g. an import) and then linked to ``path`` without
        replacing anything: of two programs creating the same register one wins, the
        other is told the file exists, and a kill half-way leaves no register at all.
        """
        path = Path(path)
        if path.suffix.lower() in EXPORT_SUFFIXES:
            raise StoreError(
                "{name} is named like an export ({suffix}), not a register; name the register file with .ropa, "
                "e.g. {suggestion}",
                name=path.name, suffix=path.suffix, suggestion=path.with_suffix(".ropa").name,
            )
        if not languages:
            raise StoreError("a register needs at least one language")
        if path.exists():
            raise StoreError("{path} already exists; choose another name or open it", path=str(path))
        sweep_stale_parts(path.parent)
        try:
            tmp = create_part_file(path)
            conn = _connect(tmp)
        except (OSError, sqlite3.Error) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise StoreError("{path} cannot be created: {reason}", path=str(path), reason=reason) from None
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            migrations.migrate(conn)
            conn.execute("INSERT INTO meta VALUES ('languages', ?)", (_dumps(languages),))
            conn.execute("INSERT INTO meta VALUES ('extras', '{}')")
            conn.execute("INSERT INTO meta VALUES ('recorded_lists', '[]')")
            conn.execute("INSERT INTO meta VALUES ('created_at', ?)", (_now(),))
            conn.execute(
                "INSERT INTO organisation (id, doc) VALUES (1, ?)",
                (_dumps(encode(organisation, languages[0])),),
            )
            conn.execute("COMMIT")
            building = cls(tmp, conn, user or default_user())
            with building.transaction():
                building._log("insert", ORGANISATION, "organisation", None, encode(organisation, languages[0]))
            if fill is not None:
                fill(building)
            conn.close()
            _publish(tmp, path)
        except BaseException:
            conn.close()
            raise
        finally:
            # Only files this call made are removed: the part file, never ``path``.
            remove_quietly(tmp)
            remove_quietly(tmp.with_name(tmp.name + "-journal"))
        return cls.open(path, user)

    @classmethod
    def open(cls, path: Path | str, user: str | None = None) -> RegisterStore:
        """Open an existing register, migrating an older file forward."""
        path = Path(path)
        if not path.exists():
            raise StoreError("{path} does not exist", path=str(path))
        if path.is_dir():
            raise NotARegisterError("{path} is a folder, not a register file", path=str(path))
        read_only = False
        try:
            conn, app_id, version = _connect_and_identify(path, read_only=False)
        except sqlite3.DatabaseError as exc:
            if primary_code(exc) == SQLITE_CORRUPT:
                raise damaged(path) from None
            if _writable(path):
                raise NotARegisterError("{path} is not a ropa-desktop register", path=str(path)) from None
            # A read-only folder or medium: SQLite cannot make its side files there. Read it
            # as it is (check and export work); writes are refused with the real cause.
            wal = path.with_name(path.name + "-wal")
            if wal.exists() and wal.stat().st_size > 0:
                raise StoreError(
                    "{path} is read-only here and part of its content is still in {wal}; copy both files to a "
                    "folder you can write to and open the copy",
                    path=str(path), wal=wal.name,
                ) from None
            try:
                conn, app_id, version = _connect_and_identify(path, read_only=True)
            except sqlite3.DatabaseError as exc2:
                if primary_code(exc2) == SQLITE_CORRUPT:
                    raise damaged(path) from None
                raise NotARegisterError("{path} is not a ropa-desktop register", path=str(path)) from None
            read_only = True
        if app_id != APPLICATION_ID:
            conn.close()
            raise NotARegisterError("{path} is not a ropa-desktop register", path=str(path))
        if version > migrations.LATEST:
            conn.close()
            raise TooNewError(
                "{path} was written by a newer version of ropa-desktop (file version {version}, "
                "this program reads up to {latest}); update ropa-desktop to open it",
                path=str(path), version=version, latest=migrations.LATEST,
            )
        if version < migrations.LATEST and read_only:
            conn.close()
            raise StoreError(
                "{path} was written by an older version of ropa-desktop and is read-only here, so it cannot be "
                "upgraded; copy it to a folder you can write to and open the copy",
                path=str(path),
            )
        if version < migrations.LATEST:
            try:
                conn.execute("BEGIN IMMEDIATE")
                migrations.migrate(conn)
                conn.execute("COMMIT")
            except sqlite3.Error as exc:
                conn.rollback()
                conn.close()
                raise StoreError("{path} could not be upgraded to this version: {reason}", path=str(path),
                                 reason=str(exc)) from None
        try:
            with damage_reported(path):
                store = cls(path, conn, user or default_user())
                store.read_only = read_only or not _writable(path)
                if not store.read_only:
                    conn.execute(f"PRAGMA journal_mode={journal_mode(path)}")  # WAL only on a local disk
                    sweep_stale_parts(path.parent)  # what a killed export or import left here
                return store
        except BaseException:
            conn.close()
            raise

    def close(self) -> None:
        self.end_session()
        self._conn.close()

    def backup_to(self, target: Path) -> None:
        """A consistent copy of the whole register (SQLite's online backup; WAL included).

        Also inside this store's own transaction (an import keeps its copy under the write
        lock). Write it to a temporary name and rename it when complete: a failure here
        leaves a partial file at ``target``.
        """
        try:
            # Read through a connection of its own: SQLite's backup waits forever on a source
            # connection that holds the write lock. That connection sees the last committed
            # state, which is this store's while it holds the lock and has written nothing.
            source = _connect(self.path, read_only=self.read_only)
            dest = sqlite3.connect(str(target))
            try:
                source.backup(dest)
            finally:
                dest.close()
                source.close()
        except sqlite3.Error as exc:
            raise StoreError("the backup copy {path} could not be written: {reason}", path=str(target),
                             reason=str(exc)) from None

    def __enter__(self) -> RegisterStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- transactions ------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One user action: all writes inside land together or not at all.

        The outermost level takes the write lock at once (BEGIN IMMEDIATE), so two
        processes saving at the same moment queue instead of failing half-way; nested
        levels are savepoints.
        """
        if self._conn.in_transaction:
            with self._savepoint():
                yield
            return
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(_busy_message(exc)) from None
        self._change_set = os.urandom(6).hex()
        try:
            yield
            self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            raise StoreError(_write_failure_message(exc)) from exc
        except BaseException:
            self._rollback()
            raise
        finally:
            self._change_set = None

    @contextlib.contextmanager
    def _savepoint(self) -> Iterator[None]:
        name = f"level_{os.urandom(6).hex()}"
        self._conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            # An error that destroyed the whole transaction took the savepoint with it.
            if self._conn.in_transaction:
                self._conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                self._conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        self._conn.execute(f"RELEASE SAVEPOINT {name}")

    def _rollback(self) -> None:
        if self._conn.in_transaction:
            self._conn.rollback()
        self._seen.clear()  # revisions bumped inside the rolled-back transaction are void

    # --- register-wide settings -------------------------------------------------------

    @property
    def languages(self) -> list[str]:
        return list(self._languages)

    @property
    def default_language(self) -> str:
        return self._languages[0]

    def set_languages(self, languages: list[str]) -> None:
        """Change the register's languages; texts are kept (a text in a dropped language stays)."""
        if not languages or len(set(languages)) != len(languages):
            raise StoreError("the register's languages must be a non-empty list without repeats")
        old = self.languages
        if old == languages:
            return
        with self.transaction():
            if old[0] != languages[0]:
                # Plain texts are stored in the first language; when that changes, re-encode
                # every item so their texts keep the language they were written in.
                self._reencode(old[0], languages[0])
            self._set_meta("languages", _dumps(languages))
            self._log("update", "register", "languages", old, languages)
        self._languages = list(languages)

    def register_extras(self) -> dict[str, Any]:
        return json.loads(self._meta("extras") or "{}")

    def version_token(self) -> tuple[int, int]:
        """Changes whenever the register's content changes, by this or another process.

        Every content change writes a history row, and every published notice a log row,
        so their last numbers say it; presence heartbeats (sessions) do not count.
        """
        row = self._conn.execute(
            "SELECT (SELECT coalesce(max(seq), 0) FROM history), (SELECT coalesce(max(seq), 0) FROM notice_log)"
        ).fetchone()
        return (row[0], row[1])

    # --- presence: who else has the register open ------------------------------------------

    SESSION_TIMEOUT = dt.timedelta(minutes=2)

    def start_session(self) -> None:
        """Say that this program has the register open (the GUI does; short CLI runs need not)."""
        self._session_id = os.urandom(16).hex()
        now = _now()
        self._presence_write((
            "INSERT INTO sessions (id, user, host, pid, started_at, seen_at) VALUES (?, ?, ?, ?, ?, ?)",
            (self._session_id, self.user, _host_name(), os.getpid(), now, now),
        ))

    def heartbeat(self) -> None:
        """Keep this session alive; call every minute or so. Old sessions of crashed programs expire."""
        if self._session_id is None:
            return
        cutoff = (dt.datetime.now(dt.UTC) - 5 * self.SESSION_TIMEOUT).isoformat(timespec="milliseconds")
        self._presence_write(
            ("UPDATE sessions SET seen_at = ? WHERE id = ?", (_now(), self._session_id)),
            ("DELETE FROM sessions WHERE seen_at < ?", (cutoff.replace("+00:00", "Z"),)),
        )

    def end_session(self) -> None:
        if self._session_id is None:
            return
        self._presence_write(("DELETE FROM sessions WHERE id = ?", (self._session_id,)))
        self._session_id = None

    def other_sessions(self) -> list[dict[str, Any]]:
        """Live sessions of other programs on this register: user, host, pid, started_at."""
        cutoff = (dt.datetime.now(dt.UTC) - self.SESSION_TIMEOUT).isoformat(timespec="milliseconds")
        rows = self._conn.execute(
            "SELECT user, host, pid, started_at FROM sessions WHERE id != ? AND seen_at >= ? ORDER BY started_at",
            (self._session_id or "", cutoff.replace("+00:00", "Z")),
        ).fetchall()
        # A program on this computer that has ended (a crash, a kill) is not waited out.
        here = _host_name()
        return [{"user": u, "host": h, "pid": p, "started_at": s} for u, h, p, s in rows
                if h != here or _running(p)]

    def _presence_write(self, *statements: tuple[str, tuple[Any, ...]]) -> None:
        # Presence is bookkeeping, not register content: no history row, and a busy or
        # read-only file must not stop anyone from working, nor make the window wait for
        # another program's long save (the GUI sends heartbeats from its own thread).
        self._conn.execute("PRAGMA busy_timeout = 200")
        try:
            with self.transaction():
                for sql, params in statements:
                    self._conn.execute(sql, params)
        except StoreError:
            pass
        finally:
            self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    # --- organisation ---------------------------------------------------------------------

    def organisation(self) -> model.Organisation:
        doc, revision = self._conn.execute("SELECT doc, revision FROM organisation WHERE id = 1").fetchone()
        self._seen[(ORGANISATION, "organisation")] = revision
        return decode(_model().Organisation, json.loads(doc), self.default_language)

    def set_organisation(self, organisation: model.Organisation) -> None:
        new = encode(organisation, self.default_language)
        with self.transaction():
            row = self._conn.execute("SELECT doc, revision FROM organisation WHERE id = 1").fetchone()
            self._check_revision(ORGANISATION, "organisation", row[1], Worded("the organisation's details"))
            if json.loads(row[0]) == new:
                return
            revision = self._log("update", ORGANISATION, "organisation", json.loads(row[0]), new)
            self._conn.execute("UPDATE organisation SET doc = ?, revision = ? WHERE id = 1", (_dumps(new), revision))
            self._seen[(ORGANISATION, "organisation")] = revision

    # --- lists: reading ---------------------------------------------------------------

    def is_recorded(self, kind: Kind) -> bool:
        """False when an optional list (recipients, processors, measures) is *not recorded*."""
        if not kind.optional:
            return True
        return kind.table in json.loads(self._meta("recorded_lists") or "[]") or self.count(kind) > 0

    def count(self, kind: Kind) -> int:
        return self._conn.execute(f"SELECT count(*) FROM {kind.table}").fetchone()[0]

    def ids(self, kind: Kind) -> list[str]:
        return [r[0] for r in self._conn.execute(f"SELECT id FROM {kind.table} ORDER BY position")]

    def fields(
        self, kind: Kind, paths: dict[str, str], item_id: str | None = None, limit: int | None = None
    ) -> list[dict[str, Any]]:
        """Chosen values of every item (or of one), in register order, without decoding whole items.

        ``paths`` maps a key to a JSON path of the item as the format writes it ('$.name',
        '$.dpa.status'); each value comes back as its JSON value (None when absent). Tables of
        thousands of items need only a few fields of each (the GUI's lists); ``limit`` gives
        the first rows at once, to show them while the rest is read.
        """
        keys = list(paths)
        # json_extract with several paths parses each document once and returns a JSON array.
        placeholders = ", ".join("?" for _ in keys)
        sql = (f"SELECT id, json_extract(doc, '$.id', {placeholders}) FROM {kind.table}" if keys
               else f"SELECT id, '[]' FROM {kind.table}")
        args: list[Any] = [paths[k] for k in keys]
        if item_id is not None:
            sql += " WHERE id = ?"
            args.append(item_id)
        sql += " ORDER BY position"
        if limit is not None:
            sql += " LIMIT ?"
            args.append(limit)
        loads = json.loads
        rows = []
        for item, values in self._conn.execute(sql, args):
            row = dict(zip(keys, loads(values)[1:], strict=True))
            row["id"] = item
            rows.append(row)
        return rows

    def items(self, kind: Kind) -> list[Any]:
        """Every item of a list, in register order, as domain objects."""
        cls, lang, seen = kind.model_class, self.default_language, self._seen
        table = kind.table
        result = []
        for item_id, doc, revision in self._conn.execute(
            f"SELECT id, doc, revision FROM {table} ORDER BY position"
        ):
            seen[(table, item_id)] = revision
            result.append(decode(cls, json.loads(doc), lang))
        return result

    def get(self, kind: Kind, item_id: str) -> Any | None:
        row = self._conn.execute(
            f"SELECT doc, revision FROM {kind.table} WHERE id = ?", (item_id,)
        ).fetchone()
        if row is None:
            return None
        self._seen[(kind.table, item_id)] = row[1]
        return decode(kind.model_class, json.loads(row[0]), self.default_language)

    def load(self) -> model.Register:
        """The whole register as one domain object."""
        with collector_paused(), damage_reported(self.path):
            return self._load()

    def _load(self) -> model.Register:
        return _model().Register(
            languages=self.languages,
            organisation=self.organisation(),
            data_subject_categories=self.items(Kind.DATA_SUBJECT_CATEGORY),
            data_categories=self.items(Kind.DATA_CATEGORY),
            recipients=self.items(Kind.RECIPIENT) if self.is_recorded(Kind.RECIPIENT) else MISSING,
            processors=self.items(Kind.PROCESSOR) if self.is_recorded(Kind.PROCESSOR) else MISSING,
            security_measures=(
                self.items(Kind.SECURITY_MEASURE) if self.is_recorded(Kind.SECURITY_MEASURE) else MISSING
            ),
            activities=self.items(Kind.ACTIVITY),
            extras=self.register_extras(),
        )

    def referrers(self, kind: Kind, item_id: str) -> list[tuple[str, str]]:
        """(activity id, activity name) of every activity that refers to a catalogue item."""
        if kind.link_table is None:
            return []
        rows = self._conn.execute(
            f"SELECT a.id, a.doc FROM {kind.link_table} l JOIN activities a ON a.id = l.activity_id "
            "WHERE l.ref_id = ? ORDER BY a.position",
            (item_id,),
        ).fetchall()
        lang = self.default_language
        return [(aid, decode(_model().Activity, json.loads(doc), lang).name.text(lang)) for aid, doc in rows]

    # --- lists: writing ----------------------------------------------------------------

    def add(self, kind: Kind, item: Any, position: int | None = None) -> None:
        """Insert a new item (at ``position``, else at the end)."""
        self._ensure_type(kind, item)
        doc = encode(item, self.default_language)
        with self.transaction():
            if self._conn.execute(f"SELECT 1 FROM {kind.table} WHERE id = ?", (item.id,)).fetchone():
                raise StoreError("there is already a {kind} with the id '{id}'", kind=_noun(kind), id=item.id)
            end = self.count(kind)
            pos = end if position is None or position >= end else max(position, 0)
            self._conn.execute(
                f"UPDATE {kind.table} SET position = position + 1 WHERE position >= ?", (pos,)
            )
            revision = self._log("insert", kind.table, item.id, None, doc)
            self._conn.execute(f"INSERT INTO {kind.table} (id, position, doc, revision) VALUES (?, ?, ?, ?)",
                               (item.id, pos, _dumps(doc), revision))
            if kind.optional:
                self._mark_recorded(kind)
            if kind is Kind.ACTIVITY:
                self._write_links(item)
            self._seen[(kind.table, item.id)] = revision

    def update(self, kind: Kind, item: Any) -> None:
        """Save a changed item; raises ConflictError if someone else saved it since we read it."""
        self._ensure_type(kind, item)
        new = encode(item, self.default_language)
        with self.transaction():
            row = self._conn.execute(
                f"SELECT doc, revision FROM {kind.table} WHERE id = ?", (item.id,)
            ).fetchone()
            if row is None:
                raise ConflictError(
                    "the {kind} '{id}' no longer exists: it was deleted, perhaps in another window",
                    kind=_noun(kind), id=item.id,
                )
            self._check_revision(kind.table, item.id, row[1], _the_item(kind, item.id))
            old = json.loads(row[0])
            if old == new:
                return
            revision = self._log("update", kind.table, item.id, old, new)
            self._conn.execute(
                f"UPDATE {kind.table} SET doc = ?, revision = ? WHERE id = ?", (_dumps(new), revision, item.id)
            )
            if kind is Kind.ACTIVITY:
                self._write_links(item)
            self._seen[(kind.table, item.id)] = revision

    def delete(self, kind: Kind, item_id: str) -> None:
        """Delete an item; refuses (InUseError, naming the activities) while activities refer to it."""
        with self.transaction():
            row = self._conn.execute(
                f"SELECT doc, revision, position FROM {kind.table} WHERE id = ?", (item_id,)
            ).fetchone()
            if row is None:
                return
            self._check_revision(kind.table, item_id, row[1], _the_item(kind, item_id))
            users = self.referrers(kind, item_id)
            if users:
                names = ", ".join(f"'{name}'" for _id, name in users[:5])
                fields = {"kind": _noun(kind), "id": item_id, "names": names, "count": len(users)}
                if len(users) == 1:
                    raise InUseError("the {kind} '{id}' is used by 1 activity: {names}", referrers=users, **fields)
                if len(users) <= 5:
                    raise InUseError("the {kind} '{id}' is used by {count} activities: {names}", referrers=users,
                                     **fields)
                raise InUseError("the {kind} '{id}' is used by {count} activities: {names} and {more} more",
                                 referrers=users, more=len(users) - 5, **fields)
            self._conn.execute(f"DELETE FROM {kind.table} WHERE id = ?", (item_id,))
            self._conn.execute(
                f"UPDATE {kind.table} SET position = position - 1 WHERE position > ?", (row[2],)
            )
            self._seen.pop((kind.table, item_id), None)
            self._log("delete", kind.table, item_id, json.loads(row[0]), None)

    def move(self, kind: Kind, item_id: str, new_position: int) -> None:
        """Move an item within its list (list order is part of the register)."""
        with self.transaction():
            row = self._conn.execute(f"SELECT position FROM {kind.table} WHERE id = ?", (item_id,)).fetchone()
            if row is None:
                raise ConflictError("the {kind} '{id}' no longer exists", kind=_noun(kind), id=item_id)
            old_pos = row[0]
            new_pos = max(0, min(new_position, self.count(kind) - 1))
            if new_pos == old_pos:
                return
            if new_pos > old_pos:
                self._conn.execute(
                    f"UPDATE {kind.table} SET position = position - 1 WHERE position > ? AND position <= ?",
                    (old_pos, new_pos),
                )
            else:
                self._conn.execute(
                    f"UPDATE {kind.table} SET position = position + 1 WHERE position >= ? AND position < ?",
                    (new_pos, old_pos),
                )
            self._conn.execute(f"UPDATE {kind.table} SET position = ? WHERE id = ?", (new_pos, item_id))
            self._log("update", kind.table, item_id, {"position": old_pos}, {"position": new_pos})

    def is_empty(self) -> bool:
        """Whether the register holds no item in any list (a new register, or one emptied)."""
        return all(self.count(kind) == 0 for kind in Kind)

    def replace_all(
        self,
        register: model.Register,
        *,
        require_empty: bool = False,
        backup: Callable[[RegisterStore], Path] | None = None,
    ) -> Path | None:
        """Replace the whole register (an import) in one transaction.

        The emptiness check and the backup happen inside that transaction, under the write
        lock: no other program can fill the register between the check and the import, nor
        change it between the backup and the replacing. With ``require_empty`` a register
        that holds items is refused (NotEmptyError); otherwise, when it holds items,
        ``backup(store)`` is called first and its result (the copy's path) is returned. If
        the import then fails, the copy is removed: the register is unchanged.
        """
        lang = register.languages[0]
        copy = None
        with contextlib.ExitStack() as undo:
            with self.transaction(), collector_paused():
                if not self.is_empty():
                    if require_empty:
                        raise NotEmptyError(
                            "{name} already holds a register; import into a new register, "
                            "or confirm that its content is to be replaced (ropa import --replace)",
                            name=self.path.name,
                        )
                    if backup is not None:
                        copy = backup(self)
                        undo.callback(remove_quietly, copy)
                    # The register file itself keeps what was replaced, beside its issued versions.
                    self.keep_snapshot(self._load(), number=None, reason="replaced")
                self._replace_all(register, lang)
            undo.pop_all()
        return copy

    def _replace_all(self, register: model.Register, lang: str) -> None:
        # History rows are written in bulk (one executemany per list, not one statement per
        # item): an import of 10,000 activities spent seconds on them one by one.
        history = _HistoryBatch(self)
        old_languages = self.languages
        history.add("update", "register", "import", {"languages": old_languages}, {"languages": register.languages})
        for kind in [Kind.ACTIVITY, *CATALOGUES]:
            for item_id, doc in self._conn.execute(f"SELECT id, doc FROM {kind.table}"):
                history.add("delete", kind.table, item_id, doc, None)
            history.flush()
            self._conn.execute(f"DELETE FROM {kind.table}")
        self._set_meta("languages", _dumps(register.languages))
        self._set_meta("extras", _dumps(register.extras))
        self._languages = list(register.languages)
        recorded = [
            k.table for k in CATALOGUES if k.optional and getattr(register, k.table) is not MISSING
        ]
        self._set_meta("recorded_lists", _dumps(recorded))
        org_doc = _dumps(encode(register.organisation, lang))
        old_org = self._conn.execute("SELECT doc FROM organisation WHERE id = 1").fetchone()[0]
        revision = history.add("update", ORGANISATION, "organisation", old_org, org_doc)
        history.flush()
        self._conn.execute("UPDATE organisation SET doc = ?, revision = ? WHERE id = 1", (org_doc, revision))
        for kind in [*CATALOGUES, Kind.ACTIVITY]:
            rows = []
            for pos, item in enumerate(getattr(register, kind.table) or []):
                doc = _dumps(encode(item, lang))
                rows.append((item.id, pos, doc, history.add("insert", kind.table, item.id, None, doc)))
                if len(rows) >= _BATCH:
                    history.flush()
                    self._insert_rows(kind, rows)
                    rows = []
            history.flush()
            self._insert_rows(kind, rows)
        self._insert_links(register.activities)
        self._seen.clear()

    def _insert_rows(self, kind: Kind, rows: list[tuple[str, int, str, int]]) -> None:
        self._conn.executemany(f"INSERT INTO {kind.table} (id, position, doc, revision) VALUES (?, ?, ?, ?)", rows)

    # --- history -----------------------------------------------------------------------

    def history_seq(self) -> int:
        """The number of the register's last change (0 before any): every write adds a history row."""
        return self._conn.execute("SELECT coalesce(max(seq), 0) FROM history").fetchone()[0]

    def last_change(self) -> tuple[int, str, str] | None:
        """(number, time, user) of the register's last change: its version, as exports print it."""
        row = self._conn.execute("SELECT seq, at, user FROM history ORDER BY seq DESC LIMIT 1").fetchone()
        return (row[0], row[1], row[2]) if row else None

    def history(self, entity_id: str | None = None, limit: int | None = None) -> list[HistoryEntry]:
        sql = "SELECT seq, at, user, action, entity, entity_id, old, new, change_set FROM history"
        args: list[Any] = []
        if entity_id is not None:
            sql += " WHERE entity_id = ?"
            args.append(entity_id)
        sql += " ORDER BY seq"
        if limit is not None:
            sql += " LIMIT ?"
            args.append(limit)
        return [
            HistoryEntry(seq, at, user, action, entity, eid,
                         json.loads(old) if old else None, json.loads(new) if new else None, cs)
            for seq, at, user, action, entity, eid, old, new, cs in self._conn.execute(sql, args)
        ]

    # --- issued versions and snapshots (Art. 5(2): what was sent to the authority, when) --------

    def register_id(self) -> str:
        """A random id this register keeps for life: calendar events and the like are named by it."""
        found = self._meta("register_id")
        if found:
            return found
        if self.read_only:  # cannot keep a new id: one derived from the file's creation stays the same
            return hashlib.sha256((self._meta("created_at") or str(self.path)).encode("utf-8")).hexdigest()[:32]
        new_id = os.urandom(16).hex()
        with self.transaction():  # bookkeeping, not content: no history row
            self._conn.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('register_id', ?)", (new_id,))
        return self._meta("register_id") or new_id

    def keep_snapshot(self, register: model.Register, *, number: int | None, reason: str,
                      file_name: str | None = None, file_sha256: str | None = None,
                      made: tuple[bytes, str] | None = None) -> int:
        """Keep ``register`` as it is now (the interchange document, compressed); returns its row.

        ``number`` is the issued version's number, or None for a snapshot that is no version
        (``reason`` "replaced": what an import replaced). ``made`` is ``snapshot_of(register)``
        when the caller already has it (it takes about a second for a thousand activities).
        """
        snapshot, content_sha256 = made or snapshot_of(register)
        with self.transaction():
            cursor = self._conn.execute(
                "INSERT INTO versions (number, at, user, reason, file_name, file_sha256, content_sha256, snapshot) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (number, _now(), self.user, reason, file_name, file_sha256, content_sha256, snapshot),
            )
        return cursor.lastrowid or 0

    def snapshots(self) -> list[SnapshotEntry]:
        """Every kept snapshot, oldest first (issued versions and replaced registers)."""
        rows = self._conn.execute(
            "SELECT seq, number, at, user, reason, file_name, file_sha256, content_sha256 FROM versions ORDER BY seq"
        )
        return [SnapshotEntry(*row) for row in rows]

    def snapshot_document(self, seq: int) -> dict[str, Any] | None:
        """The interchange document kept in snapshot ``seq``, or None when there is none."""
        row = self._conn.execute("SELECT snapshot FROM versions WHERE seq = ?", (seq,)).fetchone()
        return json.loads(zlib.decompress(row[0]).decode("utf-8")) if row else None

    # --- internals -----------------------------------------------------------------------

    def _meta(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        self._conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def _mark_recorded(self, kind: Kind) -> None:
        recorded = json.loads(self._meta("recorded_lists") or "[]")
        if kind.table not in recorded:
            self._set_meta("recorded_lists", _dumps([*recorded, kind.table]))

    def set_recorded(self, kind: Kind, recorded: bool) -> None:
        """Record an optional list as *none* (empty, recorded) or as *not recorded*."""
        if not kind.optional:
            return
        with self.transaction():
            lists = json.loads(self._meta("recorded_lists") or "[]")
            was = kind.table in lists
            if recorded == was:
                return
            lists = [*lists, kind.table] if recorded else [t for t in lists if t != kind.table]
            self._set_meta("recorded_lists", _dumps(lists))
            self._log("update", "register", f"{kind.table}-recorded", was, recorded)

    def _check_revision(self, table: str, item_id: str, current: int, what: Worded) -> None:
        seen = self._seen.get((table, item_id))
        if seen is not None and seen != current:
            who = self._conn.execute(
                "SELECT user, at FROM history WHERE entity = ? AND entity_id = ? ORDER BY seq DESC LIMIT 1",
                (table, item_id),
            ).fetchone()
            if who:
                raise ConflictError(
                    "{what} was changed by {user} at {at} in another window or program since you opened it; "
                    "your change was not saved so as not to overwrite theirs. Reload to see their version.",
                    what=what, user=who[0], at=who[1],
                )
            raise ConflictError(
                "{what} was changed in another window or program since you opened it; "
                "your change was not saved so as not to overwrite theirs. Reload to see their version.",
                what=what,
            )

    def _write_links(self, activity: model.Activity) -> None:
        for kind in CATALOGUES:
            self._conn.execute(f"DELETE FROM {kind.link_table} WHERE activity_id = ?", (activity.id,))
        self._insert_links([activity])

    def _insert_links(self, activities: list[model.Activity]) -> None:
        try:
            for kind in CATALOGUES:
                rows = [(a.id, ref) for a in activities for ref in referenced_ids(a, kind.table)]
                self._conn.executemany(
                    f"INSERT OR IGNORE INTO {kind.link_table} (activity_id, ref_id) VALUES (?, ?)", rows
                )
        except sqlite3.IntegrityError:
            raise StoreError(
                "the activity refers to a catalogue item that does not exist (deleted in another window?)"
            ) from None

    def _reencode(self, old_lang: str, new_lang: str) -> None:
        for kind in Kind:
            for item_id, doc in self._conn.execute(f"SELECT id, doc FROM {kind.table}").fetchall():
                item = decode(kind.model_class, json.loads(doc), old_lang)
                self._conn.execute(
                    f"UPDATE {kind.table} SET doc = ? WHERE id = ?", (_dumps(encode(item, new_lang)), item_id)
                )
        doc = self._conn.execute("SELECT doc FROM organisation WHERE id = 1").fetchone()[0]
        org = decode(_model().Organisation, json.loads(doc), old_lang)
        self._conn.execute("UPDATE organisation SET doc = ? WHERE id = 1", (_dumps(encode(org, new_lang)),))

    def _log(self, action: str, entity: str, entity_id: str, old: Any, new: Any) -> int:
        """Write a history row; its number is the revision of the version it records.

        History numbers never repeat in a register (AUTOINCREMENT), so neither do revisions:
        an item deleted and added again, or replaced by an import, never gets back a revision
        a stale window still holds, and that window's save is refused as a conflict. (Older
        files numbered revisions 1, 2, ... per item; each of those is at most the number of
        history rows then written, so the new numbers are above every old one.)
        """
        cursor = self._conn.execute(
            "INSERT INTO history (at, user, action, entity, entity_id, old, new, change_set) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                _now(),
                self.user,
                action,
                entity,
                entity_id,
                None if old is None else _dumps(old),
                None if new is None else _dumps(new),
                self._change_set,
            ),
        )
        return cursor.lastrowid or 0

    @staticmethod
    def _ensure_type(kind: Kind, item: Any) -> None:
        if not isinstance(item, kind.model_class):
            raise TypeError(f"{kind.name} expects {kind.model_class.__name__}, got {type(item).__name__}")


_BATCH = 1000  # rows per executemany: bounds the memory an import holds besides the register itself


class _HistoryBatch:
    """History rows of one transaction, written together; each gets the number :meth:`RegisterStore._log`
    would have given it (the next AUTOINCREMENT value, which nobody else can take while we hold
    the write lock), so revisions and version numbers are the same as row by row."""

    def __init__(self, store: RegisterStore) -> None:
        self._store = store
        row = store._conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'history'").fetchone()
        self._next = (row[0] if row else 0) + 1
        self._rows: list[tuple[Any, ...]] = []
        self._at = _now()

    def add(self, action: str, entity: str, entity_id: str, old: Any, new: Any) -> int:
        """Queue a row (``old``/``new``: values, or JSON text as stored); returns its number."""
        seq = self._next
        self._next += 1
        self._rows.append((seq, self._at, self._store.user, action, entity, entity_id, _text(old), _text(new),
                           self._store._change_set))
        return seq

    def flush(self) -> None:
        self._store._conn.executemany(
            "INSERT INTO history (seq, at, user, action, entity, entity_id, old, new, change_set) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", self._rows)
        self._rows = []


def _text(value: Any) -> str | None:
    return value if value is None or isinstance(value, str) else _dumps(value)


def _publish(tmp: Path, path: Path) -> None:
    """Give the complete file at ``tmp`` the name ``path``, unless ``path`` exists by now."""
    try:
        os.link(tmp, path)
        return
    except FileExistsError:
        raise StoreError("{path} already exists; choose another name or open it", path=str(path)) from None
    except OSError:
        pass  # a file system without hard links (FAT, some network shares): claim the name instead
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666)
    except FileExistsError:
        raise StoreError("{path} already exists; choose another name or open it", path=str(path)) from None
    except OSError as exc:
        raise StoreError("{path} cannot be created: {reason}", path=str(path), reason=exc.strerror) from None
    os.close(fd)
    try:
        os.replace(tmp, path)  # replaces only the empty file we have just claimed
    except OSError as exc:
        remove_quietly(path)
        raise StoreError("{path} cannot be created: {reason}", path=str(path), reason=exc.strerror) from None


def _writable(path: Path) -> bool:
    """Whether SQLite can write the file and make its side files (-wal, -shm) beside it."""
    return os.access(path, os.W_OK) and os.access(path.parent if str(path.parent) else Path("."), os.W_OK)


def _connect_and_identify(path: Path, *, read_only: bool) -> tuple[sqlite3.Connection, int, int]:
    conn = _connect(path, read_only=read_only)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError:
        conn.close()
        raise
    return conn, app_id, version


def _connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    # isolation_level=None: we issue BEGIN/COMMIT ourselves, so nothing commits behind our back.
    if read_only:
        # immutable: no lock or side file is made (none can be, here); the caller has made sure
        # no write-ahead log holds content the main file lacks.
        target, uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1", True
    else:
        target, uri = str(path), False
    conn = sqlite3.connect(target, isolation_level=None, timeout=10.0, uri=uri)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.Error:
        conn.close()  # not left open until a traceback that holds it is dropped
        raise
    return conn


def _noun(kind: Kind) -> Worded:
    return Worded(kind.noun)


def _the_item(kind: Kind, item_id: str) -> Worded:
    return Worded("the {kind} '{id}'", kind=_noun(kind), id=item_id)


def _write_failure_message(exc: sqlite3.Error) -> Worded:
    code = primary_code(exc)
    if code == SQLITE_FULL:
        return Worded("the disk is full: nothing was saved. Free some space and try again")
    if code == SQLITE_IOERR:
        return Worded("the register file could not be written (disk error): nothing was saved")
    if isinstance(exc, sqlite3.OperationalError):
        return _busy_message(exc)
    return Worded("the change could not be saved, and nothing was changed: {reason}", reason=str(exc))


def _busy_message(exc: sqlite3.OperationalError) -> Worded:
    code = primary_code(exc)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return Worded("the register is busy: another window or program is saving to it. Try again in a moment.")
    if code == SQLITE_READONLY:
        return Worded("the register file is read-only; copy it to a folder you can write to")
    return Worded("the register could not be written: {reason}", reason=str(exc))


def ltext_search_text(*texts: LText | Any) -> str:
    """Case-folded text of every language, for filtering (SQLite folds ASCII only)."""
    parts = []
    for t in texts:
        if isinstance(t, LText):
            parts.extend(t.values.values())
        elif isinstance(t, str):
            parts.append(t)
    return " ".join(parts).casefold()
