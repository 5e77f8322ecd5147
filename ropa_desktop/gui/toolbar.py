"""The main toolbar: the actions a DPO uses every day, with the icons of the menus.

The icons are the app's own set (``gui/icon_set.py``, resources/icons/ui), the same as the
sidebar's, set on the actions by the window (``DesktopHabits.apply_icons``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QToolBar

from ropa_desktop.gui.actions import Actions
from ropa_desktop.gui.i18n import tr
from ropa_desktop.gui.icon_set import ICON_SIZE


def build_toolbar(window: QMainWindow, a: Actions) -> QToolBar:
    bar = QToolBar(tr("Main toolbar"), window)
    bar.setObjectName("main_toolbar")  # saveState/restoreState find it by name
    bar.setIconSize(ICON_SIZE)
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
