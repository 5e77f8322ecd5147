"""Write a file so that readers see either the old file or the complete new one.

The writer gets a temporary part file in the target folder (same file system, so the
final ``os.replace`` is atomic; see :mod:`ropa_desktop.output.part_files`); if it
raises, or the user cancels, the part file is removed and the target is left as it
was. A new file gets the permissions any new file of the user gets (the umask), a
replaced file keeps its own. A register file is never replaced by an export.
"""

from __future__ import annotations

import contextlib
import os
import stat
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from ropa_desktop.output.part_files import create_part_file, remove_quietly, sweep_stale_parts
from ropa_desktop.output.write_errors import ExportError, held_open_elsewhere, replace_error

# A register is an SQLite file whose header carries this application id ("ROPA", big-endian,
# at offset 68); the store writes it. Known here so that no export can replace a register.
REGISTER_APPLICATION_ID = 0x524F5041
_SQLITE_MAGIC = b"SQLite format 3\x00"
# Seconds between attempts to replace a file another program holds (about a second in all).
REPLACE_RETRY_DELAYS = (0.05, 0.1, 0.2, 0.3, 0.4)


def is_register_file(path: Path) -> bool:
    """Whether ``path`` is a ropa-desktop register file (by its header, not its name)."""
    try:
        with open(path, "rb") as f:
            head = f.read(72)
    except OSError:
        return False
    return (len(head) == 72 and head.startswith(_SQLITE_MAGIC)
            and int.from_bytes(head[68:72], "big") == REGISTER_APPLICATION_ID)


class TargetExists(ExportError):
    """The file to write exists and replacing it was not allowed.

    How to allow it depends on where the user is: ``--force`` on the command line, the save
    dialog's question in the app. So the error carries a ``code`` and the CLI and the GUI each
    word it from the catalogue (``cli.error.target-exists``, ``gui.error.target-exists``); the
    template is the command line's sentence, for ``str()`` and logs.
    """

    code = "target-exists"


def check_target(path: Path, *, overwrite: bool) -> None:
    """Raise ExportError if ``path`` cannot be written as asked (exists, folder missing, a register)."""
    if path.is_dir():
        raise ExportError("{path} is a folder, not a file", path=str(path))
    if not path.parent.is_dir():
        raise ExportError("the folder {folder} does not exist", folder=str(path.parent))
    if path.exists() and is_register_file(path):
        # Also with --force: `export reg.json -o reg.json --force` must not turn the register
        # into its own export (it is the accountability record itself).
        raise ExportError("{path} is a register file: an export never replaces a register; choose another name",
                          path=str(path))
    if path.exists() and not overwrite:
        raise TargetExists("{path} already exists; choose another name or allow replacing it (--force)", path=str(path))


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str], *, overwrite: bool) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it becomes ``path``."""
    target = Path(path)
    check_target(target, overwrite=overwrite)
    sweep_stale_parts(target.parent)
    try:
        tmp = create_part_file(target)
        new_file_mode = stat.S_IMODE(tmp.stat().st_mode)
    except OSError as exc:
        raise ExportError("cannot write in {folder}: {reason}", folder=str(target.parent),
                          reason=exc.strerror or str(exc)) from None
    try:
        yield tmp
        # Checked again: another program may have created the file while we wrote.
        check_target(target, overwrite=overwrite)
        try:
            # The writer may have replaced the part file with one of its own (signing does):
            # the mode is set just before the rename.
            os.chmod(tmp, _mode_for(target, new_file_mode))
            _replace(tmp, target)
        except OSError as exc:
            raise replace_error(target, exc) from None
    finally:
        remove_quietly(tmp)


def _replace(part: Path, target: Path) -> None:
    """``os.replace``, tried again for a moment when Windows says another program holds a file.

    A virus scanner or the search indexer opens a new file for a fraction of a second; a file
    open in Excel stays held, and the last attempt's error says so (``replace_error``).
    """
    for delay in (*REPLACE_RETRY_DELAYS, None):
        try:
            os.replace(part, target)
            return
        except PermissionError as exc:
            if delay is None or not held_open_elsewhere(exc, target):
                raise
            time.sleep(delay)


def _mode_for(target: Path, new_file_mode: int) -> int:
    """A replaced file keeps its permissions (the user may have narrowed or widened them)."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return new_file_mode


def atomic_write(path: str | os.PathLike[str], writer: Callable[[Path], None], *, overwrite: bool) -> Path:
    """Run ``writer(tmp_path)`` and move the result to ``path``; return ``path``.

    An ``OSError`` from the writer (disk full, permission) becomes an ExportError
    naming the target; any other exception (``Cancelled`` included) passes through.
    Either way nothing is left behind.
    """
    target = Path(path)
    with atomic_path(target, overwrite=overwrite) as tmp:
        try:
            writer(tmp)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise ExportError("cannot write {path}: {reason}", path=str(target), reason=reason) from None
    return target
