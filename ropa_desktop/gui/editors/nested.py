"""Forms inside forms: an optional nested object (a DPA, the SCC) and a list of objects (purposes, transfers)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ropa_desktop.domain.missing import MISSING
from ropa_desktop.gui.editors.object_form import ObjectForm, Section
from ropa_desktop.gui.i18n import tr
from ropa_desktop.gui.widgets.fields import Env, FieldWidget, NoneBox

NOT_RECORDED, NONE, RECORDED = "not_recorded", "none", "recorded"


class SubObjectField(FieldWidget):
    """An optional nested object (a DPA, SCC, TIA, DPIA, contact), with its state said in words.

    A choice, not a bare checkbox: *not recorded yet*, *none* where the format lets a
    register say so (null: no DPO, no representative), or the object, whose form shows below.
    """

    nested = True

    def __init__(
        self,
        sections: list[Section],
        default: Callable[[], Any],
        optional: bool = True,
        title: str = "",
        none_allowed: bool = False,
        none_label: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.default = default
        self.optional = optional
        self.box = QGroupBox()
        self.form = ObjectForm(sections)
        QVBoxLayout(self.box).addWidget(self.form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.state: QComboBox | None = None
        self.states: list[str] = []
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        if optional:
            self.state = QComboBox()
            self.states = [NOT_RECORDED, *([NONE] if none_allowed else []), RECORDED]
            labels = {NOT_RECORDED: tr("Not recorded yet"), NONE: none_label or tr("None"),
                      RECORDED: title or tr("Recorded")}
            self.state.addItems([labels[s] for s in self.states])
            self.state.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            self.state.currentIndexChanged.connect(self._on_state)
            row = QHBoxLayout()
            row.addWidget(self.state)
            row.addStretch(1)
            layout.addLayout(row)
            layout.addWidget(self.explanation)
        layout.addWidget(self.box)
        self.form.changed.connect(self._commit)

    def _explain(self, state: str) -> None:
        words = {
            NOT_RECORDED: tr("Not recorded yet: the register does not answer this, and the checks will ask "
                             "about it."),
            NONE: tr("Recorded as none: the register states that there is none."),
            RECORDED: "",
        }[state]
        self.explanation.setText(words)
        self.explanation.setVisible(bool(words))

    def current_state(self) -> str:
        if self.state is None:
            return RECORDED
        return self.states[self.state.currentIndex()]

    def load(self, value: Any, env: Env) -> None:
        recorded = value is not MISSING and value is not None
        state = RECORDED if recorded or not self.optional else NONE if value is None and NONE in self.states \
            else NOT_RECORDED
        if self.state is not None:
            self.state.setCurrentIndex(self.states.index(state))
        self.box.setVisible(state == RECORDED)
        self._explain(state)
        self.form.set_object(value if recorded else self.default(), env)

    def _on_state(self, index: int) -> None:
        if self._loading:
            return
        state = self.states[index]
        self.box.setVisible(state == RECORDED)
        self._explain(state)
        self._commit(self.form.obj if state == RECORDED else None if state == NONE else MISSING)

    def focus_path(self, path: str) -> None:
        if not path or not self.form.focus_path(path):
            (self.state or self.box).setFocus(Qt.FocusReason.OtherFocusReason)

    def set_accessible(self, name: str) -> None:
        super().set_accessible(name)
        self.box.setAccessibleName(name)
        if self.state is not None:
            self.state.setAccessibleName(name)


class ObjectListField(FieldWidget):
    """A list of nested objects (purposes, transfers, retention rules): a list beside a form."""

    nested = True

    def __init__(
        self,
        sections: list[Section],
        make_item: Callable[[list[Any], Env], Any],
        title_of: Callable[[Any, Env], str],
        optional: bool = True,
        none_label: str | None = None,
        settle: Callable[[Any, list[Any], Env], Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.make_item = make_item
        # What an edited item becomes beside the others (a new purpose's id from its text).
        self.settle = settle
        self.title_of = title_of
        self.optional = optional
        self._items: list[Any] = []
        self._env: Env = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.list = QListWidget()
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * 6 + 12)
        self.list.setMinimumHeight(self.list.fontMetrics().lineSpacing() * 3 + 12)
        top.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.add_button = QPushButton(tr("Add"))
        self.remove_button = QPushButton(tr("Remove"))
        self.up_button = QPushButton(tr("Move up"))
        self.down_button = QPushButton(tr("Move down"))
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        top.addLayout(buttons)
        layout.addLayout(top)
        self.none = NoneBox(none_label, self._on_none) if none_label is not None else None
        if self.none is not None:
            layout.addWidget(self.none)
        self.form = ObjectForm(sections)
        self.frame = QGroupBox()
        QVBoxLayout(self.frame).addWidget(self.form)
        layout.addWidget(self.frame)
        self.setFocusProxy(self.list)
        self.add_button.clicked.connect(self.add_item)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.list.currentRowChanged.connect(self._show_row)
        self.form.changed.connect(self._on_item_changed)

    def load(self, value: Any, env: Env) -> None:
        self._env = env
        self._items = list(value) if isinstance(value, list) else []
        row = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for item in self._items:
            self.list.addItem(QListWidgetItem(self.title_of(item, env) or tr("(untitled)")))
        if self._items:
            self.list.setCurrentRow(min(max(row, 0), len(self._items) - 1))
        self.list.blockSignals(False)
        self._show_row(self.list.currentRow())
        if self.none is not None:
            self.none.show_value(value)

    def _on_none(self, on: bool) -> None:
        if not self._loading:
            self._commit([] if on else MISSING)

    def _show_row(self, row: int) -> None:
        has = 0 <= row < len(self._items)
        self.frame.setVisible(has)
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < len(self._items) - 1)
        if has:
            self.frame.setTitle(self.title_of(self._items[row], self._env) or tr("(untitled)"))
            self.form.set_object(self._items[row], self._env)

    def add_item(self) -> None:
        item = self.make_item(self._items, self._env)
        items = [*self._items, item]
        self._emit(items, len(items) - 1)

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._items):
            items = self._items[:row] + self._items[row + 1:]
            self._emit(items, min(row, len(items) - 1))

    def _move(self, delta: int) -> None:
        row = self.list.currentRow()
        other = row + delta
        if 0 <= row < len(self._items) and 0 <= other < len(self._items):
            items = list(self._items)
            items[row], items[other] = items[other], items[row]
            self._emit(items, other)

    def _on_item_changed(self, item: Any) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._items):
            items = list(self._items)
            if self.settle is not None:
                item = self.settle(item, items[:row] + items[row + 1:], self._env)
            items[row] = item
            self._emit(items, row)

    def _emit(self, items: list[Any], select: int) -> None:
        # Show the new state at once; the store's answer reloads it (or the old one on failure).
        self.list.blockSignals(True)
        self.list.clear()
        for item in items:
            self.list.addItem(QListWidgetItem(self.title_of(item, self._env) or tr("(untitled)")))
        self.list.setCurrentRow(select)
        self.list.blockSignals(False)
        self._items = items
        self._show_row(select)
        if self.none is not None:
            # With a "none" box, an empty list is only ever what that box says.
            value: Any = items or MISSING
            self.none.show_value(value)
        else:
            value = items if items or not self.optional or self._value is not MISSING else MISSING
        self._commit(value)

    def focus_item(self, index: int, rest: str) -> None:
        if 0 <= index < self.list.count():
            self.list.setCurrentRow(index)
            if rest:
                self.form.focus_path(rest)
            else:
                self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_accessible(self, name: str) -> None:
        super().set_accessible(name)
        self.list.setAccessibleName(name)
        self.add_button.setAccessibleName(tr("Add to %1").replace("%1", name))
        self.remove_button.setAccessibleName(tr("Remove from %1").replace("%1", name))
