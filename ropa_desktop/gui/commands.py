"""Every edit is one QUndoCommand on the context's one undo stack.

A command holds the domain objects before and after, and writes them through the
store, which saves each as one transaction. ``perform`` runs the first write
before the command goes on the stack, so that a write the store refuses (a
conflict, an item in use) is reported and never becomes an undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from ropa_desktop.domain.model import Activity, Organisation
from ropa_desktop.domain.references import without_reference
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.i18n import tr
from ropa_desktop.store import Kind, StoreError


class StoreCommand(QUndoCommand):
    def __init__(self, ctx: AppContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._first = True

    # subclasses write through the store here
    def do(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def conflict_subject(self) -> tuple[str | None, str | None, str]:
        """(history entity, item id, display name) of what a refused save was about."""
        return None, None, ""

    def redo(self) -> None:
        if self._first:  # perform() already wrote it
            self._first = False
            return
        self._guarded(self.do, tr("Redo failed"))

    def undo(self) -> None:
        self._guarded(self.revert, tr("Undo failed"))

    def _guarded(self, action: Any, title: str) -> None:
        try:
            action()
        except StoreError as exc:
            # The register moved on under us (another window, another program): this step
            # can no longer be applied; drop it rather than leave a step that fails forever.
            self.setObsolete(True)
            self.ctx.error(title, exc)
            self.ctx.notify_replaced()


def perform(ctx: AppContext, command: StoreCommand, error_title: str | None = None,
            show_stored: Callable[[], None] | None = None) -> bool:
    """Write the command's change and put it on the undo stack; False when the store refused.

    A save refused because someone else changed the item first is explained, and the user
    chooses whether to reload now (their window stays where it was) or keep what they typed
    on screen. ``show_stored`` puts the stored value back in the form after any other refusal.
    """
    try:
        command.do()
    except StoreError as exc:
        if _is_conflict(exc):
            from ropa_desktop.gui.conflicts import conflict_text

            entity, entity_id, name = command.conflict_subject()
            text = conflict_text(ctx.store, entity, entity_id, name, exc)
            if ctx.ask_reload(tr("Someone else changed this first"), text):
                ctx.reload_from_file()
            else:
                ctx.keep_stale_view()
            return False
        ctx.error(error_title or tr("The change was not saved"), exc)
        if show_stored is not None:
            show_stored()
        return False
    ctx.undo_stack.push(command)
    return True


def _is_conflict(exc: StoreError) -> bool:
    from ropa_desktop.store import ConflictError

    return isinstance(exc, ConflictError)


class UpdateItem(StoreCommand):
    """Change one item of a list (an activity, a processor, a catalogue entry)."""

    def __init__(self, ctx: AppContext, kind: Kind, before: Any, after: Any, text: str | None = None) -> None:
        super().__init__(ctx, text or tr("Edit “%1”").replace("%1", ctx.text(_name(after))))
        self.kind, self.before, self.after = kind, before, after

    def conflict_subject(self) -> tuple[str | None, str | None, str]:
        return self.kind.table, self.after.id, self.ctx.text(_name(self.after))

    def do(self) -> None:
        assert self.ctx.store is not None
        self.ctx.store.update(self.kind, self.after)
        self.ctx.notify_item(self.kind, self.after.id)

    def revert(self) -> None:
        assert self.ctx.store is not None
        self.ctx.store.update(self.kind, self.before)
        self.ctx.notify_item(self.kind, self.before.id)


class AddItem(StoreCommand):
    def __init__(self, ctx: AppContext, kind: Kind, item: Any, position: int | None = None) -> None:
        super().__init__(ctx, tr("Add “%1”").replace("%1", ctx.text(_name(item))))
        self.kind, self.item, self.position = kind, item, position

    def do(self) -> None:
        assert self.ctx.store is not None
        self.ctx.store.add(self.kind, self.item, self.position)
        self.ctx.notify_item(self.kind, "")

    def revert(self) -> None:
        assert self.ctx.store is not None
        self.ctx.store.delete(self.kind, self.item.id)
        self.ctx.notify_item(self.kind, "")


class DeleteItem(StoreCommand):
    """Delete an item; activities that refer to it lose the reference in the same transaction."""

    def __init__(self, ctx: AppContext, kind: Kind, item: Any) -> None:
        super().__init__(ctx, tr("Delete “%1”").replace("%1", ctx.text(_name(item))))
        assert ctx.store is not None
        self.kind, self.item = kind, item
        self.position = ctx.store.ids(kind).index(item.id)
        self.referring: list[Activity] = []
        for activity_id, _activity_name in ctx.store.referrers(kind, item.id):
            activity = ctx.store.get(Kind.ACTIVITY, activity_id)
            if activity is not None:
                self.referring.append(activity)

    def do(self) -> None:
        store = self.ctx.store
        assert store is not None
        with store.transaction():
            name = self.item.name if isinstance(self.item.name, str) else self.item.name.text(store.languages)
            for activity in self.referring:
                store.update(Kind.ACTIVITY, without_reference(activity, self.kind.table, self.item.id, name))
            store.delete(self.kind, self.item.id)
        self.ctx.notify_item(self.kind, "")
        if self.referring:
            self.ctx.notify_item(Kind.ACTIVITY, "")

    def revert(self) -> None:
        store = self.ctx.store
        assert store is not None
        with store.transaction():
            store.add(self.kind, self.item, self.position)
            for activity in self.referring:
                store.update(Kind.ACTIVITY, activity)
        self.ctx.notify_item(self.kind, "")
        if self.referring:
            self.ctx.notify_item(Kind.ACTIVITY, "")


class SetRecorded(StoreCommand):
    """Record an empty register-level list (recipients, processors, measures) as none, or as not recorded."""

    def __init__(self, ctx: AppContext, kind: Kind, recorded: bool) -> None:
        super().__init__(ctx, tr("Record “none”") if recorded else tr("Mark as not recorded"))
        self.kind, self.recorded = kind, recorded

    def _set(self, recorded: bool) -> None:
        assert self.ctx.store is not None
        self.ctx.store.set_recorded(self.kind, recorded)
        self.ctx.notify_item(self.kind, "")

    def do(self) -> None:
        self._set(self.recorded)

    def revert(self) -> None:
        self._set(not self.recorded)


class SetOrganisation(StoreCommand):
    def __init__(self, ctx: AppContext, before: Organisation, after: Organisation) -> None:
        super().__init__(ctx, tr("Edit the organisation"))
        self.before, self.after = before, after

    def conflict_subject(self) -> tuple[str | None, str | None, str]:
        return "organisation", "organisation", self.after.name

    def do(self) -> None:
        assert self.ctx.store is not None
        self.ctx.store.set_organisation(self.after)
        self.ctx.notify_organisation()

    def revert(self) -> None:
        assert self.ctx.store is not None
        self.ctx.store.set_organisation(self.before)
        self.ctx.notify_organisation()


def _name(item: Any) -> Any:
    return getattr(item, "name", None) or getattr(item, "id", "")
