"""The log of published notices (Art. 5(2)): which text was published when, in the register file.

Each export is one row of ``notice_log``: when, by whom, audience, language, format,
version, the hash of the content and of the file, and the content itself; a notice published
with gaps (Art. 13/14 items the register did not fill) keeps them beside the content, under
``GAPS_KEY`` of the stored JSON, so the table needs no new column and older rows read as
published without gaps. The version
counts content: it grows when the content for that audience and language differs from
the one last published, and stays when the same text is published again (as PDF, say).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

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


_COLUMNS = ("seq, at, user, audience, lang, format, version, content_sha256, file_sha256, file_name, "
            f"json_extract(content, '$.{GAPS_KEY}')")


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
    return [_row(r) for r in store.db.execute(sql + " ORDER BY seq", params).fetchall()]


def latest_published(store: RegisterStore) -> list[PublishedNotice]:
    """The last publication of each audience and language."""
    rows = store.db.execute(
        f"SELECT {_COLUMNS} FROM {TABLE} WHERE seq IN (SELECT MAX(seq) FROM {TABLE} GROUP BY audience, lang) "
        "ORDER BY audience, lang"
    ).fetchall()
    return [_row(r) for r in rows]


def published_content(store: RegisterStore, seq: int) -> dict | None:
    """The content model as it was published (JSON), for showing or comparing an old text."""
    row = store.db.execute(f"SELECT content FROM {TABLE} WHERE seq = ?", [seq]).fetchone()
    if not (row and row[0]):
        return None
    content = json.loads(row[0])
    content.pop(GAPS_KEY, None)  # a fact of the publication, not of the content
    return content


def next_version(store: RegisterStore, notice: Notice) -> int:
    """The version ``notice`` gets when published: unchanged content keeps the last version."""
    row = store.db.execute(
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


def record_published(store: RegisterStore, notice: Notice, path: str | Path, format: str, *,
                     file_name: str | None = None) -> PublishedNotice:
    """Record that ``notice`` was exported to ``path`` as ``format`` ("html" or "pdf"), with its gaps
    (``notice.completeness``).

    The file must already be written: its SHA-256 is what proves later which text was
    published. ``file_name``: the name it is published under, when ``path`` is still the
    temporary file that becomes it. Raises StoreError if another user published a different text for the same
    audience and language since ``notice`` was built (its version would then be wrong).
    """
    if format not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, not {format!r}")
    path = Path(path)
    try:
        file_hash = file_sha256(path)
    except OSError as exc:
        raise StoreError("the exported notice {path} cannot be read to record it: {reason}", path=str(path),
                         reason=exc.strerror) from None
    content_hash = notice.content_sha256
    name = file_name or path.name
    stored = notice.content.to_json()
    gaps = tuple(notice.completeness)
    if gaps:
        stored[GAPS_KEY] = [{"article": g.article, "message": g.message} for g in gaps]
    at = dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    with store.transaction():
        version = next_version(store, notice)
        if notice.version is not None and notice.version != version:
            raise StoreError(
                "the notice was built as version {built}, but the log now calls for version {version} "
                "(someone published this notice meanwhile); build and export it again",
                built=notice.version, version=version,
            )
        cursor = store.db.execute(
            f"INSERT INTO {TABLE} (at, user, audience, lang, format, version, content_sha256, file_sha256, "
            "file_name, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                json.dumps(stored, ensure_ascii=False, sort_keys=True),
            ],
        )
        seq = cursor.lastrowid
    notice.version = version
    return PublishedNotice(
        seq, at, store.user, notice.content.audience, notice.lang, format, version, content_hash, file_hash, name,
        gaps,
    )
