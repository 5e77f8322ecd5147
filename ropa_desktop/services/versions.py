"""Register versions: what the DPO issued, numbered 1, 2, ... — not a count of transactions.

A version is issued by an export for the supervisory authority or a signed export. Each
keeps the register as it was (the interchange document, compressed) inside the register
file, with who issued it, when, where the file was written and the file's SHA-256, so that
the DPO can show what was sent and answer "what changed since?" (Art. 5(2)).

An export of a register unchanged since the last issued version is that version again; an
own-copy export of a changed register is a *draft* of the next one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ropa_desktop.base.worded import WordedError
from ropa_desktop.output.catalogue import label
from ropa_desktop.store.register_store import RegisterStore, SnapshotEntry, snapshot_of

if TYPE_CHECKING:
    from ropa_desktop.domain.model import Register

AUTHORITY, SIGNED, REPLACED = "authority", "signed", "replaced"  # why a snapshot was kept


class VersionError(WordedError):
    """A version asked for that the register does not hold."""


@dataclass(frozen=True)
class CoverVersion:
    """The version an export records: ``number`` issued on ``date``, or a draft of ``number``."""

    number: int
    draft: bool
    date: str | None = None  # ISO date the version was issued (None for a draft)
    # snapshot_of(the register), made once to compare it with the last version and kept to record it
    snapshot: tuple[bytes, str] | None = field(default=None, compare=False, repr=False)

    def text(self, lang: str) -> str:
        if self.draft:
            return label("version_draft", lang).format(number=self.number)
        return label("version_issued", lang).format(number=self.number, date=self.date)


def issued_versions(store: RegisterStore) -> list[SnapshotEntry]:
    """Every issued version, oldest first (a number may appear again: the same version exported again)."""
    return [s for s in store.snapshots() if s.number is not None]


def cover_version(store: RegisterStore, register: Register, *, issuing: bool) -> CoverVersion:
    """The version an export of ``register`` records.

    Unchanged since the last issued version: that version. Otherwise an issuing export
    (for the authority, or signed) is the next version, and any other export its draft.
    """
    issued = issued_versions(store)
    last = issued[-1] if issued else None
    snapshot = snapshot_of(register) if (issuing or last is not None) else None
    if last is not None and last.number is not None and snapshot is not None and last.content_sha256 == snapshot[1]:
        return CoverVersion(last.number, draft=False, date=_local_date(last.at), snapshot=snapshot)
    number = (max(s.number for s in issued if s.number is not None) + 1) if issued else 1
    if issuing:
        return CoverVersion(number, draft=False, date=dt.date.today().isoformat(), snapshot=snapshot)
    return CoverVersion(number, draft=True)


def _local_date(at: str) -> str:
    """The local calendar date of a stored UTC time (the date the DPO saw on their clock)."""
    return dt.datetime.fromisoformat(at).astimezone().date().isoformat()


def record_issued(register_path: str | Path, register: Register, version: CoverVersion, *, reason: str,
                  written: Path) -> int:
    """Keep ``register`` in its file as issued version ``version.number``, written to ``written``."""
    digest = hashlib.sha256(written.read_bytes()).hexdigest()
    with RegisterStore.open(Path(register_path)) as store:
        return store.keep_snapshot(register, number=version.number, reason=reason,
                                   file_name=str(written.resolve()), file_sha256=digest, made=version.snapshot)


def version_document(store: RegisterStore, number: int) -> dict[str, Any]:
    """The register as issued in version ``number`` (its first issue); VersionError when there is none."""
    for entry in issued_versions(store):
        if entry.number == number:
            doc = store.snapshot_document(entry.seq)
            if doc is not None:
                return doc
    raise VersionError("{name} has no version {number}; `ropa versions` lists the versions it has",
                       name=store.path.name, number=number)


def last_issued_number(store: RegisterStore) -> int | None:
    numbers = [s.number for s in issued_versions(store) if s.number is not None]
    return max(numbers) if numbers else None
