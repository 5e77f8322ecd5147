"""The habits of a desktop app, for the main window: a toolbar and icons, F1 help at the page shown, Save a copy,
Ctrl+P, Preferences, a status bar that says "Saved", counts in the sidebar, and splitters and column
widths remembered between runs.

A mixin of MainWindow, kept apart so that the window's own module stays about its pages and menus.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, Qt, QTime
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QIcon, QTextDocument
from PySide6.QtWidgets import QHeaderView, QLabel, QMenu, QSplitter, QWidget

from ropa_desktop.base.resources import resource_path
from ropa_desktop.gui.file_ops import REGISTER_SUFFIX
from ropa_desktop.gui.i18n import tr
from ropa_desktop.gui.qt_override import qt_override
from ropa_desktop.store import Kind


class DesktopHabits:
    """Needs the window's ``ctx``, ``actions_``, ``files``, ``sidebar`` and ``pages``."""

    ctx: Any
    actions_: Any
    files: Any
    sidebar: Any
    pages: Any

    def _build_desktop_habits(self) -> None:
        """Toolbar, F1 help, Save a copy, Print, Preferences, the status bar's "Saved", sidebar counts."""
        from ropa_desktop.gui.toolbar import build_toolbar

        a = self.actions_
        file_menu, edit_menu, help_menu = (self._menu_with(x) for x in (a.open, a.add_item, a.about))
        file_menu.insertAction(a.import_json, a.save_copy)
        file_menu.insertSeparator(a.import_json)
        file_menu.insertAction(a.quit, a.print_)
        file_menu.insertSeparator(a.quit)
        edit_menu.addSeparator()
        a.preferences.setMenuRole(a.preferences.MenuRole.PreferencesRole)  # macOS: in the application menu
        edit_menu.addAction(a.preferences)
        help_menu.insertAction(a.about, a.help)
        help_menu.insertSeparator(a.about)
        self.apply_icons()
        self.toolbar = build_toolbar(self, a)
        self.setWindowIcon(QIcon(str(resource_path("icons", "ropa-desktop.svg"))))
        self.setAcceptDrops(True)  # a .ropa dropped on the window opens, as a double-click would
        a.save_copy.triggered.connect(self.files.save_copy_dialog)
        a.print_.triggered.connect(self.print_page)
        a.preferences.triggered.connect(self.open_preferences)
        a.help.triggered.connect(self.show_help)
        self.help_dialog: QWidget | None = None
        self.saved_label = QLabel()
        self.saved_label.setAccessibleName(tr("Save state"))
        self.statusBar().addPermanentWidget(self.saved_label)
        self.ctx.items_changed.connect(self._say_saved)
        self.ctx.organisation_changed.connect(self._say_saved)
        self.ctx.items_changed.connect(self._update_counts)
        self.ctx.register_opened.connect(self._update_counts)
        self.ctx.register_opened.connect(self._update_habit_actions)
        self._update_habit_actions()
        self._update_counts()

    def apply_icons(self) -> None:
        """The icon set on the actions (toolbar and menus) and the sidebar, in this palette's colours.

        Called again when the palette changes (the system switched between light and dark).
        """
        from ropa_desktop.gui.icon_set import ACTION_ICONS, ICON_SIZE, PAGE_ICONS, themed_icon

        palette = self.palette()
        for attr, name in ACTION_ICONS.items():
            getattr(self.actions_, attr).setIcon(themed_icon(name, palette))
        self.sidebar.setIconSize(ICON_SIZE)
        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            name = PAGE_ICONS.get(item.data(Qt.ItemDataRole.UserRole))
            if name:
                item.setIcon(themed_icon(name, palette))

    # --- a register dropped on the window from Explorer or Finder ------------------------------
    @qt_override
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_register(event.mimeData()) is not None:
            event.acceptProposedAction()

    @qt_override
    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_register(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.files.open_from_desktop(path)

    def _update_habit_actions(self) -> None:
        self.actions_.save_copy.setEnabled(self.ctx.store is not None)

    def _menu_with(self, action: QAction) -> QMenu:
        return next(m for m in self.menuBar().findChildren(QMenu) if action in m.actions())

    def _say_saved(self, *_args: object) -> None:
        # Every edit is written at once; the status bar says so, as a save button would.
        self.saved_label.setText(tr("Saved at %1").replace("%1", QTime.currentTime().toString("HH:mm:ss")))

    def _update_counts(self, *_args: object) -> None:
        """Each list in the sidebar with the number of its items, e.g. "Processors (4)"."""
        store = self.ctx.store
        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            title = item.data(Qt.ItemDataRole.UserRole + 1) or item.text()
            item.setData(Qt.ItemDataRole.UserRole + 1, title)
            try:
                kind = Kind(item.data(Qt.ItemDataRole.UserRole))
            except ValueError:
                continue
            item.setText(tr("%1 (%2)").replace("%1", title).replace("%2", str(store.count(kind)))
                         if store is not None else title)
        # Wide enough for every title with its icon and a three-digit count, with or without a register
        # open: the sidebar does not jump (nor the page beside it) when a register opens or grows.
        metrics = self.sidebar.fontMetrics()
        widest = max(metrics.horizontalAdvance(tr("%1 (%2)").replace("%1", self.page_title(key)).replace("%2", "999"))
                     for key in self.pages)
        needed = max(widest + self.sidebar.iconSize().width() + 36, self.sidebar.sizeHintForColumn(0) + 28)
        self.sidebar.setFixedWidth(needed)

    def page_title(self, key: str) -> str:
        item = self.sidebar.item(self.pages.index(key))
        return str(item.data(Qt.ItemDataRole.UserRole + 1) or item.text())

    def current_key(self) -> str:
        row = self.sidebar.currentRow()
        return self.pages.key(row) if 0 <= row < len(self.pages) else "overview"

    def show_help(self) -> QWidget:
        """F1: the handbook at the topic of the page shown."""
        from ropa_desktop.gui.help_viewer import PAGE_TOPICS, HelpDialog

        if self.help_dialog is None:
            self.help_dialog = HelpDialog(self.ctx.ui_lang, self)
        self.help_dialog.show_topic(PAGE_TOPICS.get(self.current_key(), "register"))  # type: ignore[attr-defined]
        self.help_dialog.show()
        self.help_dialog.raise_()
        self.help_dialog.activateWindow()
        return self.help_dialog

    def print_document(self) -> QTextDocument:
        from ropa_desktop.gui.printing import page_document

        key = self.current_key()
        store = self.ctx.store
        return page_document(self.page_title(key), self.pages[key], store.path.name if store else "")

    def print_page(self) -> None:
        """Ctrl+P: the page shown, through Qt's print preview."""
        from ropa_desktop.gui.printing import print_with_preview

        print_with_preview(self, self.print_document())

    def open_preferences(self) -> None:
        from ropa_desktop.gui.main_window import ui_language_choices
        from ropa_desktop.gui.preferences import PreferencesDialog

        PreferencesDialog(self.ctx.settings, ui_language_choices(), self).exec()

    def _layout_parts(self, page: QWidget) -> list[tuple[str, Any]]:
        """The page's master–detail splitter and its list's column header, where it has them."""
        parts: list[tuple[str, Any]] = []
        splitter = getattr(page, "splitter", None)
        if isinstance(splitter, QSplitter):
            parts.append(("splitter", splitter))
        view = getattr(page, "view", None)
        header = view.horizontalHeader() if view is not None and hasattr(view, "horizontalHeader") else None
        if isinstance(header, QHeaderView):
            parts.append(("columns", header))
        return parts

    def _restore_page_layout(self, key: str, page: QWidget) -> None:
        for name, part in self._layout_parts(page):
            state = self.ctx.settings.layout_state(f"{key}/{name}")
            if state is not None:
                part.restoreState(state)  # type: ignore[attr-defined]

    def _save_page_layouts(self) -> None:
        for key in self.pages:
            if self.pages.is_built(key):
                for name, part in self._layout_parts(self.pages[key]):
                    self.ctx.settings.set_layout_state(f"{key}/{name}", part.saveState())  # type: ignore[attr-defined]


def _dropped_register(data: QMimeData) -> Path | None:
    """The one local .ropa file being dragged, if that is what it is (any case: Windows and macOS)."""
    files = [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()] if data.hasUrls() else []
    if len(files) == 1 and files[0].suffix.lower() == REGISTER_SUFFIX:
        return files[0]
    return None
