"""Save a copy of a register: the whole file, consistent, under another name (File → Save a copy…).

SQLite's online backup copies a register that is open, WAL included, as one consistent
state: a plain file copy of an open register can miss the last changes or catch half of one.
The copy is written under a temporary name and renamed when complete.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

from ropa_desktop.output.atomic import atomic_write
from ropa_desktop.output.write_errors import ExportError
from ropa_desktop.store import StoreError
from ropa_desktop.store.register_store import RegisterStore


def save_copy(store: RegisterStore, target: Path, *, overwrite: bool = False) -> Path:
    """Write a consistent copy of ``store``'s register to ``target``; returns ``target``."""
    # samefile, not a comparison of names: on Windows and macOS "Register.ropa" is "register.ropa".
    if target.exists() and os.path.samefile(target, store.path):
        raise StoreError("{path} is the register itself; choose another name for the copy", path=str(target))
    try:
        atomic_write(target, store.backup_to, overwrite=overwrite)
    except ExportError as exc:
        raise StoreError(exc.template, **exc.fields) from None
    with contextlib.suppress(OSError):
        shutil.copymode(store.path, target)  # the copy is as private as the register
    return target
