"""Who else has the register open: the sentence for the info bar at the top of the window."""

from __future__ import annotations

from typing import Any

from ropa_desktop.gui.i18n import tr
from ropa_desktop.gui.when import local_time


def presence_text(others: list[dict[str, Any]]) -> str:
    """One sentence naming the first other program, and how many more; '' when alone."""
    if not others:
        return ""
    first = others[0]
    if len(others) == 1:
        text = tr("This register is also open by %1 on %2 since %3. You can both work: if you both change "
                  "the same item, the second save is refused and you are asked to reload.")
    else:
        text = tr("This register is also open by %1 on %2 since %3, and by %n more. You can all work: if two "
                  "of you change the same item, the second save is refused and that person is asked to "
                  "reload.", "", len(others) - 1)
    return (text.replace("%1", str(first.get("user") or "?")).replace("%2", str(first.get("host") or "?"))
            .replace("%3", local_time(str(first.get("started_at") or ""))))


def place_text(store: Any) -> str:
    """A sentence about where the open register lives, when that limits what is safe; '' otherwise."""
    if store is None:
        return ""
    from ropa_desktop.store.file_place import cloud_sync_service

    if getattr(store, "read_only", False):
        return tr("This register is read-only here: you can read, check and export it, but not change it. "
                  "Copy it to a folder you can write to, to work on it.")
    service = cloud_sync_service(store.path)
    if service:
        return tr("This register is in a folder that %1 synchronises. Open it on one computer at a time: the "
                  "service does not carry the register's locks, so two computers could overwrite each other's "
                  "work.").replace("%1", service)
    return ""
