"""A save refused because someone else changed the item first: say so in plain words, offer Reload.

The store refuses such a write with ConflictError; the words here come from the
register's own history (who changed the item, and when), with the error's own fields
used only when the history has no answer.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from ropa_desktop.gui.i18n import tr
from ropa_desktop.gui.when import local_time


def last_change(store: Any, entity: str, entity_id: str) -> Any:
    """The newest history entry about one item, or None."""
    try:
        entries = [e for e in store.history(entity_id) if e.entity == entity]
    except Exception:  # a conflict message must not fail for want of history
        return None
    return entries[-1] if entries else None


def conflict_text(store: Any, entity: str | None, entity_id: str | None, name: str, exc: BaseException) -> str:
    """What happened, who did it, and what to do, as one translated message."""
    entry = last_change(store, entity, entity_id) if store is not None and entity and entity_id else None
    user = at = None
    deleted = False
    if entry is not None:
        user, at, deleted = entry.user, entry.at, entry.action == "delete"
    else:
        fields = getattr(exc, "fields", {})
        user, at = fields.get("user"), fields.get("at")
        deleted = "no longer exists" in getattr(exc, "template", "")
    name = name or entity_id or tr("this item")
    if deleted and user:
        text = tr("“%1” was deleted by %2 at %3, in another window or on another computer. "
                  "Your change was not saved. Reload to see the register as it is now.")
    elif deleted:
        text = tr("“%1” was deleted in another window or on another computer. "
                  "Your change was not saved. Reload to see the register as it is now.")
    elif user:
        text = tr("“%1” was changed by %2 at %3, in another window or on another computer, after you "
                  "opened it. Your change was not saved, so that it does not overwrite theirs. Reload to see "
                  "their version, then make your change again if it is still needed.")
    else:
        text = tr("“%1” was changed in another window or on another computer after you opened it. "
                  "Your change was not saved, so that it does not overwrite theirs. Reload to see "
                  "their version, then make your change again if it is still needed.")
    return text.replace("%1", name).replace("%2", user or "").replace("%3", local_time(at) if at else "")


def ask_reload(parent: QWidget | None, title: str, text: str) -> bool:
    """The refused save explained; True when the user chose Reload."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    reload_button = box.addButton(tr("&Reload"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Not now"), QMessageBox.ButtonRole.RejectRole)
    box.setInformativeText(tr("“Not now” keeps what you typed on screen, so you can copy it; "
                              "View → Reload shows their version later."))
    box.setDefaultButton(reload_button)
    box.exec()
    return box.clickedButton() is reload_button
