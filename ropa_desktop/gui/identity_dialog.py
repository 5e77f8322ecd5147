"""The one dialog that makes a signing identity: who signs, the password twice, where it is kept.

A DPO meets this once; it says where the identity file goes and how to back it up,
because a lost identity file or password cannot be recovered and a new identity is a
new signer for whoever verifies the old exports.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ropa_desktop.gui.i18n import tr


class IdentityDialog(QDialog):
    """Name, e-mail, password twice; the create button names the person who will sign."""

    def __init__(self, name: str, email: str, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Create a signing identity"))
        layout = QVBoxLayout(self)
        intro = QLabel(tr("A signing identity lets you sign exports: a signed file shows who made it "
                          "and that it has not been changed since."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit(name)
        self.name.setAccessibleName(tr("The signer's name"))
        self.email = QLineEdit(email)
        self.email.setAccessibleName(tr("The signer's e-mail"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(tr("Password"))
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(tr("The same password again"))
        form.addRow(tr("&Name:"), self.name)
        form.addRow(tr("&E-mail:"), self.email)
        form.addRow(tr("&Password:"), self.password)
        form.addRow(tr("&Again:"), self.again)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.where = QLabel(
            tr("The identity is saved in %1. Back it up as you back up other important files "
               "(copy the .p12 file to a safe place); keep its password apart from it. "
               "Neither can be recovered if lost.").replace("%1", str(folder)))
        self.where.setWordWrap(True)
        layout.addWidget(self.where)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for field in (self.name, self.password, self.again):
            field.textChanged.connect(self._update)
        self._update()
        self.resize(520, self.sizeHint().height())

    @property
    def create_button(self) -> QWidget:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _update(self, *_args: object) -> None:
        name = self.name.text().strip()
        password, again = self.password.text(), self.again.text()
        if not name:
            problem = tr("Type the name of the person who signs.")
        elif not password:
            problem = tr("Choose a password to protect the identity.")
        elif password != again:
            problem = tr("The two passwords differ.")
        else:
            problem = ""
        self.problem.setText(problem)
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        button.setText(tr("Create and sign as %1").replace("%1", name) if name else tr("Create"))
        button.setEnabled(not problem)

    def values(self) -> tuple[str, str, str]:
        """(name, e-mail, password) as typed."""
        return self.name.text().strip(), self.email.text().strip(), self.password.text()
