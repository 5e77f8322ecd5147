"""Field widgets: each edits one value of a domain object and says when the user committed it.

A field emits ``committed(value)`` once per user decision (Enter or leaving a text,
picking from a list, ticking a box), never while the form is being filled from the
store, so that one decision becomes one undo step.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ropa_desktop.domain.ltext import LText
from ropa_desktop.domain.missing import MISSING
from ropa_desktop.gui.i18n import tr
from ropa_desktop.gui.labels import choices
from ropa_desktop.gui.qt_override import qt_override
from ropa_desktop.gui.when import set_up_date_edit

# Re-exported: the fields are imported from this module everywhere.
from ropa_desktop.gui.widgets.country_fields import CountryField as CountryField
from ropa_desktop.gui.widgets.country_fields import CountryListField as CountryListField
from ropa_desktop.gui.widgets.field_base import Env as Env
from ropa_desktop.gui.widgets.field_base import FieldWidget as FieldWidget
from ropa_desktop.gui.widgets.field_base import NoneBox as NoneBox
from ropa_desktop.gui.widgets.field_base import hbox

# Makes a new catalogue item, then calls back with its id (both one undo step).
AddNewFn = Callable[[Callable[[str], None]], None]
_hbox = hbox


class PlainTextEdit(QPlainTextEdit):
    """A multi-line text that, like a line edit, says when the user is done with it."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)

    @qt_override
    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


class TextField(FieldWidget):
    """A plain text; empty means not recorded (or '' where the format requires a text)."""

    def __init__(
        self, required: bool = False, placeholder: str = "", empty: Any = MISSING, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.required = required
        self.empty = empty
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        _hbox(self).addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.edit.editingFinished.connect(self._on_finished)

    def load(self, value: Any, env: Env) -> None:
        self.edit.setText(value if isinstance(value, str) else "")

    def _on_finished(self) -> None:
        text = self.edit.text().strip()
        if not text and self.required and isinstance(self._value, str) and self._value:
            self.edit.setText(self._value)  # a required text cannot be emptied; keep what was there
            return
        self._commit(text if text or self.required else self.empty)

    def set_accessible(self, name: str) -> None:
        super().set_accessible(name)
        self.edit.setAccessibleName(name)


class LTextField(FieldWidget):
    """A localized text: one box per register language, each marked with its language."""

    def __init__(self, multiline: bool = False, required: bool = False, none_label: str | None = None,
                 placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.multiline = multiline
        self.placeholder = placeholder
        self.required = required
        self.edits: dict[str, QLineEdit | PlainTextEdit] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        self._layout = QVBoxLayout()
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        outer.addLayout(self._layout)
        self._langs: list[str] = []
        self._name = ""
        # The format's null: "recorded as none" (no requirement), not the same as no text yet.
        self.none_box: QCheckBox | None = None
        if none_label is not None:
            self.none_box = QCheckBox(none_label)
            self.none_box.toggled.connect(self._on_none)
            outer.addWidget(self.none_box)

    def _build(self, langs: list[str]) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.edits = {}
        for lang in langs:
            row = QWidget()
            row.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            layout = _hbox(row)
            tag = QLabel(lang.upper())
            tag.setMinimumWidth(tag.fontMetrics().horizontalAdvance("WW") + 4)
            tag.setToolTip(tr("Text in this language"))
            tag.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            tag.setEnabled(len(langs) > 1)
            edit: QLineEdit | PlainTextEdit = PlainTextEdit() if self.multiline else QLineEdit()
            edit.setAccessibleName(f"{self._name} ({lang})" if self._name else lang)
            edit.setPlaceholderText(self.placeholder)
            edit.editingFinished.connect(self._on_finished)
            tag.setBuddy(edit)
            layout.addWidget(tag)
            layout.addWidget(edit, 1)
            self._layout.addWidget(row)
            self.edits[lang] = edit
        self._langs = list(langs)
        if langs:
            self.setFocusProxy(self.edits[langs[0]])

    def load(self, value: Any, env: Env) -> None:
        langs = list(env.get("languages") or ["en"])
        extra = [lang for lang in (value.languages() if isinstance(value, LText) else []) if lang not in langs]
        langs += extra  # texts in a language the register dropped stay visible and editable
        if langs != self._langs:
            self._build(langs)
        for lang, edit in self.edits.items():
            text = value.get(lang) if isinstance(value, LText) else None
            if isinstance(edit, QLineEdit):
                edit.setText(text or "")
            else:
                edit.setPlainText(text or "")
            edit.setEnabled(self.none_box is None or value is not None)
        if self.none_box is not None:
            self.none_box.setChecked(value is None)
            # Like the lists' "none" boxes: never a way to throw away a text that is there.
            self.none_box.setEnabled(not (isinstance(value, LText) and not value.is_empty()))

    def _on_none(self, on: bool) -> None:
        if self._loading:
            return
        for edit in self.edits.values():
            edit.setEnabled(not on)
            if on:
                edit.clear()
        self._commit(None if on else self.current())

    def current(self) -> Any:
        if self.none_box is not None and self.none_box.isChecked():
            return None
        base = self._value if isinstance(self._value, LText) else LText()
        for lang, edit in self.edits.items():
            text = (edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()).strip()
            if (base.get(lang) or "") != text:
                base = base.with_text(lang, text)
        if base.is_empty():
            if self.required and isinstance(self._value, LText):
                return self._value  # a name cannot be emptied
            return MISSING if not self.required else base
        return base

    def _on_finished(self) -> None:
        value = self.current()
        if value is self._value and self.required:
            self.load(value, {"languages": self._langs})
        self._commit(value)

    def set_accessible(self, name: str) -> None:
        super().set_accessible(name)
        self._name = name
        for lang, edit in self.edits.items():
            edit.setAccessibleName(f"{name} ({lang})")


class ChoiceField(FieldWidget):
    """One of the format's coded values, shown by its translated label.

    The values live in a Python list beside the combo box (PySide6 miscounts references
    to Python objects such as MISSING kept as item data).
    """

    def __init__(
        self,
        options: list[tuple[Any, str]] | str,
        optional: bool = True,
        none_label: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow)
        _hbox(self).addWidget(self.combo)
        self.setFocusProxy(self.combo)
        self.values: list[Any] = []
        if optional:
            self.add_option(MISSING, tr("— not recorded —"))
        if none_label is not None:
            self.add_option(None, none_label)
        for value, label in choices(options) if isinstance(options, str) else options:
            self.add_option(value, label)
        self.combo.currentIndexChanged.connect(self._on_changed)

    def add_option(self, value: Any, label: str) -> None:
        self.values.append(value)
        self.combo.addItem(label)

    def index_of(self, value: Any) -> int:
        for i, known in enumerate(self.values):
            if known == value and type(known) is type(value):
                return i
        return -1

    def load(self, value: Any, env: Env) -> None:
        self.combo.setCurrentIndex(max(self.index_of(value), 0))

    def _on_changed(self, index: int) -> None:
        if 0 <= index < len(self.values):
            self._commit(self.values[index])

    def set_accessible(self, name: str) -> None:
        super().set_accessible(name)
        self.combo.setAccessibleName(name)


class RefChoiceField(ChoiceField):
    """One item of a catalogue (a transfer's processor or recipient), listed fresh on each load."""

    def __init__(self, catalogue: Callable[[Env], list[tuple[str, str]]], parent: QWidget | None = None) -> None:
        super().__init__([], optional=True, parent=parent)
        self.catalogue = catalogue

    def load(self, value: Any, env: Env) -> None:
        self.combo.blockSignals(True)
        while self.combo.count() > 1:
            self.combo.removeItem(1)
        del self.values[1:]
        known = self.catalogue(env)
        for item_id, name in known:
            self.add_option(item_id, name)
        if isinstance(value, str) and value not in {i for i, _ in known}:
            self.add_option(value, value)
        self.combo.blockSignals(False)
        super().load(value, env)


class BoolField(ChoiceField):
    def __init__(self, optional: bool = True, parent: QWidget | None = None) -> None:
        super().__init__([(True, tr("Yes")), (False, tr("No"))], optional=optional, parent=parent)


class CheckField(FieldWidget):
    """A yes/no the format requires inside its object (DPF certified): one box, ticked for yes.

    Unlike :class:`BoolField` there is no 'not recorded' to offer: the object is either
    recorded, with this answer, or absent as a whole.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox()
        layout = _hbox(self)
        layout.addWidget(self.check)
        layout.addStretch(1)
        self.setFocusProxy(self.check)
        self.check.toggled.connect(self._commit)

    def load(self, value: Any, env: Env) -> None:
        self.check.setChecked(value is True)

    def set_accessible(self, name: str) -> None:
        super().set_accessible(name)
        self.check.setAccessibleName(name)


class DateField(FieldWidget):
    """A date with a calendar; unticked means not recorded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = _hbox(self)
        self.check = QCheckBox()
        self.check.setToolTip(tr("Recorded"))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        set_up_date_edit(self.date)
        self.date.setDate(QDate.currentDate())
        layout.addWidget(self.check)
        layout.addWidget(self.date)
        layout.addStretch(1)
        self.setFocusProxy(self.date)
        self.check.toggled.connect(self._on_toggled)
        self.date.editingFinished.connect(self._on_date)
        self.date.calendarWidget().clicked.connect(lambda _d: self._on_date())

    def load(self, value: Any, env: Env) -> None:
        recorded = isinstance(value, dt.date)
        self.check.setChecked(recorded)
        self.date.setEnabled(recorded)
        if recorded:
            self.date.setDate(QDate(value.year, value.month, value.day))

    def _on_toggled(self, on: bool) -> None:
        self.date.setEnabled(on)
        if not self._loading:
            self._commit(self._date() if on else MISSING)

    def _on_date(self) -> None:
        if self.check.isChecked():
            self._commit(self._date())

    def _date(self) -> dt.date:
        d = self.date.date()
        return dt.date(d.year(), d.month(), d.day())

    def set_accessible(self, name: str) -> None:
        super().set_accessible(name)
        self.date.setAccessibleName(name)
        self.check.setAccessibleName(tr("%1 recorded").replace("%1", name))


class StringListField(FieldWidget):
    """A short list of plain texts (systems, country codes), comma-separated."""

    def __init__(self, placeholder: str = "", upper: bool = False, none_label: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.upper = upper
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        layout = _hbox(self)
        layout.addWidget(self.edit, 1)
        self.none = NoneBox(none_label, self._on_none) if none_label is not None else None
        if self.none is not None:
            layout.addWidget(self.none)
        self.setFocusProxy(self.edit)
        self.edit.editingFinished.connect(self._on_finished)

    def load(self, value: Any, env: Env) -> None:
        self.edit.setText(", ".join(value) if isinstance(value, list) else "")
        if self.none is not None:
            self.none.show_value(value)

    def _on_finished(self) -> None:
        parts = [p.strip() for p in self.edit.text().split(",") if p.strip()]
        if self.upper:
            parts = [p.upper() for p in parts]
        if self.none is not None:
            # With a "none" box, an empty list is only ever what that box says: emptying
            # the text leaves the question open again.
            value: Any = parts or MISSING
            self.none.show_value(value)
        else:
            value = parts if parts else (MISSING if self._value is MISSING else [])
        self._commit(value)

    def _on_none(self, on: bool) -> None:
        if not self._loading:
            self._commit([] if on else MISSING)

    def set_accessible(self, name: str) -> None:
        super().set_accessible(name)
        self.edit.setAccessibleName(name)


class RefListField(FieldWidget):
    """Ticks over a catalogue (data subjects, data categories, ...), with *Add new…* in place."""

    def __init__(
        self,
        catalogue: Callable[[Env], list[tuple[str, str]]],
        add_new: AddNewFn | None = None,
        required: bool = False,
        none_label: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.required = required
        self._add_new = add_new
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.list = QListWidget()
        self.list.setUniformItemSizes(True)
        layout.addWidget(self.list)
        self.setFocusProxy(self.list)
        self.none = NoneBox(none_label, self._on_none) if none_label is not None else None
        row = QHBoxLayout()
        if add_new is not None:
            self.add_button = QPushButton(tr("Add new…"))
            self.add_button.setAutoDefault(False)
            self.add_button.clicked.connect(self._on_add)
            row.addWidget(self.add_button)
        if self.none is not None:
            row.addWidget(self.none)
        row.addStretch(1)
        if row.count() > 1:
            layout.addLayout(row)
        self.list.itemChanged.connect(self._on_item_changed)

    def load(self, value: Any, env: Env) -> None:
        self._env = env
        chosen = list(value) if isinstance(value, list) else []
        self.list.clear()
        known = self.catalogue(env)
        known_ids = {i for i, _ in known}
        # Unknown ids stay visible so a save never drops them silently.
        for item_id, name in [*known, *((i, i) for i in chosen if i not in known_ids)]:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, item_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if item_id in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        if self.none is not None:
            self.none.show_value(value)
        # As tall as its entries (up to seven): a short catalogue leaves no empty box behind.
        rows = min(max(self.list.count(), 2), 7)
        row_height = self.list.sizeHintForRow(0) if self.list.count() else self.list.fontMetrics().lineSpacing()
        self.list.setFixedHeight(rows * row_height + 2 * self.list.frameWidth() + 4)

    def checked(self) -> list[str]:
        ids = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(item.data(Qt.ItemDataRole.UserRole))
        return ids

    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        if self._loading:
            return
        ids = self.checked()
        # Keep the order the user recorded; new ticks go last.
        previous = [i for i in (self._value if isinstance(self._value, list) else []) if i in ids]
        ordered = previous + [i for i in ids if i not in previous]
        if self.none is not None:
            # With a "none" box, an empty list is only ever what that box says.
            value: Any = ordered or MISSING
            self.none.show_value(value)
        else:
            value = ordered if ordered or self.required or self._value is not MISSING else MISSING
        self._commit(value)

    def _on_none(self, on: bool) -> None:
        if not self._loading:
            self._commit([] if on else MISSING)

    def _on_add(self) -> None:
        assert self._add_new is not None

        def tick(new_id: str) -> None:
            current = list(self._value) if isinstance(self._value, list) else []
            if new_id not in current:
                self._commit([*current, new_id])

        # The caller makes the new item and calls tick() within one undo step.
        self._add_new(tick)

    def set_accessible(self, name: str) -> None:
        super().set_accessible(name)
        self.list.setAccessibleName(name)
