"""Write a file so that readers see either the old file or the complete new one.

The writer gets a temporary path in the target folder (same file system, so the
final ``os.replace`` is atomic); if it raises, or the user cancels, the temporary
file is removed and the target is left as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from ropa_desktop.output.write_errors import ExportError


def check_target(path: Path, *, overwrite: bool) -> None:
    """Raise ExportError if ``path`` cannot be written as asked (exists, folder missing)."""
    if path.is_dir():
        raise ExportError("{path} is a folder, not a file", path=str(path))
    if not path.parent.is_dir():
        raise ExportError("the folder {folder} does not exist", folder=str(path.parent))
    if path.exists() and not overwrite:
        raise ExportError("{path} already exists; choose another name or allow replacing it (--force)", path=str(path))


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str], *, overwrite: bool) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it becomes ``path``."""
    target = Path(path)
    check_target(target, overwrite=overwrite)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise ExportError("cannot write in {folder}: {reason}", folder=str(target.parent),
                          reason=exc.strerror) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        # Checked again: another program may have created the file while we wrote.
        check_target(target, overwrite=overwrite)
        try:
            os.replace(tmp, target)
        except OSError as exc:
            raise ExportError("cannot write {path}: {reason}", path=str(target), reason=exc.strerror) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


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
