"""Edit → Duplicate activity: a draft copy of the activity shown, beside it in the list, as one undo step."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ropa_desktop.gui.commands import AddItem, perform
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.i18n import tr
from ropa_desktop.services.duplicate_activity import duplicate
from ropa_desktop.store import Kind


def duplicate_activity(ctx: AppContext, activity_id: str) -> str | None:
    """Add a copy of the activity right after it and show it; the copy's id, or None when nothing was added."""
    store = ctx.store
    if store is None or store.get(Kind.ACTIVITY, activity_id) is None:
        return None
    twin = duplicate(ctx.register(), activity_id)
    position = store.ids(Kind.ACTIVITY).index(activity_id) + 1
    if not perform(ctx, AddItem(ctx, Kind.ACTIVITY, twin, position), tr("The activity was not duplicated")):
        return None
    ctx.open_requested.emit(Kind.ACTIVITY.value, twin.id, "")
    return twin.id


def current_activity_id(page: QWidget | None) -> str | None:
    """The activity the page's editor shows, when the page is the Activities list."""
    kind = getattr(page, "kind", None)
    editor = getattr(page, "editor", None)
    if kind is not Kind.ACTIVITY or editor is None or editor.item is None:
        return None
    return editor.item.id
