"""What can go wrong with a register file, each with a message a DPO can act on.

SQLite's errors are told apart by their result code (``sqlite_errorcode``), never by the
English text of the message, which SQLite is free to reword.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ropa_desktop.base.worded import WordedError

# Primary result codes (https://sqlite.org/rescode.html); extended codes keep them in the low byte.
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_NOTADB = 26


class StoreError(WordedError):
    """A register file could not be read or written; the message says why in plain words."""


class NotARegisterError(StoreError):
    pass


class DamagedRegisterError(StoreError):
    """The file is a register whose pages are damaged (SQLITE_CORRUPT): restore a backup."""


class TooNewError(StoreError):
    pass


class ConflictError(StoreError):
    """Someone else (another window, process or computer) changed the item since it was read."""


class InUseError(StoreError):
    """An item cannot be deleted because others refer to it; ``referrers`` names them."""

    def __init__(self, template: str, /, referrers: list[tuple[str, str]], **fields: Any) -> None:
        super().__init__(template, **fields)
        self.referrers = referrers


class NotEmptyError(StoreError):
    """An import without --replace found a register that already holds items."""


def primary_code(exc: sqlite3.Error) -> int | None:
    """SQLite's primary result code of ``exc`` (SQLITE_IOERR for SQLITE_IOERR_WRITE, ...)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def damaged(path: Path) -> DamagedRegisterError:
    """The message for a damaged register, naming the newest backup copy beside it if there is one."""
    backup = latest_backup(path)
    if backup is not None:
        return DamagedRegisterError(
            "{path} is damaged and cannot be read. Restore it from a backup: the newest copy ropa-desktop "
            "kept before an import is {backup}", path=str(path), backup=str(backup))
    return DamagedRegisterError(
        "{path} is damaged and cannot be read. Restore it from a backup (ropa-desktop keeps one before each "
        "import that replaces a register, named {pattern} beside it)",
        path=str(path), pattern=f"{path.stem}.before-import-N{path.suffix}")


def latest_backup(path: Path) -> Path | None:
    """The ``NAME.before-import-N`` copy with the highest N beside ``path``, if any."""
    pattern = re.compile(re.escape(path.stem) + r"\.before-import-(\d+)" + re.escape(path.suffix) + "$")
    found = [(int(m[1]), p) for p in path.parent.glob(f"{path.stem}.before-import-*")
             if (m := pattern.match(p.name)) and p.is_file()]
    return max(found)[1] if found else None


@contextlib.contextmanager
def damage_reported(path: Path) -> Iterator[None]:
    """Reading the register: damaged pages become one clear error instead of SQLite's."""
    try:
        yield
    except sqlite3.DatabaseError as exc:
        if primary_code(exc) == SQLITE_CORRUPT:
            raise damaged(path) from None
        raise
