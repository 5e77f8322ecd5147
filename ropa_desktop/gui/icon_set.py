"""The app's one icon set (resources/icons/ui, drawn for this project, CC0): the sidebar's pages and
the actions of the toolbar and menus, drawn in the palette's text colour, so they read on a light
and on a dark palette alike.

The SVGs draw with ``currentColor``; each icon is rendered once per colour and size it is asked for.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ropa_desktop.base.resources import resource_path

SIZES = (16, 20, 24, 32, 40, 48)  # 20 is the toolbar's and the sidebar's; 40 and 48 for 2x screens

ICON_SIZE = QSize(20, 20)  # the toolbar's and the sidebar's: readable at 1366x768 without crowding the text
# The sidebar's pages by key (Kind values and the fixed pages) and the action that each icon shows.
PAGE_ICONS = {
    "overview": "overview", "activities": "activities", "processors": "processors", "transfers": "transfers",
    "data_subject_categories": "data-subjects", "data_categories": "data-categories", "recipients": "recipients",
    "security_measures": "security-measures", "organisation": "organisation", "history": "history",
}
ACTION_ICONS = {
    "new": "new", "open": "open", "save_copy": "save-copy", "add_item": "add-item", "delete_item": "delete-item",
    "export_pdf": "export-pdf", "export_xlsx": "export-xlsx", "notice": "notice", "print_": "print",
    "help": "help", "preferences": "preferences", "verify": "verify", "reload": "reload",
}


@cache
def _svg(name: str) -> str:
    return resource_path("icons", "ui", f"{name}.svg").read_text(encoding="utf-8")


@cache
def _pixmap(name: str, color: str, opacity: float, size: int) -> QPixmap:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setOpacity(opacity)  # SVG's colours have no alpha; a palette's greyed text may
    QSvgRenderer(QByteArray(_svg(name).replace("currentColor", color).encode("utf-8"))).render(
        painter, QRectF(0, 0, size, size))
    painter.end()
    return QPixmap.fromImage(image)


def themed_icon(name: str, palette: QPalette) -> QIcon:
    """The icon ``name`` in the palette's text colour, and greyed as the palette greys disabled text."""
    icon = QIcon()
    for mode, group in ((QIcon.Mode.Normal, QPalette.ColorGroup.Active),
                        (QIcon.Mode.Disabled, QPalette.ColorGroup.Disabled)):
        color = palette.color(group, QPalette.ColorRole.WindowText)
        for size in SIZES:
            icon.addPixmap(_pixmap(name, color.name(), color.alphaF(), size), mode)
    return icon
