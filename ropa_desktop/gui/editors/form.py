"""A form over one domain object, built from a list of field specs.

The form never changes the object it shows: a committed field gives a new object
(``dataclasses.replace``), which the form emits as ``changed``; the owner turns it
into an undo command. Nested objects (a DPA, a transfer's SCC) and lists of objects
(purposes, transfers) are forms inside forms, so every field of the format is
reachable, and a finding's path like ``transfers[0].scc`` can be followed down.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ropa_desktop.domain.missing import MISSING
from ropa_desktop.gui.i18n import tr
from ropa_desktop.gui.widgets.fields import Env, FieldWidget, NoneBox


@dataclass
class Spec:
    attr: str
    label: str  # already translated
    make: Callable[[], FieldWidget]
    visible: Callable[[Any, Env], bool] | None = None
    help: str = ""


Section = tuple[str, list[Spec]]
_SEGMENT = re.compile(r"^([a-z_]+)(?:\[(\d+)\])?(?:\.(.*))?$")


def split_path(path: str) -> tuple[str, int | None, str]:
    """'transfers[0].scc.status' -> ('transfers', 0, 'scc.status')."""
    m = _SEGMENT.match(path)
    if not m:
        return path, None, ""
    return m.group(1), int(m.group(2)) if m.group(2) is not None else None, m.group(3) or ""


class ObjectForm(QWidget):
    changed = Signal(object)

    def __init__(self, sections: list[Section], tabs: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._obj: Any = None
        self._env: Env = {}
        self.fields: dict[str, FieldWidget] = {}
        self._specs: dict[str, Spec] = {}
        self._labels: dict[str, QLabel] = {}
        self._rows: dict[str, tuple[QFormLayout, QWidget]] = {}
        self._tab_of: dict[str, int] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.tabs: QTabWidget | None = None
        self._scrolls: list[QScrollArea] = []
        if tabs:
            self.tabs = QTabWidget()
            self.tabs.setDocumentMode(True)
            outer.addWidget(self.tabs)
        for index, (title, specs) in enumerate(sections):
            page = QWidget()
            form = QFormLayout(page)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            for spec in specs:
                widget = spec.make()
                widget.set_accessible(spec.label)
                if spec.help:
                    widget.setToolTip(spec.help)
                label = QLabel(spec.label)
                label.setBuddy(widget)
                label.setWordWrap(False)
                form.addRow(label, widget)
                widget.committed.connect(lambda value, attr=spec.attr: self._on_committed(attr, value))
                self.fields[spec.attr] = widget
                self._specs[spec.attr] = spec
                self._labels[spec.attr] = label
                self._tab_of[spec.attr] = index
            if self.tabs is not None:
                scroll = QScrollArea()
                scroll.setWidgetResizable(True)
                scroll.setFrameShape(QScrollArea.Shape.NoFrame)
                scroll.setWidget(page)
                self._scrolls.append(scroll)
                self.tabs.addTab(scroll, title)
            else:
                if title:
                    box = QGroupBox(title)
                    QVBoxLayout(box).addWidget(page)
                    outer.addWidget(box)
                else:
                    form.setContentsMargins(0, 0, 0, 0)
                    outer.addWidget(page)

        if self.tabs is not None and self.tabs.count() == 1 and not self.tabs.tabText(0):
            self.tabs.tabBar().hide()  # one untitled page: an empty tab would only puzzle

    @property
    def obj(self) -> Any:
        return self._obj

    def set_object(self, obj: Any, env: Env) -> None:
        self._obj, self._env = obj, env
        for attr, widget in self.fields.items():
            widget.set_value(getattr(obj, attr), env)
        self._update_visibility()

    def _update_visibility(self) -> None:
        for attr, spec in self._specs.items():
            shown = spec.visible is None or bool(spec.visible(self._obj, self._env))
            self.fields[attr].setVisible(shown)
            self._labels[attr].setVisible(shown)

    def _on_committed(self, attr: str, value: Any) -> None:
        if self._obj is None:
            return
        new = dataclasses.replace(self._obj, **{attr: value})
        if new == self._obj:
            return
        self._obj = new
        self._update_visibility()
        self.changed.emit(new)

    def focus_path(self, path: str) -> bool:
        """Show and focus the field a finding names; False when the form has no such field."""
        attr, index, rest = split_path(path)
        widget = self.fields.get(attr)
        if widget is None:
            return False
        if self.tabs is not None:
            tab = self._tab_of[attr]
            self.tabs.setCurrentIndex(tab)
            self._scrolls[tab].ensureWidgetVisible(widget)
        if index is not None and isinstance(widget, ObjectListField):
            widget.focus_item(index, rest)
        elif rest and isinstance(widget, SubObjectField):
            widget.focus_path(rest)
        else:
            widget.focus_path(rest)
        return True


class SubObjectField(FieldWidget):
    """An optional nested object (a DPA, SCC, TIA, DPIA, contact): a box ticked when recorded."""

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
        self.box = QGroupBox(title or tr("Recorded"))
        self.form = ObjectForm(sections)
        QVBoxLayout(self.box).addWidget(self.form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Where the format allows null (no DPO), three answers: not recorded, none, this one.
        self.state: QComboBox | None = None
        if none_allowed and optional:
            self.state = QComboBox()
            self.state.addItems([tr("— not recorded —"), none_label or tr("None"), title or tr("Recorded")])
            self.state.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            self.state.currentIndexChanged.connect(self._on_state)
            row = QHBoxLayout()
            row.addWidget(self.state)
            row.addStretch(1)
            layout.addLayout(row)
            self.box.setTitle("")
        else:
            self.box.setCheckable(optional)
            self.box.toggled.connect(self._on_toggled)
        layout.addWidget(self.box)
        self.form.changed.connect(self._commit)

    def load(self, value: Any, env: Env) -> None:
        recorded = value is not MISSING and value is not None
        if self.state is not None:
            self.state.setCurrentIndex(2 if recorded else 1 if value is None else 0)
            self.box.setVisible(recorded)
        else:
            self.box.setChecked(recorded or not self.optional)
            self.form.setVisible(recorded or not self.optional)
        self.form.set_object(value if recorded else self.default(), env)

    def _on_toggled(self, on: bool) -> None:
        if self._loading:
            return
        self.form.setVisible(on)
        self._commit(self.form.obj if on else MISSING)

    def _on_state(self, index: int) -> None:
        if self._loading:
            return
        self.box.setVisible(index == 2)
        self._commit(self.form.obj if index == 2 else None if index == 1 else MISSING)

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

    def __init__(
        self,
        sections: list[Section],
        make_item: Callable[[list[Any], Env], Any],
        title_of: Callable[[Any, Env], str],
        optional: bool = True,
        none_label: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.make_item = make_item
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
