"""File → Verify signature…: is a signed export intact, who signed it, and when — in plain words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.i18n import tr, ui_language
from ropa_desktop.gui.when import ui_date_time
from ropa_desktop.gui.worker import run_job
from ropa_desktop.services import verify_file as verification
from ropa_desktop.services.verify_file import verify_file


class VerifyDialog(QDialog):
    verified = Signal(object)  # the VerificationResult, or None when it could not be checked

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: Any = None
        self.jobs: list[Any] = []
        self.setWindowTitle(tr("Verify a signature"))
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Choose a signed PDF, or an Excel workbook with its signature file (.p7s) beside it. "
                          "Give the signer's certificate to check that it was really they who signed."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.file = QLineEdit()
        self.file.setAccessibleName(tr("Signed file"))
        self.trust = QLineEdit()
        self.trust.setAccessibleName(tr("Trusted certificate"))
        self.trust.setPlaceholderText(tr("Optional"))
        form.addRow(tr("Signed &file:"), self._with_browse(self.file, self._browse_file))
        form.addRow(tr("&Trusted certificate:"), self._with_browse(self.trust, self._browse_trust))
        layout.addLayout(form)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        layout.addWidget(self.summary)
        # Why a signature cannot be read, from the same catalogue message the CLI prints.
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.why)
        facts = QFormLayout()
        self.signer = QLabel()
        self.signed_at = QLabel()
        self.intact = QLabel()
        self.trusted = QLabel()
        for label in (self.signer, self.signed_at, self.intact, self.trusted):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
        facts.addRow(tr("Signed by:"), self.signer)
        facts.addRow(tr("Signed at:"), self.signed_at)
        facts.addRow(tr("Unchanged since signing:"), self.intact)
        facts.addRow(tr("Signer trusted:"), self.trusted)
        layout.addLayout(facts)
        layout.addStretch(1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.verify_button = QPushButton(tr("&Verify"))
        self.verify_button.setDefault(True)
        buttons.addButton(self.verify_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.verify_button.clicked.connect(self.verify_now)
        self.file.textChanged.connect(self._update_button)
        layout.addWidget(buttons)
        self._update_button()
        self.show_result(None)
        self.resize(640, self.sizeHint().height())

    def _with_browse(self, edit: QLineEdit, browse: Any) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit, 1)
        button = QPushButton(tr("Browse…"))
        button.setAutoDefault(False)
        button.setAccessibleName(tr("Browse for %1").replace("%1", edit.accessibleName()))
        button.clicked.connect(browse)
        layout.addWidget(button)
        return row

    def _browse_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Choose the signed file"), self.ctx.settings.last_folder(),
            tr("Signed exports (*.pdf *.xlsx *.p7s);;All files (*)"))
        if path:
            self.file.setText(path)

    def _browse_trust(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Choose the trusted certificate"), self.ctx.settings.last_folder(),
            tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"))
        if path:
            self.trust.setText(path)

    def _update_button(self) -> None:
        self.verify_button.setEnabled(bool(self.file.text().strip()))

    def verify_now(self) -> None:
        """Check the chosen file in a worker and show the verdict."""
        from ropa_desktop.gui.error_words import plain_error

        path = Path(self.file.text().strip())
        trust = Path(self.trust.text().strip()) if self.trust.text().strip() else None
        self.summary.setText(tr("Checking…"))

        def failed(exc: BaseException) -> None:
            self.show_result(None)
            self.ctx.error(tr("The signature could not be checked"), plain_error(exc))
            self.verified.emit(None)

        def done(result: Any) -> None:
            self.show_result(result)
            self.verified.emit(result)

        job = run_job(self.ctx, self, tr("Checking the signature of %1…").replace("%1", path.name),
                      lambda _progress, _cancelled: verify_file(path, trust), done, failed)
        self.jobs.append(job)
        job.finished.connect(lambda: self.jobs.remove(job) if job in self.jobs else None)

    def show_result(self, result: Any) -> None:
        self.result = result
        if result is None:
            self.summary.setText("")
            self.why.setText("")
            for label in (self.signer, self.signed_at, self.intact, self.trusted):
                label.setText("—")
            return
        yes, no = tr("Yes"), tr("No")
        self.signer.setText(result.signer or tr("(not known)"))
        self.signed_at.setText(ui_date_time(result.signed_at.astimezone(), seconds=True)
                               if result.signed_at else tr("(not known)"))
        self.intact.setText(yes if result.intact else no)
        self.trusted.setText(tr("Not checked: no trusted certificate was given") if result.trusted is None
                             else yes if result.trusted else no)
        verdict = verification.verdict(result)
        signer = result.signer or tr("the signer")
        texts = {
            verification.UNSIGNED: tr("The file is not signed."),
            verification.UNREADABLE: tr("The file carries no signature that can be checked, or the signature is "
                                        "damaged."),
            verification.CHANGED: tr("Do not rely on this file: it was changed after it was signed."),
            verification.UNTRUSTED: tr("The file is unchanged, but it was not signed by the certificate you trust."),
            verification.UNCHECKED: tr("The file is unchanged since %1 signed it. Give their certificate to check "
                                       "that it was really them.").replace("%1", signer),
            verification.TRUSTED: tr("The file is unchanged since %1 signed it, and the signer is the one you "
                                     "trust.").replace("%1", signer),
        }
        self.summary.setText(texts[verdict])
        self.why.setText(verification.reason_text(result, ui_language()))
