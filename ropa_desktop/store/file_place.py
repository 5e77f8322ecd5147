"""Where a register file lives, as far as it matters for keeping it whole.

A register on a folder that a cloud service synchronises (OneDrive, Dropbox, iCloud
Drive, Google Drive) is safe from one computer. Opened on two computers at once, each
works on its own copy and the service later keeps one of them, or makes a "conflicted
copy": SQLite's locks do not cross the service, so the refusal of a stale save cannot
work there. We cannot see the service; its folder names tell us.
"""

from __future__ import annotations

import re
from pathlib import Path

# Folder names the services create (per platform, including their business variants).
_SERVICES = (
    ("OneDrive", re.compile(r"^onedrive( - .+)?$|^onedrive-", re.IGNORECASE)),
    ("Dropbox", re.compile(r"^dropbox( \(.+\))?$", re.IGNORECASE)),
    ("iCloud Drive", re.compile(r"^(icloud ?drive|mobile documents|com~apple~clouddocs)$", re.IGNORECASE)),
    ("Google Drive", re.compile(r"^(google ?drive|my drive|googledrive-.+|googledrive)$", re.IGNORECASE)),
)


def cloud_sync_service(path: Path | str) -> str | None:
    """The cloud service whose synchronised folder holds ``path`` (by folder names), or None."""
    for part in Path(path).expanduser().absolute().parts[:-1]:
        for service, pattern in _SERVICES:
            if pattern.match(part):
                return service
    return None


def is_network_share(path: Path | str) -> bool:
    """A Windows UNC path (``\\\\server\\share\\...``). A mapped drive letter cannot be told from
    its name; it is named in docs/platforms.md as a known gap."""
    text = str(path).replace("/", "\\")
    if text.upper().startswith("\\\\?\\UNC\\"):  # the long-path form of a UNC path
        return True
    return text.startswith("\\\\") and not text.startswith(("\\\\?\\", "\\\\.\\"))


def journal_mode(path: Path | str) -> str:
    """The SQLite journal for a register at ``path``: WAL where the file is on a local disk,
    the rollback journal (DELETE) on a network share or in a synchronised cloud folder.

    WAL keeps its index in shared memory (the ``-shm`` file, mapped by every program that has
    the register open); that works only when all of them run on the one machine whose disk
    holds the file. Over SMB/NFS the mapping is not shared between machines, so two programs
    can each believe they have the latest state; a cloud service also copies ``-wal`` and
    ``-shm`` on their own, out of step with the register. The rollback journal keeps every
    committed change inside the one file, and its locks are the file system's own.
    """
    return "DELETE" if is_network_share(path) or cloud_sync_service(path) else "WAL"
