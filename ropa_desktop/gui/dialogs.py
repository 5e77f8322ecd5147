"""Dialogs: the guided set-up of a new register, the choices of a register export, and error messages."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ropa_desktop.domain.missing import MISSING
from ropa_desktop.domain.model import Contact, Organisation
from ropa_desktop.gui.i18n import tr
from ropa_desktop.gui.widgets.fields import CountryField

if TYPE_CHECKING:
    from ropa_desktop.services.export_register import ExportChoices

LANGUAGE_CHOICES = [
    ("sv", "Svenska"), ("en", "English"), ("nb", "Norsk bokmål"), ("da", "Dansk"),
]


class NewRegisterDialog(QDialog):
    """The few facts a register cannot do without: who keeps it, where, and who the DPO is."""

    def __init__(self, ui_lang: str, parent: QWidget | None = None, review_months: int = 0) -> None:
        super().__init__(parent)
        self.review_months = review_months  # Preferences: how often a new register's activities are reviewed
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
            review_every=f"P{self.review_months}M" if self.review_months > 0 else MISSING,
        )

    def languages(self) -> list[str]:
        first = self.language.currentData()
        return [first] if first == "en" else [first, "en"]


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextInteractionFlags(box.textInteractionFlags())
    box.exec()


class ExportChoicesDialog(QDialog):
    """Before a PDF or Excel register is written: whose copy it is, with or without the findings, which language.

    The own copy carries the findings of the checks (the DPO's list of what to fix); the copy
    for the supervisory authority leaves them out. Either default can be changed here.
    """

    def __init__(self, default_lang: str, parent: QWidget | None = None, errors: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Export the register"))
        layout = QVBoxLayout(self)
        self.errors = QListWidget()  # the checks' errors, said before the file is written
        self.errors.setAccessibleName(tr("Errors found by the checks"))
        self.errors.addItems(list(errors))
        self.errors.setWordWrap(True)
        self.warning = QLabel(tr("The checks find errors in the register. You can export it all the same, "
                                 "or cancel and correct them first:"))
        self.warning.setWordWrap(True)
        if errors:
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            for i in range(self.errors.count()):
                self.errors.item(i).setIcon(icon)
            layout.addWidget(self.warning)
            layout.addWidget(self.errors, 1)
        else:
            self.warning.hide()
            self.errors.hide()
        intro = QLabel(tr("Who is this copy of the register for?"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.own = QRadioButton(tr("The organisation's &own copy"))
        self.authority = QRadioButton(tr("A copy for the &supervisory authority"))
        self.own.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.own, self.authority):
            group.addButton(button)
            layout.addWidget(button)
        self.findings = QCheckBox(tr("Include the &findings of the checks"))
        self.findings.setChecked(True)
        layout.addWidget(self.findings)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        form = QFormLayout()
        self.language = QComboBox()
        self.language.setAccessibleName(tr("Language of the export"))
        from ropa_desktop.output.catalogue import LANGS

        for code, name in LANGUAGE_CHOICES:
            if code in LANGS:
                self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(default_lang), 0))
        form.addRow(tr("&Language:"), self.language)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # A change of copy sets the findings to that copy's default; the user may still change them.
        self.authority.toggled.connect(lambda on: self.findings.setChecked(not on))
        self.authority.toggled.connect(self._update_hint)
        self.findings.toggled.connect(self._update_hint)
        self._update_hint()

    def _update_hint(self, *_args: object) -> None:
        if self.authority.isChecked():
            text = (tr("The cover says the copy is for the supervisory authority. The findings are included.")
                    if self.findings.isChecked() else
                    tr("The cover says the copy is for the supervisory authority. The findings are left out."))
        else:
            text = (tr("The cover says the copy is the organisation's own. The findings are included.")
                    if self.findings.isChecked() else
                    tr("The cover says the copy is the organisation's own. The findings are left out."))
        self.hint.setText(text)

    def choices(self) -> ExportChoices:
        # Imported here: the export service brings the checks, which the window does not load at start-up.
        from ropa_desktop.services.export_register import ExportChoices

        return ExportChoices(lang=self.language.currentData(), for_authority=self.authority.isChecked(),
                             findings=self.findings.isChecked())


def ask_export_choices(parent: QWidget | None, default_lang: str, errors: Sequence[str] = ()) -> ExportChoices | None:
    """The user's choices for a PDF or Excel export, warned of ``errors``; None: cancelled."""
    dialog = ExportChoicesDialog(default_lang, parent, errors)
    return dialog.choices() if dialog.exec() == QDialog.DialogCode.Accepted else None
