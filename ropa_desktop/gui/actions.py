"""Every action of the menus, with its shortcut, built in one place."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

from ropa_desktop.gui.i18n import tr


class Actions:
    def __init__(self, window: QWidget) -> None:
        style = window.style()
        SK = QKeySequence.StandardKey

        def make(text: str, shortcut: QKeySequence.StandardKey | str | None = None,
                 icon: QStyle.StandardPixmap | None = None, tip: str = "") -> QAction:
            action = QAction(text, window)
            if isinstance(shortcut, QKeySequence.StandardKey):
                action.setShortcuts(shortcut)
            elif shortcut:
                action.setShortcut(QKeySequence(shortcut))
            if icon is not None:
                action.setIcon(style.standardIcon(icon))
            if tip:
                action.setStatusTip(tip)
            return action

        SP = QStyle.StandardPixmap
        # File
        self.new = make(tr("&New register…"), SK.New, SP.SP_FileIcon, tr("Start an empty register"))
        self.open = make(tr("&Open…"), SK.Open, SP.SP_DialogOpenButton, tr("Open a register file"))
        self.import_json = make(tr("&Import…"), "Ctrl+I", tip=tr("Replace the register with a JSON or Excel file"))
        self.import_spreadsheet = make(tr("Import sprea&dsheet…"),
                                       tip=tr("Add the activities of a register kept in a spreadsheet"))
        self.export_json = make(tr("&Export JSON…"), "Ctrl+E", tip=tr("Save the register as a JSON document"))
        self.export_pdf = make(tr("Export &PDF…"), "Ctrl+P", tip=tr("The register for the supervisory authority"))
        self.export_xlsx = make(tr("Export E&xcel…"), tip=tr("The register as an Excel workbook"))
        self.notice = make(tr("Information &notice…"), "Ctrl+Shift+I",
                           tip=tr("Preview, print and publish the Art. 13/14 notices"))
        self.verify = make(tr("&Verify signature…"), tip=tr("Check that a signed export is intact and who signed it"))
        self.quit = make(tr("&Quit"), SK.Quit)
        # Edit
        self.add_item = make(tr("&Add item…"), "Ctrl+Shift+N", tip=tr("Add an item to the list shown"))
        self.delete_item = make(tr("&Delete item"), "Ctrl+Del", tip=tr("Delete the selected item"))
        self.find = make(tr("&Filter the list"), SK.Find)
        # View
        self.reload = make(tr("&Reload"), SK.Refresh, tip=tr("Read the register file again"))
        # Help
        self.about = make(tr("&About ropa-desktop"))
        self.about_qt = make(tr("About &Qt"))
