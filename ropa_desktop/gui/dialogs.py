"""Dialogs: the guided set-up of a new register, and error messages in plain words."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ropa_desktop.domain.missing import MISSING
from ropa_desktop.domain.model import Contact, Organisation
from ropa_desktop.gui.i18n import tr
from ropa_desktop.gui.widgets.fields import CountryField

LANGUAGE_CHOICES = [
    ("sv", "Svenska"), ("en", "English"), ("nb", "Norsk bokmål"), ("da", "Dansk"),
]


class NewRegisterDialog(QDialog):
    """The few facts a register cannot do without: who keeps it, where, and who the DPO is."""

    def __init__(self, ui_lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New register"))
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Tell us about the organisation that keeps the register. "
                          "Everything can be changed later on the Organisation page."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(tr("Organisation name"))
        self.org_number = QLineEdit()
        self.org_number.setPlaceholderText("556000-0000")
        self.org_number.setAccessibleName(tr("Organisation number"))
        self.country = CountryField(optional=False)
        self.country.set_value("SE", {"ui_lang": ui_lang})
        self.country.set_accessible(tr("Country"))
        self.authority = QLabel()
        self.authority.setWordWrap(True)
        self.language = QComboBox()
        self.language.setAccessibleName(tr("Language of the register"))
        for code, label in LANGUAGE_CHOICES:
            self.language.addItem(label, code)
        self.dpo_name = QLineEdit()
        self.dpo_name.setAccessibleName(tr("DPO name"))
        self.dpo_email = QLineEdit()
        self.dpo_email.setAccessibleName(tr("DPO e-mail"))
        form.addRow(tr("Organisation name:"), self.name)
        form.addRow(tr("Organisation number:"), self.org_number)
        form.addRow(tr("Country:"), self.country)
        form.addRow("", self.authority)
        form.addRow(tr("Language of the register:"), self.language)
        form.addRow(tr("Data protection officer:"), self.dpo_name)
        form.addRow(tr("DPO e-mail:"), self.dpo_email)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._ui_lang = ui_lang
        self.country.committed.connect(self._update)
        self.name.textChanged.connect(self._update)
        self._update()
        self.resize(520, self.sizeHint().height())

    def country_code(self) -> str:
        data = self.country.current_value()
        return data if isinstance(data, str) else "SE"

    def _update(self, *_args: object) -> None:
        from ropa_desktop.reference import authority_for

        authority = authority_for(self.country_code())
        self.authority.setText(
            tr("Supervisory authority: %1").replace("%1", authority.display_name(self._ui_lang))
            if authority else tr("No EU/EEA supervisory authority is known for this country.")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.name.text().strip()))
        lang = {"SE": "sv", "NO": "nb", "DK": "da"}.get(self.country_code())
        if lang and not self.language.property("touched"):
            self.language.setCurrentIndex(self.language.findData(lang))

    def organisation(self) -> Organisation:
        dpo = (Contact(name=self.dpo_name.text().strip(), email=self.dpo_email.text().strip() or MISSING)
               if self.dpo_name.text().strip() else MISSING)
        return Organisation(
            name=self.name.text().strip(),
            org_number=self.org_number.text().strip() or MISSING,
            supervisory_authority=self.country_code(),
            dpo=dpo,
        )

    def languages(self) -> list[str]:
        first = self.language.currentData()
        return [first] if first == "en" else [first, "en"]


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextInteractionFlags(box.textInteractionFlags())
    box.exec()
