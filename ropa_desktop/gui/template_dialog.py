"""Edit → New activity from template…: pick one of the typical activities we wrote, and it is added as a draft.

The list names each template in the UI language, with what the activity is in a sentence.
The service (``services/activity_templates.py``, as ``ropa add --template``) picks the law of
the organisation's country and the register's languages; the activity and the catalogue
entries it needs are added as one undo step, and the new activity is shown selected.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ropa_desktop.gui.commands import StoreCommand, perform
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.i18n import tr
from ropa_desktop.services.activity_templates import Planned, apply_plan, plan, remove_plan, templates
from ropa_desktop.store import Kind
from ropa_desktop.store.kinds import CATALOGUES


class TemplateDialog(QDialog):
    """The templates by name in the UI language; the one chosen is described below the list."""

    def __init__(self, ui_lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New activity from template"))
        self.resize(560, 460)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Choose a typical activity. It is added as a draft with the law of your "
                          "organisation's country: review it, name its processors and set it active."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Activity templates"))
        for item in templates():
            row = QListWidgetItem(item.title(ui_lang))
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            row.setToolTip(item.summary(ui_lang))
            self.list.addItem(row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setMinimumHeight(self.summary.fontMetrics().lineSpacing() * 3)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.addButton(tr("Add activity"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.currentRowChanged.connect(self._show_summary)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        for widget in (intro, self.list, self.summary, self.buttons):
            layout.addWidget(widget)
        self.list.setCurrentRow(0)

    def _show_summary(self, row: int) -> None:
        item = self.list.item(row)
        self.summary.setText(item.toolTip() if item is not None else "")
        self.add_button.setEnabled(item is not None)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


class AddFromTemplate(StoreCommand):
    """The template's activity and the entries it needs, added (and taken out again) as one step."""

    def __init__(self, ctx: AppContext, planned: Planned) -> None:
        super().__init__(ctx, tr("Add “%1”").replace("%1", ctx.text(planned.activity.name)))
        self.planned = planned

    def do(self) -> None:
        assert self.ctx.store is not None
        apply_plan(self.ctx.store, self.planned)
        self._notify()

    def revert(self) -> None:
        assert self.ctx.store is not None
        remove_plan(self.ctx.store, self.planned)
        self._notify()

    def _notify(self) -> None:
        for kind in CATALOGUES:
            if self.planned.new.get(kind):
                self.ctx.notify_item(kind, "")
        self.ctx.notify_item(Kind.ACTIVITY, "")


def new_activity_from_template(parent: QWidget, ctx: AppContext) -> str | None:
    """Ask for a template and add its activity; the new activity's id, or None when nothing was added."""
    if ctx.store is None:
        return None
    dialog = TemplateDialog(ctx.ui_lang, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
        return None
    planned = plan(ctx.register(), dialog.chosen())
    if not perform(ctx, AddFromTemplate(ctx, planned), tr("The activity was not added")):
        return None
    ctx.open_requested.emit(Kind.ACTIVITY.value, planned.activity.id, "")  # shown selected in its editor
    return planned.activity.id
