"""Edit → Preferences: the few choices a user makes once, kept in QSettings (gui/settings.py).

A register's own review interval lives in the register; the one here is what a new
register starts with.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ropa_desktop.gui.i18n import tr
from ropa_desktop.gui.settings import Settings


def _with_browse(edit: QLineEdit, browse: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(browse)
    return row


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, languages: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(tr("Preferences"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox()
        self.language.setAccessibleName(tr("Language of the window"))
        for code, name in languages:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.ui_language()), 0))
        self.identity = QLineEdit(settings.default_identity() or "")
        self.identity.setAccessibleName(tr("Default signing identity"))
        self.identity.setPlaceholderText(tr("the identity used last"))
        self.browse_identity = QPushButton(tr("Choose…"))
        self.folder = QLineEdit(settings.default_export_folder())
        self.folder.setAccessibleName(tr("Default export folder"))
        self.folder.setPlaceholderText(tr("the folder used last"))
        self.browse_folder = QPushButton(tr("Choose…"))
        self.review = QSpinBox()
        self.review.setRange(0, 60)
        self.review.setSuffix(tr(" months"))
        self.review.setSpecialValueText(tr("not set"))
        self.review.setValue(settings.review_months())
        self.review.setAccessibleName(tr("Review interval of new registers"))
        # The form's order is the tab order: each field, then its Choose… button.
        form.addRow(tr("&Language:"), self.language)
        form.addRow(tr("Default &signing identity:"), _with_browse(self.identity, self.browse_identity))
        form.addRow(tr("Default export &folder:"), _with_browse(self.folder, self.browse_folder))
        form.addRow(tr("&Review new registers every:"), self.review)
        layout.addLayout(form)
        self.note = QLabel(tr("A new language is used from the next start. A register's own review "
                              "interval is set on its Organisation page."))
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save_and_close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.browse_identity.clicked.connect(self._choose_identity)
        self.browse_folder.clicked.connect(self._choose_folder)
        self.setTabOrder(self.language, self.identity)
        self.setTabOrder(self.identity, self.browse_identity)
        self.setTabOrder(self.browse_identity, self.folder)
        self.setTabOrder(self.folder, self.browse_folder)
        self.setTabOrder(self.browse_folder, self.review)
        self.resize(560, self.sizeHint().height())

    def _choose_identity(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Choose your signing identity"), self.identity.text(),
                                              tr("Signing identities (*.p12 *.pfx);;All files (*)"))
        if path:
            self.identity.setText(path)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Default export folder"),
                                                  self.folder.text() or self.settings.last_folder())
        if folder:
            self.folder.setText(folder)

    def save_and_close(self) -> None:
        identity = self.identity.text().strip()
        folder = self.folder.text().strip()
        self.settings.set_ui_language(str(self.language.currentData() or ""))
        self.settings.set_default_identity(Path(identity) if identity else None)
        self.settings.set_default_export_folder(Path(folder) if folder else None)
        self.settings.set_review_months(self.review.value())
        self.settings.sync()
        self.accept()
