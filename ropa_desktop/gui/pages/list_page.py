"""A page with one of the register's lists, filtered as you type, and the editor of the selected item."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.editors.item_editor import ItemEditor
from ropa_desktop.gui.i18n import tr
from ropa_desktop.gui.labels import kind_plural, kind_singular
from ropa_desktop.gui.models.filter_proxy import FilterProxy
from ropa_desktop.gui.models.list_model import ItemListModel
from ropa_desktop.gui.qt_override import qt_override
from ropa_desktop.store import Kind

NONE_LABELS = {
    Kind.RECIPIENT: lambda: tr("None: we disclose personal data to no one"),
    Kind.PROCESSOR: lambda: tr("None: we use no processors"),
    Kind.SECURITY_MEASURE: lambda: tr("None recorded as taken"),
}


class ListPage(QWidget):
    def __init__(self, ctx: AppContext, kind: Kind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self._dirty = True
        self.model = ItemListModel(ctx, kind, self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._pending: tuple[str, str] | None = None
        self.model.rows_loaded.connect(self._on_rows_loaded)

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Filter by name or description…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(tr("Filter %1").replace("%1", kind_plural(kind)))
        self.filter.textChanged.connect(self._on_filter_text)
        self.add_button = QPushButton(tr("Add…"))
        self.add_button.setToolTip(tr("Add a new %1 (Ctrl+Shift+N)").replace("%1", kind_singular(kind)))
        self.add_button.clicked.connect(self.add_item)
        self.delete_button = QPushButton(tr("Delete"))
        self.delete_button.clicked.connect(self.delete_current)

        self.view = QTableView()
        self.view.setAccessibleName(kind_plural(kind))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # register order until the user sorts
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        # A list of whole rows: Tab leaves it for the editor (arrows move in it), never cell by cell.
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().lineSpacing() + 8)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(160)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        self._apply_columns()
        header.resizeSection(0, 240)

        self.editor = ItemEditor(ctx, kind, self._add_catalogue_item)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.delete_button)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.view, 1)
        # An optional list left empty: does the organisation have none, or is it not recorded yet?
        self.none_box: QCheckBox | None = None
        if kind.optional:
            self.none_box = QCheckBox(NONE_LABELS[kind]())
            self.none_box.setToolTip(tr("Unticked, the list counts as not recorded yet, and the checks "
                                        "ask about it."))
            self.none_box.toggled.connect(self._on_none)
            left_layout.addWidget(self.none_box)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        # The editor is where the work is: it gets most of a 1366-pixel screen, the list enough to show
        # its second column whole beside the 240-pixel name column (at 400 of 1200 it ran past the edge).
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([480, 720])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        ctx.items_changed.connect(self._on_items_changed)
        ctx.register_opened.connect(self._on_register_opened)
        self._update_buttons()

    # --- loading ----------------------------------------------------------------------
    def ensure_loaded(self) -> None:
        if self._dirty:
            self.reload()

    def reload(self) -> None:
        current = self.current_id()
        self.model.reload()
        self._dirty = False
        if (not current or not self.select_id(current)) and self._pending is None:
            self.editor.show_item(None)
        else:
            self.editor.reload()  # the same item, as the file has it now
        self._update_buttons()

    def _on_register_opened(self) -> None:
        # Another register, or this one changed from outside (another program, a reload
        # after a refused save): the selection stays where it was when the item still exists.
        self._dirty = True
        if self.isVisible():
            self.reload()
        elif self.editor.item is not None and self.ctx.store is not None \
                and self.ctx.store.get(self.kind, self.editor.item.id) is None:
            self.editor.show_item(None)

    def _on_items_changed(self, kind_value: str, item_id: str) -> None:
        if kind_value == self.kind.value:
            if item_id and not self._dirty:
                self.model.refresh_item(item_id)
                if self.editor.item is not None and self.editor.item.id == item_id:
                    self.editor.reload()
            else:
                self._dirty = True
                if self.isVisible():
                    self.reload()
        elif self.kind is Kind.ACTIVITY:
            # Activities show catalogue names: they are stale, not gone; reload when next shown.
            self._dirty = True
            if self.isVisible():
                self.reload()
            self.editor.reload()

    @qt_override
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.ensure_loaded()

    # --- selection ----------------------------------------------------------------------
    def current_id(self) -> str | None:
        return self.editor.item.id if self.editor.item is not None else None

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.editor.show_item(None)
        else:
            row = self.proxy.mapToSource(current).row()
            if self.editor.item is None or self.editor.item.id != self.model.item_id(row):
                self.editor.show_item(self.model.item(row))
            # else: the row of the item being edited, selected again after a filter or reload
        self._update_buttons()

    def _on_filter_text(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._select_current_again()

    def _select_current_again(self) -> None:
        """After the list was filtered anew: the item in the editor stays selected when it is shown."""
        item_id = self.current_id()
        row = self.model.row_of(item_id) if item_id else None
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else QModelIndex()
        if index.isValid():
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.view.scrollTo(index)  # a new filter starts the list at its top; the edited item stays in sight

    def select_id(self, item_id: str, field: str = "") -> bool:
        self.ensure_loaded()
        row = self.model.row_of(item_id)
        if row is None:
            if self.model.loading:  # further down a long list that is still being read
                self._pending = (item_id, field)
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # filtered out: show everything rather than hide what was asked for
            self.filter.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.scrollTo(index)
        if self.editor.item is None or self.editor.item.id != item_id:
            self.editor.show_item(self.model.item(row))
        return True

    def open_item(self, item_id: str, field: str) -> None:
        if self.select_id(item_id, field):
            self.editor.focus_field(field)

    def _on_rows_loaded(self) -> None:
        if not self.view.currentIndex().isValid():  # a sorted list takes the rest anew
            self._select_current_again()
        self._update_buttons()
        pending, self._pending = self._pending, None
        if pending is not None:
            self.open_item(*pending)

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.editor.item is not None)
        self.add_button.setEnabled(self.ctx.store is not None)
        store = self.ctx.store
        if self.none_box is not None:
            empty = store is not None and self.model.rowCount() == 0 and not self.model.loading
            self.none_box.setVisible(empty)
            self.none_box.blockSignals(True)
            self.none_box.setChecked(bool(empty and store is not None and store.is_recorded(self.kind)))
            self.none_box.blockSignals(False)

    def _on_none(self, on: bool) -> None:
        from ropa_desktop.gui.commands import SetRecorded, perform

        if self.ctx.store is not None and not perform(self.ctx, SetRecorded(self.ctx, self.kind, on)):
            self._update_buttons()

    # --- columns --------------------------------------------------------------------------
    def _apply_columns(self) -> None:
        hidden = self.ctx.settings.hidden_columns(self.kind.value)
        for i, column in enumerate(self.model.columns):
            self.view.setColumnHidden(i, (column.key in hidden) if hidden is not None else not column.visible)

    def _column_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for i in range(len(self.model.columns)):
            action = menu.addAction(self.model.headerData(i, Qt.Orientation.Horizontal))
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(i))
            action.toggled.connect(lambda on, col=i: self.set_column_visible(col, on))
        menu.exec(self.view.horizontalHeader().mapToGlobal(pos))

    def set_column_visible(self, column: int, visible: bool) -> None:
        if not visible and sum(not self.view.isColumnHidden(i) for i in range(self.model.columnCount())) <= 1:
            return  # keep at least one column
        self.view.setColumnHidden(column, not visible)
        hidden = [c.key for i, c in enumerate(self.model.columns) if self.view.isColumnHidden(i)]
        self.ctx.settings.set_hidden_columns(self.kind.value, hidden)

    # --- adding and deleting ---------------------------------------------------------------
    def add_item(self) -> None:
        if self.ctx.store is None:
            return
        name, ok = QInputDialog.getText(
            self, tr("New %1").replace("%1", kind_singular(self.kind)), tr("Name:"), QLineEdit.EchoMode.Normal
        )
        if not ok or not name.strip():
            return
        item_id = self.create(self.kind, name.strip())
        if item_id:
            self.filter.clear()
            self.select_id(item_id)
            self.editor.form.focus_path("name")

    def create(self, kind: Kind, name: str) -> str | None:
        from ropa_desktop.gui.commands import AddItem, perform
        from ropa_desktop.gui.editors.env import unique_id
        from ropa_desktop.gui.editors.specs import new_item

        store = self.ctx.store
        assert store is not None
        item_id = unique_id(name, set(store.ids(kind)))
        item = new_item(kind, item_id, name, store.default_language)
        if not perform(self.ctx, AddItem(self.ctx, kind, item)):
            return None
        if kind is self.kind:
            self.reload()
        return item_id

    def _add_catalogue_item(self, kind: Kind, tick: Callable[[str], None]) -> None:
        """*Add new…* in an activity: make the item and tick it, as one undo step."""
        name, ok = QInputDialog.getText(
            self, tr("New %1").replace("%1", kind_singular(kind)), tr("Name:"), QLineEdit.EchoMode.Normal
        )
        if not ok or not name.strip():
            return
        stack = self.ctx.undo_stack
        stack.beginMacro(tr("Add “%1”").replace("%1", name.strip()))
        try:
            item_id = self.create(kind, name.strip())
            if item_id:
                tick(item_id)
        finally:
            stack.endMacro()
        if not item_id:  # the store refused: leave no empty step behind
            stack.undo()

    def delete_current(self) -> None:
        item = self.editor.item
        store = self.ctx.store
        if item is None or store is None:
            return
        name = self.ctx.text(item.name)
        chosen = False  # an activity's deletion was already asked for, as the alternative to retiring it
        if self.kind is Kind.ACTIVITY and item.effective_status != "retired":
            from ropa_desktop.gui import retire

            choice = retire.ask_retire_or_delete(self, name)
            if choice == retire.RETIRE:
                retire.set_status(self.ctx, item, "retired")
            if choice != retire.DELETE:
                return
            chosen = True
        users = store.referrers(self.kind, item.id)
        if users:
            # Named as the rest of the window names them: in the UI language first.
            shown = "\n".join(f"• {self._activity_name(activity_id, stored_name)}"
                              for activity_id, stored_name in users[:10])
            if len(users) > 10:
                shown += "\n" + tr("… and %1 more").replace("%1", str(len(users) - 10))
            text = tr("“%1” is used by these activities:\n%2\n\nDelete it and remove it from them?")
            text = text.replace("%1", name).replace("%2", shown)
        else:
            text = tr("Delete “%1”?").replace("%1", name)
        answer = QMessageBox.StandardButton.Yes if chosen else QMessageBox.question(
            self, tr("Delete %1").replace("%1", kind_singular(self.kind)), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from ropa_desktop.gui.commands import DeleteItem, perform

        row = self.view.currentIndex().row()
        if perform(self.ctx, DeleteItem(self.ctx, self.kind, item)):
            self.reload()
            if self.proxy.rowCount():
                index = self.proxy.index(min(row, self.proxy.rowCount() - 1), 0)
                self.view.setCurrentIndex(index)

    def _activity_name(self, activity_id: str, stored_name: str) -> str:
        activity = self.ctx.store.get(Kind.ACTIVITY, activity_id) if self.ctx.store is not None else None
        return self.ctx.text(activity.name) if activity is not None else stored_name
