"""The log of published notices (Art. 5(2)): which text was published when, in the register file.

Each export is one row of ``notice_log``: when, by whom, audience, language, format,
version, the hash of the content and of the file, and the content itself, kept once: its
canonical JSON (the very bytes its hash covers), zlib-compressed. A notice published with
gaps (Art. 13/14 items the register did not fill) keeps them in the ``gaps`` column, and the
option naming processors in ``processors_by``, so listing the log or checking a notice
never reads the content. Rows written before (schema version 4) keep the content as JSON
text with the gaps under ``GAPS_KEY``, and are read as they are. The version
counts content: it grows when the content for that audience and language differs from
the one last published, and stays when the same text is published again (as PDF, say).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ropa_desktop.base.resources import resource_path
from ropa_desktop.notices.notice_parts import Gap, Notice
from ropa_desktop.store.store_errors import StoreError

if TYPE_CHECKING:
    from ropa_desktop.store.register_store import RegisterStore

TABLE = "notice_log"
FORMATS = ("html", "pdf")
GAPS_KEY = "published_with_gaps"  # in the stored content JSON: [{"article": ..., "message": ...}, ...]


@dataclass(frozen=True, slots=True)
class PublishedNotice:
    seq: int
    at: str  # UTC timestamp, RFC 3339
    user: str
    audience: str  # data-subject category id, "" for the notice for all audiences
    lang: str
    format: str
    version: int
    content_sha256: str
    file_sha256: str
    file_name: str
    gaps: tuple[Gap, ...] = ()  # what the notice could not say when it was published (in its language)

    @property
    def published_on(self) -> dt.date:
        return dt.date.fromisoformat(self.at[:10])


# Older rows keep their gaps inside the content's JSON text; newer ones in their own column.
_COLUMNS = ("seq, at, user, audience, lang, format, version, content_sha256, file_sha256, file_name, "
            f"coalesce(gaps, CASE WHEN typeof(content) = 'text' THEN json_extract(content, '$.{GAPS_KEY}') END)")


def _row(row: tuple) -> PublishedNotice:
    gaps = tuple(Gap(g["article"], g["message"]) for g in json.loads(row[10])) if row[10] else ()
    return PublishedNotice(*row[:9], file_name=row[9] or "", gaps=gaps)


def published_notices(
    store: RegisterStore, audience: str | None = None, lang: str | None = None
) -> list[PublishedNotice]:
    """Every recorded publication, oldest first (optionally for one audience, "" = all, and language)."""
    sql = f"SELECT {_COLUMNS} FROM {TABLE}"
    where, params = [], []
    if audience is not None:
        where.append("audience = ?")
        params.append(audience)
    if lang is not None:
        where.append("lang = ?")
        params.append(lang)
    if where:
        sql += " WHERE " + " AND ".join(where)
    return [_row(r) for r in store.execute(sql + " ORDER BY seq", params).fetchall()]


def latest_published(store: RegisterStore) -> list[PublishedNotice]:
    """The last publication of each audience and language."""
    rows = store.execute(
        f"SELECT {_COLUMNS} FROM {TABLE} WHERE seq IN (SELECT MAX(seq) FROM {TABLE} GROUP BY audience, lang) "
        "ORDER BY audience, lang"
    ).fetchall()
    return [_row(r) for r in rows]


def published_content(store: RegisterStore, seq: int) -> dict | None:
    """The content model as it was published (JSON), for showing or comparing an old text."""
    row = store.execute(f"SELECT content FROM {TABLE} WHERE seq = ?", [seq]).fetchone()
    if not (row and row[0]):
        return None
    stored = row[0]
    content = json.loads(zlib.decompress(stored) if isinstance(stored, bytes) else stored)
    content.pop(GAPS_KEY, None)  # older rows: a fact of the publication, not of the content
    return content


def published_processors_by(store: RegisterStore, seq: int) -> str:
    """How the notice published as ``seq`` named processors ("name" or "category")."""
    row = store.execute(f"SELECT processors_by FROM {TABLE} WHERE seq = ?", [seq]).fetchone()
    if row and row[0]:
        return row[0]
    return (published_content(store, seq) or {}).get("processors_by", "name")  # a row from before schema 5


def next_version(store: RegisterStore, notice: Notice) -> int:
    """The version ``notice`` gets when published: unchanged content keeps the last version."""
    row = store.execute(
        f"SELECT version, content_sha256 FROM {TABLE} WHERE audience = ? AND lang = ? ORDER BY seq DESC LIMIT 1",
        [notice.content.audience, notice.lang],
    ).fetchone()
    if row is None:
        return 1
    version, content_sha256 = row
    return version if content_sha256 == notice.content_sha256 else version + 1


def file_sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


@functools.cache
def shipped_stamp() -> str:
    """Identifies this version of the program and the texts and reference data it ships: the
    notice's content depends on them as much as on the register."""
    from ropa_desktop import __version__

    digest = hashlib.sha256(__version__.encode("utf-8"))
    for folder in ("reference", "notices", "locale"):
        for file in sorted(p for p in resource_path(folder).rglob("*") if p.is_file()):
            digest.update(file.relative_to(resource_path()).as_posix().encode("utf-8"))
            digest.update(file.read_bytes())
    return digest.hexdigest()


def unchanged_since(store: RegisterStore, published: PublishedNotice, today: dt.date) -> bool:
    """True when the notice published as ``published`` was built from the register exactly as it is
    now, with the same program and reference data, and no adequacy decision came into or out of
    force since (the only thing in a notice that depends on the day): its content would be the
    same, so it need not be built again. False whenever that is not known."""
    row = store.execute(f"SELECT basis FROM {TABLE} WHERE seq = ?", [published.seq]).fetchone()
    if not (row and row[0]):
        return False
    basis = json.loads(row[0])
    if basis.get("seq") != store.history_seq() or basis.get("stamp") != shipped_stamp():
        return False
    built_on = dt.date.fromisoformat(basis["day"])
    from ropa_desktop.reference import adequacy_decisions

    for decision in adequacy_decisions():
        turns = [decision.adopted_on]  # in force from that day
        if decision.valid_until is not None:
            turns.append(decision.valid_until + dt.timedelta(days=1))  # lapsed from the day after
        if any(built_on < day <= today for day in turns):
            return False
    return built_on <= today


def record_published(store: RegisterStore, notice: Notice, path: str | Path, format: str, *,
                     file_name: str | None = None, register_seq: int | None = None) -> PublishedNotice:
    """Record that ``notice`` was exported to ``path`` as ``format`` ("html" or "pdf"), with its gaps
    (``notice.completeness``).

    The file must already be written: its SHA-256 is what proves later which text was
    published. ``file_name``: the name it is published under, when ``path`` is still the
    temporary file that becomes it. ``register_seq``: the register's :meth:`history_seq` read
    before the register the notice was built from was loaded; with it, ``ropa check`` can tell
    that the register has not changed since without building the notice again. Raises
    StoreError if another user published a different text for the same audience and language
    since ``notice`` was built (its version would then be wrong).
    """
    if format not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, not {format!r}")
    path = Path(path)
    try:
        file_hash = file_sha256(path)
    except OSError as exc:
        raise StoreError("the exported notice {path} cannot be read to record it: {reason}", path=str(path),
                         reason=exc.strerror) from None
    # The content is serialised once: the same canonical JSON gives its hash and what is kept.
    canonical = notice.canonical_content().encode("utf-8")
    content_hash = hashlib.sha256(canonical).hexdigest()
    name = file_name or path.name
    gaps = tuple(notice.completeness)
    basis = json.dumps({"seq": register_seq, "day": notice.date.isoformat(), "stamp": shipped_stamp()}) \
        if register_seq is not None else None
    gaps_json = json.dumps([{"article": g.article, "message": g.message} for g in gaps], ensure_ascii=False) \
        if gaps else None
    at = dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    with store.transaction():
        version = next_version(store, notice)
        if notice.version is not None and notice.version != version:
            raise StoreError(
                "the notice was built as version {built}, but the log now calls for version {version} "
                "(someone published this notice meanwhile); build and export it again",
                built=notice.version, version=version,
            )
        cursor = store.execute(
            f"INSERT INTO {TABLE} (at, user, audience, lang, format, version, content_sha256, file_sha256, "
            "file_name, content, gaps, processors_by, basis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                at,
                store.user,
                notice.content.audience,
                notice.lang,
                format,
                version,
                content_hash,
                file_hash,
                name,
                zlib.compress(canonical, 6),
                gaps_json,
                notice.content.processors_by,
                basis,
            ],
        )
        seq = cursor.lastrowid
    notice.version = version
    return PublishedNotice(
        seq, at, store.user, notice.content.audience, notice.lang, format, version, content_hash, file_hash, name,
        gaps,
    )
