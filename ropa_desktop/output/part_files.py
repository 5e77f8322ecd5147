"""Temporary files beside a target ("part files"), named so that we know our own leftovers.

A file being written goes to ``.NAME.~ropa-HOST-PID-RANDOM.part`` in the target's folder
and is renamed over the target when complete. A process killed half-way (power cut,
kill -9) cannot clean up; the next write to that folder removes the part files a dead
process of this computer left, and any of ours older than an hour (from another
computer sharing the folder, whose processes we cannot ask). Nothing else is touched:
the pattern is ours alone.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import time
from pathlib import Path

from ropa_desktop.base.processes import host_name, process_running

STALE_AFTER_S = 3600.0  # a part file of another computer older than this is abandoned
_MAX_STEM = 180  # keeps the part file's name within the 255 bytes most file systems allow
_PART = re.compile(r"^\..*\.~ropa-(?P<host>[0-9a-f]{8})-(?P<pid>\d+)-[0-9a-f]{8}\.part(?:[.-][a-z]+)?$", re.DOTALL)


def _host_tag() -> str:
    return hashlib.sha256(host_name().encode("utf-8", "surrogatepass")).hexdigest()[:8]


def part_name(target: Path) -> Path:
    """A fresh, unused-looking name for a part file of ``target`` (the file is not created)."""
    stem = target.name[:_MAX_STEM]
    return target.with_name(f".{stem}.~ropa-{_host_tag()}-{os.getpid()}-{os.urandom(4).hex()}.part")


def create_part_file(target: Path) -> Path:
    """Create an empty part file of ``target`` that no other process has (O_EXCL).

    Created with mode 0666 less the umask, as any program's new file is (``mkstemp``
    would make it 0600 whatever the user chose).
    """
    while True:
        tmp = part_name(target)
        try:
            fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o666)
        except FileExistsError:
            continue
        os.close(fd)
        return tmp


def is_part_file(name: str) -> bool:
    return _PART.match(name) is not None


def sweep_stale_parts(folder: Path, *, now: float | None = None) -> list[Path]:
    """Remove our abandoned part files in ``folder``; returns what was removed. Never raises."""
    now = time.time() if now is None else now
    here = _host_tag()
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _PART.match(entry.name)
        if match is None:
            continue
        try:
            age = now - entry.stat(follow_symlinks=False).st_mtime
            pid = int(match["pid"])
            dead_here = match["host"] == here and pid != os.getpid() and not process_running(pid)
            if age > STALE_AFTER_S or dead_here:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue  # gone meanwhile, or not ours to remove: leave it
    return removed


def remove_quietly(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
