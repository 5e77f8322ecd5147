"""Every action of the menus, with its shortcut, built in one place."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

from ropa_desktop.gui.i18n import tr


def redo_keys() -> list[QKeySequence]:
    """Redo's keys: Ctrl+Shift+Z first (the menu shows it, as the README does), the platform's own, Ctrl+Y.

    Users come from both habits, so both keys redo everywhere. Each key is bound once: Qt
    treats a key bound twice (Ctrl+Shift+Z is already in most platforms' list) as an
    ambiguous shortcut and does nothing when it is pressed.
    """
    keys: list[QKeySequence] = []
    for key in (QKeySequence("Ctrl+Shift+Z"), *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
                QKeySequence("Ctrl+Y")):
        if not key.isEmpty() and key not in keys:
            keys.append(key)
    return keys


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
        # Ctrl+P prints what is on screen, as in every desktop app; the exports keep shortcuts of their own.
        # Access keys: P is Print's and N is New register's in the File menu, so PD&F and no&tice.
        self.export_pdf = make(tr("Export PD&F…"), "Ctrl+Shift+P", SP.SP_FileDialogDetailedView,
                               tip=tr("The register as a PDF document"))
        self.export_xlsx = make(tr("Export E&xcel…"), "Ctrl+Shift+X", SP.SP_FileDialogListView,
                                tip=tr("The register as an Excel workbook"))
        self.save_copy = make(tr("Save a &copy…"), SK.SaveAs, SP.SP_DialogSaveButton,
                              tip=tr("A complete copy of the register file, under another name"))
        self.print_ = make(tr("&Print…"), SK.Print, SP.SP_DesktopIcon, tip=tr("Print what the window shows"))
        self.preferences = make(tr("Pr&eferences…"), "Ctrl+,", SP.SP_FileDialogContentsView,
                                tip=tr("Language, signing identity, export folder, review interval"))
        self.notice = make(tr("Information no&tice…"), "Ctrl+Shift+I", SP.SP_FileDialogInfoView,
                           tip=tr("Preview, print and publish the Art. 13/14 notices"))
        self.verify = make(tr("&Verify signature…"), icon=SP.SP_DialogApplyButton,
                           tip=tr("Check that a signed export is intact and who signed it"))
        self.quit = make(tr("&Quit"), SK.Quit)
        # Edit
        self.add_item = make(tr("&Add item…"), "Ctrl+Shift+N", SP.SP_FileDialogNewFolder,
                             tip=tr("Add an item to the list shown"))
        self.delete_item = make(tr("&Delete item"), "Ctrl+Del", SP.SP_TrashIcon, tip=tr("Delete the selected item"))
        self.from_template = make(tr("New activity from &template…"), "Ctrl+Shift+T",
                                  tip=tr("Add a typical activity as a draft, with your country's law"))
        self.duplicate = make(tr("Dupli&cate activity"), "Ctrl+D",
                              tip=tr("Add a draft copy of the selected activity"))
        self.find = make(tr("&Filter the list"), SK.Find)
        # View
        self.reload = make(tr("&Reload"), SK.Refresh, SP.SP_BrowserReload, tip=tr("Read the register file again"))
        # Help
        self.help = make(tr("ropa-desktop &Help"), SK.HelpContents, SP.SP_DialogHelpButton,
                         tip=tr("The handbook, at the page you are on"))
        self.about = make(tr("&About ropa-desktop"))
        self.about_qt = make(tr("About &Qt"))
