"""Small shared pieces for showing findings."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStyle, QWidget


def severity_icon(widget: QWidget, severity: Any) -> QIcon:
    pixmap = {
        0: QStyle.StandardPixmap.SP_MessageBoxCritical,
        1: QStyle.StandardPixmap.SP_MessageBoxWarning,
    }.get(int(severity), QStyle.StandardPixmap.SP_MessageBoxInformation)
    return widget.style().standardIcon(pixmap)
