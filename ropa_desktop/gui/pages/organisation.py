"""The organisation keeping the register: its details, DPO and supervisory authority."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ropa_desktop.gui.commands import SetOrganisation, perform
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.editors.env import make_env
from ropa_desktop.gui.editors.form import ObjectForm
from ropa_desktop.gui.editors.specs import organisation_sections
from ropa_desktop.gui.i18n import tr
from ropa_desktop.gui.qt_override import qt_override


class OrganisationPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.org: Any = None
        layout = QVBoxLayout(self)
        self._form: ObjectForm | None = None  # built when first shown
        self.authority = QLabel()
        self.authority.setWordWrap(True)
        layout.addWidget(self.authority)
        ctx.register_opened.connect(self.reload)
        ctx.organisation_changed.connect(self.reload)

    @property
    def form(self) -> ObjectForm:
        if self._form is None:
            self._form = ObjectForm(organisation_sections(), tabs=True)
            self._form.changed.connect(self._on_changed)
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(0, self._form, 1)
        return self._form

    def reload(self) -> None:
        if self.ctx.store is None:
            return
        if self._form is None and not self.isVisible():
            self.org = None  # read when first shown
            return
        stored = self.ctx.store.organisation()
        if stored == self.org and self._form is not None:
            return  # unchanged (another item changed elsewhere): leave a half-typed field alone
        self.org = stored
        self.form.set_object(self.org, make_env(self.ctx))
        self._show_authority()

    def _show_authority(self) -> None:
        from ropa_desktop.reference import authority_for

        authority = authority_for(self.org.supervisory_authority) if self.org else None
        if authority is None:
            self.authority.setText(tr("No supervisory authority is known for this country."))
        else:
            self.authority.setText(
                tr("Supervisory authority: %1").replace("%1", authority.display_name(self.ctx.ui_lang))
            )

    def focus_field(self, path: str) -> None:
        if path:
            self.form.focus_path(path)

    def _on_changed(self, new: Any) -> None:
        before = self.org
        self.org = new
        perform(self.ctx, SetOrganisation(self.ctx, before, new), show_stored=self.reload)

    @qt_override
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.org is None:
            self.reload()
