"""Errors the exporters raise; the CLI prints their English text, the GUI says it in its language."""

from __future__ import annotations

import os
from pathlib import Path

from ropa_desktop.base.worded import WordedError

# Windows' error numbers (OSError.winerror) when a file cannot be replaced.
ERROR_ACCESS_DENIED = 5
ERROR_SHARING_VIOLATION = 32
ERROR_LOCK_VIOLATION = 33


class ExportError(WordedError):
    """An export could not be written; the message names the file and the reason."""


class Cancelled(Exception):
    """The user cancelled a long export; nothing was written."""


def held_open_elsewhere(exc: OSError, target: Path) -> bool:
    """Whether replacing ``target`` failed because another program has it open (Windows).

    Excel and Acrobat open a file without sharing its deletion, and Windows then refuses to
    replace it: as a sharing violation, or as "access denied", which a read-only file gets too,
    so that one counts only when the file itself could be written.
    """
    winerror = getattr(exc, "winerror", None)
    if winerror in (ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION):
        return True
    return winerror == ERROR_ACCESS_DENIED and target.is_file() and os.access(target, os.W_OK)


def replace_error(target: Path, exc: OSError) -> ExportError:
    """The error to raise when a finished part file could not become ``target``."""
    if held_open_elsewhere(exc, target):
        return ExportError("the file {path} is open in another program (for example Excel); close it there and try again", path=str(target))  # noqa: E501
    return ExportError("cannot write {path}: {reason}", path=str(target), reason=exc.strerror or str(exc))
