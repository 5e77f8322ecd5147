"""Retire rather than delete: an activity that stopped is kept, marked retired, and can be restored.

Art. 5(2) asks the controller to be able to show what was processed and when it stopped; a
deleted activity only survives in the history. So deleting an activity asks, with *Retire*
as the default answer; a real deletion is still possible, asked for, and recorded. Both are
one undoable step.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from ropa_desktop.gui.commands import UpdateItem, perform
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.i18n import tr
from ropa_desktop.store import Kind

RETIRE, DELETE, CANCEL = "retire", "delete", "cancel"


def ask_retire_or_delete(parent: QWidget, name: str) -> str:
    """RETIRE (the default), DELETE or CANCEL, as the user answers."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Retire or delete?"))
    box.setText(tr("Retire “%1”? A retired activity stays in the register, marked as no longer carried out, "
                   "so you can show what was processed and when it stopped. Delete removes it; only the "
                   "history keeps it.").replace("%1", name))
    retire = box.addButton(tr("Retire"), QMessageBox.ButtonRole.AcceptRole)
    delete = box.addButton(tr("Delete for good"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(retire)
    box.exec()
    clicked = box.clickedButton()
    return RETIRE if clicked is retire else DELETE if clicked is delete else CANCEL


def set_status(ctx: AppContext, item: Any, status: str) -> bool:
    """Retire (status 'retired') or restore (status 'active') an activity as one undo step."""
    text = (tr("Retire “%1”") if status == "retired" else tr("Restore “%1”")).replace("%1", ctx.text(item.name))
    return perform(ctx, UpdateItem(ctx, Kind.ACTIVITY, item, dataclasses.replace(item, status=status), text))
