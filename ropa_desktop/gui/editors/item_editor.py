"""The editor beside a list: the selected item's form, and the findings about it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.finding_words import finding_message
from ropa_desktop.gui.i18n import tr
from ropa_desktop.gui.widgets.findings_list import severity_icon
from ropa_desktop.output.citations import cite
from ropa_desktop.store import Kind

if TYPE_CHECKING:
    from ropa_desktop.gui.editors.form import ObjectForm
    from ropa_desktop.gui.editors.specs import AddNew


class ItemEditor(QWidget):
    """Edits one item of ``kind``; each committed field is one undo step."""

    def __init__(self, ctx: AppContext, kind: Kind, add_new: AddNew | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.item: Any = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        self.history_button = QPushButton(tr("Show history"))
        self.history_button.setToolTip(tr("Every change of this item: who, when, what"))
        self.history_button.clicked.connect(self._show_history)
        header.addWidget(self.history_button)
        self.restore_button = QPushButton(tr("Restore"))
        self.restore_button.setToolTip(tr("Carry this retired activity out again: its status becomes active"))
        self.restore_button.clicked.connect(self._restore)
        header.addWidget(self.restore_button)
        layout.addLayout(header)
        self.placeholder = QLabel(tr("Select an item in the list, or add one."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setEnabled(False)
        layout.addWidget(self.placeholder, 1)
        # The form is built when the first item is shown: an activity's form has some
        # hundred widgets, and the window should not wait for seven editors at start-up.
        self._add_new = add_new
        self._form: ObjectForm | None = None
        self._form_index = layout.count()
        self.findings = QListWidget()
        self.findings.setAccessibleName(tr("Findings about this item"))
        self.findings.setMaximumHeight(self.findings.fontMetrics().lineSpacing() * 5 + 12)
        self.findings.setWordWrap(True)
        self.findings.itemActivated.connect(self._open_finding)
        layout.addWidget(self.findings)
        ctx.findings_changed.connect(self.show_findings)
        self.show_item(None)

    @property
    def form(self) -> ObjectForm:
        if self._form is None:
            # The form's modules too: an empty window needs none of them.
            from ropa_desktop.gui.editors.form import ObjectForm
            from ropa_desktop.gui.editors.specs import activity_sections, catalogue_sections

            sections = activity_sections(self._add_new) if self.kind is Kind.ACTIVITY else catalogue_sections(self.kind)
            self._form = ObjectForm(sections, tabs=True)
            self._form.setVisible(self.item is not None)
            self._form.changed.connect(self._on_changed)
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(self._form_index, self._form, 1)
        return self._form

    def show_item(self, item: Any) -> None:
        self.item = item
        has = item is not None
        if self._form is not None or has:
            self.form.setVisible(has)
        self.placeholder.setVisible(not has)
        self.title.setVisible(has)
        self.history_button.setVisible(has)
        self.restore_button.setVisible(has and self.kind is Kind.ACTIVITY and item.effective_status == "retired")
        if not has:
            self.findings.setVisible(False)
            return
        self.title.setText(self.ctx.text(item.name))
        from ropa_desktop.gui.editors.env import make_env

        env = make_env(self.ctx, item if self.kind is Kind.ACTIVITY else None)
        self.form.set_object(item, env)
        self.show_findings()

    def _restore(self) -> None:
        if self.item is not None:
            from ropa_desktop.gui.retire import set_status

            set_status(self.ctx, self.item, "active")

    def _show_history(self) -> None:
        if self.item is not None:
            self.ctx.open_requested.emit("history", self.kind.value, self.item.id)

    def reload(self) -> None:
        """Show the item as the store has it now (after an edit, undo, or another program's save)."""
        if self.item is None or self.ctx.store is None:
            return
        stored = self.ctx.store.get(self.kind, self.item.id)
        if stored is not None and stored == self.item and self._form is not None:
            return  # unchanged: leave a half-typed field alone
        self.show_item(stored)

    def show_findings(self) -> None:
        self.findings.clear()
        if self.item is None:
            self.findings.setVisible(False)
            return
        mine = [f for f in self.ctx.findings() if f.entity == self.kind.value and f.entity_id == self.item.id]
        for finding in sorted(mine, key=lambda f: f.severity):
            message = finding_message(finding, self.ctx.ui_lang, self.ctx.text(self.item.name))
            entry = QListWidgetItem(severity_icon(self, finding.severity), message)
            entry.setData(Qt.ItemDataRole.UserRole, finding.field)
            # The article as the UI language's authority cites it, as on the Overview.
            entry.setToolTip(cite(finding.article, self.ctx.ui_lang))
            self.findings.addItem(entry)
        self.findings.setVisible(bool(mine))

    def _open_finding(self, entry: QListWidgetItem) -> None:
        self.focus_field(entry.data(Qt.ItemDataRole.UserRole) or "")

    def focus_field(self, path: str) -> None:
        if path:
            self.form.focus_path(path)

    def _on_changed(self, new: Any) -> None:
        if self.item is None:
            return
        from ropa_desktop.gui.commands import UpdateItem, perform

        before = self.item
        self.item = new
        perform(self.ctx, UpdateItem(self.ctx, self.kind, before, new), show_stored=self.reload)
