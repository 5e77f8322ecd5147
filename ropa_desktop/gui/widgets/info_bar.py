"""A quiet bar at the top of the window: something worth knowing, that needs no answer now."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QToolButton, QWidget

from ropa_desktop.gui.i18n import tr


class InfoBar(QFrame):
    """An icon and a sentence, with a button to put it away until the news changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("InfoBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # The palette's own colours (a tinted highlight) keep it readable in dark themes too.
        self.setStyleSheet(
            "#InfoBar { background: palette(alternate-base); border: 1px solid palette(mid); border-radius: 4px; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 6, 6)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon = QLabel()
        self.icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(size))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton()
        self.close_button.setAutoRaise(True)
        self.close_button.setText("✕")
        self.close_button.setToolTip(tr("Hide this message"))
        self.close_button.setAccessibleName(tr("Hide this message"))
        self.close_button.clicked.connect(self.dismiss)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._dismissed = ""
        self.hide()

    def show_text(self, text: str) -> None:
        """Show ``text``; empty hides the bar. A text the user put away stays away."""
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.setVisible(bool(text) and text != self._dismissed)

    def text(self) -> str:
        return self.label.text() if self.isVisibleTo(self.parentWidget() or self) else ""

    def dismiss(self) -> None:
        self._dismissed = self.label.text()
        self.hide()
