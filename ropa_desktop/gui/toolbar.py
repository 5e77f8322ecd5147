"""The main toolbar: the actions a DPO uses every day, with the icons of the menus.

The icons are Qt's own standard icons (QStyle.StandardPixmap, part of Qt under the LGPL
v3, as the app's other Qt parts are), so they match the platform's style and need no
icon files of our own to license.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QMainWindow, QToolBar

from ropa_desktop.gui.actions import Actions
from ropa_desktop.gui.i18n import tr


def build_toolbar(window: QMainWindow, a: Actions) -> QToolBar:
    bar = QToolBar(tr("Main toolbar"), window)
    bar.setObjectName("main_toolbar")  # saveState/restoreState find it by name
    bar.setIconSize(QSize(20, 20))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    bar.setMovable(False)
    # Short words beside the icons, so that the bar fits a 1366-pixel screen in every language.
    a.help.setIconText(tr("Help"))
    a.notice.setIconText(tr("Notice"))
    a.save_copy.setIconText(tr("Copy"))
    for group in ((a.new, a.open, a.save_copy), (a.add_item, a.delete_item),
                  (a.export_pdf, a.export_xlsx, a.notice, a.print_), (a.help,)):
        bar.addActions(list(group))
        bar.addSeparator()
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar
