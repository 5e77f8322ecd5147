"""The main window: a sidebar of pages, the menus, and the window's own habits."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QActionGroup, QCloseEvent, QKeySequence, QShowEvent
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
from ropa_desktop.gui.actions import Actions, redo_keys
from ropa_desktop.gui.app import language_name, ui_languages
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.file_ops import FileOps
from ropa_desktop.gui.i18n import tr
from ropa_desktop.gui.labels import kind_plural
from ropa_desktop.gui.open_requests import FileOpenFilter
from ropa_desktop.gui.presence import place_text, presence_text
from ropa_desktop.gui.qt_override import qt_override
from ropa_desktop.gui.widgets.info_bar import InfoBar
from ropa_desktop.gui.window_habits import DesktopHabits
from ropa_desktop.store import Kind

POLL_MS = 2000


def ui_language_choices() -> list[tuple[str, str]]:
    """The language menu: follow the system, English, then each shipped language by its own name."""
    source, *others = ui_languages()
    named = sorted(((code, language_name(code)) for code in others), key=lambda choice: choice[1])
    return [("", tr("System language")), (source, language_name(source)), *named]


class Pages:
    """The window's pages by key, in sidebar order; a page is made on first use."""

    def __init__(self, make: Callable[[str], QWidget]) -> None:
        # A weak reference: a window that holds its own bound method in a cycle is freed by
        # the cyclic GC, which may run on a worker thread and delete widgets there (a crash).
        self._make = weakref.WeakMethod(make)  # type: ignore[arg-type]
        self._keys: list[str] = []
        self._built: dict[str, QWidget] = {}

    def add(self, key: str) -> None:
        self._keys.append(key)

    def __getitem__(self, key: str) -> QWidget:
        if key not in self._built:
            if key not in self._keys:
                raise KeyError(key)
            make = self._make()
            assert make is not None, "the window is gone"
            self._built[key] = make(key)
        return self._built[key]

    def get(self, key: str) -> QWidget | None:
        return self[key] if key in self._keys else None

    def __contains__(self, key: object) -> bool:
        return key in self._keys

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def key(self, index: int) -> str:
        return self._keys[index]

    def index(self, key: str) -> int:
        return self._keys.index(key)

    def is_built(self, key: str) -> bool:
        return key in self._built


class MainWindow(DesktopHabits, QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle("ropa-desktop")
        self.setMinimumSize(QSize(960, 600))
        self.actions_ = Actions(self)
        self.files = FileOps(ctx, self)

        # Pages are built when first shown: the window paints the first one without
        # waiting for the other eight (nor importing their modules).
        self.pages = Pages(self._make_page)
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(tr("Sections of the register"))
        self.sidebar.setUniformItemSizes(True)
        self.sidebar.setSpacing(1)
        self.stack = QStackedWidget()
        self._add_page("overview", tr("Overview"))
        self._add_page(Kind.ACTIVITY.value, kind_plural(Kind.ACTIVITY))
        self._add_page(Kind.PROCESSOR.value, kind_plural(Kind.PROCESSOR))
        self._add_page("transfers", tr("Transfers"))
        for kind in (Kind.DATA_SUBJECT_CATEGORY, Kind.DATA_CATEGORY, Kind.RECIPIENT, Kind.SECURITY_MEASURE):
            self._add_page(kind.value, kind_plural(kind))
        self._add_page("organisation", tr("Organisation"))
        self._add_page("history", tr("History"))
        self.sidebar.setFixedWidth(max(self.sidebar.sizeHintForColumn(0) + 28, 170))
        self.sidebar.currentRowChanged.connect(self._show_row)

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
        self._build_desktop_habits()
        # macOS: a .ropa double-clicked in Finder arrives as an event to the application, not as argv.
        self._file_open_filter = FileOpenFilter(self.files.open_from_desktop, self)
        QCoreApplication.instance().installEventFilter(self._file_open_filter)

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
        self._show_others(ctx.others)

    # --- pages --------------------------------------------------------------------
    def _add_page(self, key: str, title: str) -> None:
        self.pages.add(key)
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.sidebar.addItem(item)
        slot = QWidget()  # holds the page once it is built
        QVBoxLayout(slot).setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(slot)

    def _make_page(self, key: str) -> QWidget:
        ctx = self.ctx
        if key == "overview":
            from ropa_desktop.gui.pages.overview import OverviewPage

            page: QWidget = OverviewPage(ctx)
        elif key == "transfers":
            from ropa_desktop.gui.pages.transfers_page import TransfersPage

            page = TransfersPage(ctx)
        elif key == "organisation":
            from ropa_desktop.gui.pages.organisation import OrganisationPage

            page = OrganisationPage(ctx)
        elif key == "history":
            from ropa_desktop.gui.pages.history import HistoryPage

            page = HistoryPage(ctx)
        else:
            from ropa_desktop.gui.pages.list_page import ListPage

            page = ListPage(ctx, Kind(key))
        slot = self.stack.widget(self.pages.index(key))
        slot.layout().addWidget(page)
        self._restore_page_layout(key, page)
        return page

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.pages) and (self.isVisible() or self.pages.is_built(self.pages.key(row))):
            self.pages[self.pages.key(row)]  # built before it is shown, so its showEvent loads it
        self.stack.setCurrentIndex(row)
        self._update_actions()

    def show_page(self, key: str) -> QWidget:
        page = self.pages[key]
        self.sidebar.setCurrentRow(self.pages.index(key))
        return page

    def current_page(self) -> QWidget | None:
        row = self.sidebar.currentRow()
        return self.pages[self.pages.key(row)] if 0 <= row < len(self.pages) else None

    def _is_list_page(self, page: QWidget | None) -> bool:
        from ropa_desktop.gui.pages.list_page import ListPage

        return isinstance(page, ListPage)

    def open_item(self, entity: str, entity_id: str, field: str) -> None:
        """Show the item a finding or a transfer row concerns, at the field it names."""
        if entity == "organisation":
            page = self.show_page("organisation")
            page.focus_field(field)  # type: ignore[attr-defined]
            return
        if entity == "history":  # an editor's Show history: entity_id is the list, field the item's id
            page = self.show_page("history")
            page.show_item(entity_id, field)  # type: ignore[attr-defined]
            return
        if entity in self.pages and self._is_list_page(self.pages[entity]):
            page = self.show_page(entity)
            page.open_item(entity_id, field)  # type: ignore[attr-defined]

    # --- menus ----------------------------------------------------------------------
    def _build_menus(self) -> None:
        a, ctx = self.actions_, self.ctx
        undo = ctx.undo_stack.createUndoAction(self, tr("&Undo"))
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = ctx.undo_stack.createRedoAction(self, tr("&Redo"))
        redo.setShortcuts(redo_keys())
        self.undo_action, self.redo_action = undo, redo

        file_menu = self.menuBar().addMenu(tr("&File"))
        file_menu.addActions([a.new, a.open])
        self.recent_menu = QMenu(tr("Open &Recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([a.import_json, a.import_spreadsheet, a.export_json, a.export_pdf, a.export_xlsx])
        file_menu.addSeparator()
        file_menu.addActions([a.notice, a.verify])
        file_menu.addSeparator()
        file_menu.addAction(a.quit)

        edit_menu = self.menuBar().addMenu(tr("&Edit"))
        edit_menu.addActions([undo, redo])
        edit_menu.addSeparator()
        edit_menu.addActions([a.add_item, a.delete_item, a.find])
        edit_menu.addSeparator()
        edit_menu.addActions([a.from_template, a.duplicate])

        view_menu = self.menuBar().addMenu(tr("&View"))
        for i in range(self.sidebar.count()):
            item = self.sidebar.item(i)
            action = view_menu.addAction(item.text())
            if i < 10:  # Ctrl+1 … Ctrl+9, and Ctrl+0 for the tenth page (History), as the digits run
                action.setShortcut(QKeySequence(f"Ctrl+{(i + 1) % 10}"))
            action.triggered.connect(lambda _c=False, row=i: self.sidebar.setCurrentRow(row))
            self.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(a.reload)
        lang_menu = view_menu.addMenu(tr("Language"))
        current = ctx.settings.ui_language()
        choice = QActionGroup(lang_menu)  # one language is ticked at a time
        for code, label in ui_language_choices():
            action = lang_menu.addAction(label)
            choice.addAction(action)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _c=False, c=code: self._set_language(c))

        help_menu = self.menuBar().addMenu(tr("&Help"))
        help_menu.addActions([a.about, a.about_qt])

        a.new.triggered.connect(self.files.new_register)
        a.open.triggered.connect(self.files.open_dialog)
        a.import_json.triggered.connect(self.files.import_dialog)
        a.import_spreadsheet.triggered.connect(self._import_spreadsheet)
        a.export_json.triggered.connect(self.files.export_json_dialog)
        a.export_pdf.triggered.connect(self.files.export_pdf_dialog)
        a.export_xlsx.triggered.connect(self.files.export_xlsx_dialog)
        a.notice.triggered.connect(self.open_notice_dialog)
        a.verify.triggered.connect(self.open_verify_dialog)
        a.quit.triggered.connect(self.close)
        a.add_item.triggered.connect(self._add_item)
        a.delete_item.triggered.connect(self._delete_item)
        a.find.triggered.connect(self._find)
        a.from_template.triggered.connect(self._from_template)
        a.duplicate.triggered.connect(self._duplicate)
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

    def _import_spreadsheet(self) -> None:
        from ropa_desktop.gui.spreadsheet_import import import_spreadsheet_dialog

        import_spreadsheet_dialog(self, self.ctx)

    def _from_template(self) -> None:
        from ropa_desktop.gui.template_dialog import new_activity_from_template

        new_activity_from_template(self, self.ctx)

    def _duplicate(self) -> None:
        from ropa_desktop.gui.duplicating import current_activity_id, duplicate_activity

        activity_id = current_activity_id(self.current_page())
        if activity_id is not None:
            duplicate_activity(self.ctx, activity_id)

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
        if self._is_list_page(page):
            page.add_item()  # type: ignore[union-attr]

    def _delete_item(self) -> None:
        page = self.current_page()
        if self._is_list_page(page):
            page.delete_current()  # type: ignore[union-attr]

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
        row = self.sidebar.currentRow()
        is_list = 0 <= row < len(self.pages) and self.pages.key(row) not in (
            "overview", "transfers", "organisation", "history")
        for action in (self.actions_.import_json, self.actions_.export_json, self.actions_.export_pdf,
                       self.actions_.export_xlsx, self.actions_.notice, self.actions_.reload,
                       self.actions_.from_template):
            action.setEnabled(has_store)
        self.actions_.add_item.setEnabled(has_store and is_list)
        self.actions_.delete_item.setEnabled(has_store and is_list)
        self.actions_.duplicate.setEnabled(has_store and row == self.pages.index(Kind.ACTIVITY.value))

    def _update_title(self, *_args: object) -> None:
        store = self.ctx.store
        self.setWindowTitle(f"{store.path.name} — ropa-desktop" if store else "ropa-desktop")
        self.setWindowFilePath(str(store.path) if store else "")  # macOS: the file's icon in the title bar

    def _on_register_opened(self) -> None:
        self._update_title()
        self._update_actions()
        self._show_others(self.ctx.others)

    def _show_others(self, others: list) -> None:
        self.info_bar.show_text("\n".join(t for t in (place_text(self.ctx.store), presence_text(others)) if t))

    # --- window habits ----------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.ctx.settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = self.ctx.settings.window_state()
        if state is not None:
            self.restoreState(state)

    @qt_override
    def showEvent(self, event: QShowEvent) -> None:
        row = self.sidebar.currentRow()
        if 0 <= row < len(self.pages):
            self.pages[self.pages.key(row)]  # the page the window opens on, built as it first shows
        super().showEvent(event)

    @qt_override
    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.settings.set_window_geometry(self.saveGeometry())
        self.ctx.settings.set_window_state(self.saveState())
        self._save_page_layouts()
        self.ctx.settings.sync()
        self._poll.stop()
        QCoreApplication.instance().removeEventFilter(self._file_open_filter)
        super().closeEvent(event)

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.apply_icons()  # light and dark: the icons are drawn in the palette's text colour
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

