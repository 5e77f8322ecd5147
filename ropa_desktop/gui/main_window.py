"""The main window: a sidebar of pages, the menus, and the window's own habits."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

import ropa_desktop
from ropa_desktop.gui.actions import Actions
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.file_ops import FileOps
from ropa_desktop.gui.guard import qt_override
from ropa_desktop.gui.i18n import tr
from ropa_desktop.gui.labels import kind_plural
from ropa_desktop.gui.pages.list_page import ListPage
from ropa_desktop.gui.pages.organisation import OrganisationPage
from ropa_desktop.gui.pages.overview import OverviewPage
from ropa_desktop.gui.pages.transfers import TransfersPage
from ropa_desktop.gui.presence import presence_text
from ropa_desktop.gui.widgets.info_bar import InfoBar
from ropa_desktop.store import Kind

POLL_MS = 2000
UI_LANGUAGES = [("", "System language"), ("en", "English"), ("sv", "Svenska")]



class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle("ropa-desktop")
        self.setMinimumSize(QSize(960, 600))
        self.actions_ = Actions(self)
        self.files = FileOps(ctx, self)

        self.pages: dict[str, QWidget] = {}
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(tr("Sections of the register"))
        self.sidebar.setUniformItemSizes(True)
        self.sidebar.setSpacing(1)
        self.stack = QStackedWidget()
        self._add_page("overview", tr("Overview"), OverviewPage(ctx))
        self._add_page(Kind.ACTIVITY.value, kind_plural(Kind.ACTIVITY), ListPage(ctx, Kind.ACTIVITY))
        self._add_page(Kind.PROCESSOR.value, kind_plural(Kind.PROCESSOR), ListPage(ctx, Kind.PROCESSOR))
        self._add_page("transfers", tr("Transfers"), TransfersPage(ctx))
        for kind in (Kind.DATA_SUBJECT_CATEGORY, Kind.DATA_CATEGORY, Kind.RECIPIENT, Kind.SECURITY_MEASURE):
            self._add_page(kind.value, kind_plural(kind), ListPage(ctx, kind))
        self._add_page("organisation", tr("Organisation"), OrganisationPage(ctx))
        self.sidebar.setFixedWidth(max(self.sidebar.sizeHintForColumn(0) + 28, 170))
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.sidebar.currentRowChanged.connect(lambda _row: self._update_actions())

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(6, 6, 6, 0)
        # Not a dialog: another program on the same file is news, not a question.
        self.info_bar = InfoBar()
        outer.addWidget(self.info_bar)
        layout = QHBoxLayout()
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.statusBar()

        ctx.register_opened.connect(self._on_register_opened)
        ctx.others_changed.connect(self._show_others)
        ctx.open_requested.connect(self.open_item)
        ctx.undo_stack.cleanChanged.connect(self._update_title)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(ctx.check_external_change)
        self._poll.start()
        self._restore_geometry()
        self.sidebar.setCurrentRow(0)
        self._update_actions()
        self._show_others(ctx.others)

    # --- pages --------------------------------------------------------------------
    def _add_page(self, key: str, title: str, page: QWidget) -> None:
        self.pages[key] = page
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.sidebar.addItem(item)
        self.stack.addWidget(page)

    def show_page(self, key: str) -> QWidget:
        index = list(self.pages).index(key)
        self.sidebar.setCurrentRow(index)
        return self.pages[key]

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def open_item(self, entity: str, entity_id: str, field: str) -> None:
        """Show the item a finding or a transfer row concerns, at the field it names."""
        if entity == "organisation":
            page = self.show_page("organisation")
            assert isinstance(page, OrganisationPage)
            page.focus_field(field)
            return
        page = self.pages.get(entity)
        if isinstance(page, ListPage):
            self.show_page(entity)
            page.open_item(entity_id, field)

    # --- menus ----------------------------------------------------------------------
    def _build_menus(self) -> None:
        a, ctx = self.actions_, self.ctx
        undo = ctx.undo_stack.createUndoAction(self, tr("&Undo"))
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = ctx.undo_stack.createRedoAction(self, tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)])
        self.undo_action, self.redo_action = undo, redo

        file_menu = self.menuBar().addMenu(tr("&File"))
        file_menu.addActions([a.new, a.open])
        self.recent_menu = QMenu(tr("Open &Recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([a.import_json, a.export_json, a.export_pdf, a.export_xlsx])
        file_menu.addSeparator()
        file_menu.addActions([a.notice, a.verify])
        file_menu.addSeparator()
        file_menu.addAction(a.quit)

        edit_menu = self.menuBar().addMenu(tr("&Edit"))
        edit_menu.addActions([undo, redo])
        edit_menu.addSeparator()
        edit_menu.addActions([a.add_item, a.delete_item, a.find])

        view_menu = self.menuBar().addMenu(tr("&View"))
        for i in range(self.sidebar.count()):
            item = self.sidebar.item(i)
            action = view_menu.addAction(item.text())
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _c=False, row=i: self.sidebar.setCurrentRow(row))
            self.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(a.reload)
        lang_menu = view_menu.addMenu(tr("Language"))
        current = ctx.settings.ui_language()
        for code, label in UI_LANGUAGES:
            action = lang_menu.addAction(tr(label) if not code else label)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _c=False, c=code: self._set_language(c))

        help_menu = self.menuBar().addMenu(tr("&Help"))
        help_menu.addActions([a.about, a.about_qt])

        a.new.triggered.connect(self.files.new_register)
        a.open.triggered.connect(self.files.open_dialog)
        a.import_json.triggered.connect(self.files.import_dialog)
        a.export_json.triggered.connect(self.files.export_json_dialog)
        a.export_pdf.triggered.connect(self.files.export_pdf_dialog)
        a.export_xlsx.triggered.connect(self.files.export_xlsx_dialog)
        a.notice.triggered.connect(self.open_notice_dialog)
        a.verify.triggered.connect(self.open_verify_dialog)
        a.quit.triggered.connect(self.close)
        a.add_item.triggered.connect(self._add_item)
        a.delete_item.triggered.connect(self._delete_item)
        a.find.triggered.connect(self._find)
        a.reload.triggered.connect(lambda: ctx.check_external_change() or ctx.notify_replaced())
        a.about.triggered.connect(self._about)
        a.about_qt.triggered.connect(lambda: QMessageBox.aboutQt(self))

    def open_notice_dialog(self) -> QWidget | None:
        if self.ctx.store is None:
            return None
        from ropa_desktop.gui.notice_dialog import NoticeDialog

        dialog = NoticeDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_verify_dialog(self) -> QWidget:
        from ropa_desktop.gui.verify_dialog import VerifyDialog

        dialog = VerifyDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.ctx.settings.recent_files()
        for i, path in enumerate(files):
            action = self.recent_menu.addAction(f"&{i + 1} {Path(path).name}")
            action.setStatusTip(path)
            action.triggered.connect(lambda _c=False, p=path: self._open_recent(p))
        if not files:
            self.recent_menu.addAction(tr("(none)")).setEnabled(False)

    def _open_recent(self, path: str) -> None:
        if not Path(path).exists():
            self.ctx.settings.remove_recent_file(path)
            self.ctx.error(tr("The register could not be opened"),
                           tr("%1 no longer exists; it was moved or deleted.").replace("%1", path))
            return
        self.files.open_path(Path(path))

    def _add_item(self) -> None:
        page = self.current_page()
        if isinstance(page, ListPage):
            page.add_item()

    def _delete_item(self) -> None:
        page = self.current_page()
        if isinstance(page, ListPage):
            page.delete_current()

    def _find(self) -> None:
        page = self.current_page()
        target = getattr(page, "filter", None)
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
            target.selectAll()

    def _set_language(self, code: str) -> None:
        self.ctx.settings.set_ui_language(code)
        QMessageBox.information(self, tr("Language"), tr("The new language is used from the next start."))

    def _about(self) -> None:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        QMessageBox.about(
            self, tr("About ropa-desktop"),
            tr("<h3>ropa-desktop %1</h3><p>The record of processing activities (GDPR Art. 30), "
               "kept on your desktop.</p><p>Qt %2 · PySide6 %3 · Python %4</p>")
            .replace("%1", ropa_desktop.__version__).replace("%2", qVersion())
            .replace("%3", pyside_version).replace("%4", _python_version()),
        )

    def _update_actions(self) -> None:
        has_store = self.ctx.store is not None
        is_list = isinstance(self.current_page(), ListPage)
        for action in (self.actions_.import_json, self.actions_.export_json, self.actions_.export_pdf,
                       self.actions_.export_xlsx, self.actions_.notice, self.actions_.reload):
            action.setEnabled(has_store)
        self.actions_.add_item.setEnabled(has_store and is_list)
        self.actions_.delete_item.setEnabled(has_store and is_list)

    def _update_title(self, *_args: object) -> None:
        store = self.ctx.store
        self.setWindowTitle(f"{store.path.name} — ropa-desktop" if store else "ropa-desktop")

    def _on_register_opened(self) -> None:
        self._update_title()
        self._update_actions()

    def _show_others(self, others: list) -> None:
        self.info_bar.show_text(presence_text(others))

    # --- window habits ----------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.ctx.settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = self.ctx.settings.window_state()
        if state is not None:
            self.restoreState(state)

    @qt_override
    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.settings.set_window_geometry(self.saveGeometry())
        self.ctx.settings.set_window_state(self.saveState())
        self.ctx.settings.sync()
        self._poll.stop()
        super().closeEvent(event)

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.ctx.check_external_change()

    def smoke(self) -> list[str]:
        """Show every page once (for --smoke); returns the pages shown."""
        shown = []
        for key in self.pages:
            self.show_page(key)
            QCoreApplication.processEvents()
            shown.append(key)
        return shown


def _python_version() -> str:
    import platform

    return platform.python_version()

