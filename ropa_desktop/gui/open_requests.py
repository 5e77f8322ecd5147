"""Registers the desktop asks us to open while the app runs: macOS sends a ``QFileOpenEvent`` when a
``.ropa`` is double-clicked in Finder or dropped on the Dock icon (there is no command line there);
Windows and Linux start the app with the file's path as its argument instead (see ``app.main``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent

from ropa_desktop.gui.qt_override import qt_override


class FileOpenFilter(QObject):
    """An event filter for the application object: each FileOpen event becomes ``open_file(path)``."""

    def __init__(self, open_file: Callable[[Path], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_file = open_file

    @qt_override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen:
            return False
        assert isinstance(event, QFileOpenEvent)
        name = event.file() or event.url().toLocalFile()
        if name:
            self._open_file(Path(name))
        return True  # handled here, whether or not the file was a register
