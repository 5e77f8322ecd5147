"""After a register export: what was written, where, and what must travel with it.

Not modal: the file is there, the message is news. *Open* and *Show in folder* hand the
file to the desktop (QDesktopServices), as a user expects of a desktop app.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from ropa_desktop.gui.i18n import tr


def export_lines(result: Any) -> list[str]:
    """The sentences that say what the export wrote (``result``: an ExportResult)."""
    path: Path = result.path
    lines = [tr("%1 was saved in %2.").replace("%1", path.name).replace("%2", str(path.parent))]
    signature = result.signature
    if signature is not None and Path(signature) != path:
        # A detached signature (a workbook's .p7s) is worthless if it stays behind.
        lines.append(tr("It is signed: the signature is the file %1 beside it. Always send or store the two "
                        "files together; without %1 nobody can check the workbook.")
                     .replace("%1", Path(signature).name))
    elif signature is not None:
        lines.append(tr("It is signed: the signature is inside the PDF."))
    if result.findings:
        lines.append(tr("The findings of the checks are included."))
    return lines


class ExportDoneDialog(QDialog):
    def __init__(self, result: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path = result.path
        self.setWindowTitle(tr("Exported"))
        layout = QVBoxLayout(self)
        self.message = QLabel("\n\n".join(export_lines(result)))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox()
        self.open_button = QPushButton(tr("&Open"))
        self.folder_button = QPushButton(tr("Show in &folder"))
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self.open_file)
        self.folder_button.clicked.connect(self.show_folder)
        layout.addWidget(self.buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_button.setDefault(True)
        self.resize(520, self.sizeHint().height())

    def open_file(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))
        self.accept()

    def show_folder(self) -> None:
        # The folder, not the file: opening a folder URL works the same on Windows, macOS and Linux,
        # where selecting the file in the file manager takes a different program on each.
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))
        self.accept()
