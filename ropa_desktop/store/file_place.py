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
