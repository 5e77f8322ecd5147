"""Countries picked by their name in the UI language, from a searchable list; the register keeps ISO codes.

A DPO types part of a name ("tysk", "united") and picks from what matches; a code is
never something the user has to know or read.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ropa_desktop.domain.missing import MISSING
from ropa_desktop.gui.i18n import tr
from ropa_desktop.gui.widgets.field_base import Env, FieldWidget

# What resolve() answers for a text that names no country of the list.
NOT_A_COUNTRY = object()


class CountryCombo(QComboBox):
    """An editable combo box over every country (plus the field's own 'not recorded'/'none' entries)."""

    def __init__(self, leading: list[tuple[Any, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        self.setMinimumContentsLength(18)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._leading = leading
        # The values live beside the combo box (PySide6 miscounts references to MISSING as item data).
        self.values: list[Any] = []
        self.lang: str | None = None

    def fill(self, lang: str) -> None:
        from ropa_desktop.reference import all_countries

        if lang == self.lang:
            return
        self.blockSignals(True)
        self.clear()
        self.values = []
        for value, name in [*self._leading, *all_countries(lang)]:
            self.values.append(value)
            self.addItem(name)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.blockSignals(False)
        self.lang = lang

    def index_of(self, value: Any) -> int:
        for i, known in enumerate(self.values):
            if known == value and type(known) is type(value):
                return i
        return -1

    def resolve(self) -> Any:
        """The value the typed text stands for: an exact name or code, else what the completer offers first."""
        text = self.currentText().strip()
        folded = text.casefold()
        if not folded:
            return NOT_A_COUNTRY
        for i, value in enumerate(self.values):
            if self.itemText(i).casefold() == folded or (isinstance(value, str) and value.casefold() == folded):
                return value
        completer = self.completer()
        if completer is None:
            return NOT_A_COUNTRY
        completer.setCompletionPrefix(text)
        offered = [completer.completionModel().index(row, 0).data() for row in range(completer.completionCount())]
        if not offered:
            return NOT_A_COUNTRY
        popup = completer.popup()
        chosen = popup.currentIndex().row() if popup.isVisible() else -1
        if chosen < 0:
            # Nothing highlighted: the name that starts so ("indi" is India, not British Indian
            # Ocean Territory), else one with a word that does, else the first offered.
            starts = [n for n in offered if n.casefold().startswith(folded)]
            words = [n for n in offered if any(w.startswith(folded) for w in n.casefold().split())]
            name = (starts or words or offered)[0]
        else:
            name = offered[chosen]
        index = self.findText(name, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            return self.values[index]
        return NOT_A_COUNTRY


def _warning_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldWarning")
    label.setStyleSheet("color: palette(link);")
    label.setVisible(False)
    return label


class CountryField(FieldWidget):
    """A country picked by its name in the UI language; stores the ISO code."""

    def __init__(self, none_label: str | None = None, optional: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        leading: list[tuple[Any, str]] = []
        if optional:
            leading.append((MISSING, tr("— not recorded —")))
        if none_label is not None:
            leading.append((None, none_label))
        self.combo = CountryCombo(leading)
        self.warning = _warning_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.combo)
        layout.addWidget(self.warning)
        self.setFocusProxy(self.combo)
        self.combo.activated.connect(self._on_activated)
        self.combo.lineEdit().editingFinished.connect(self._on_text)

    @property
    def values(self) -> list[Any]:
        return self.combo.values

    def load(self, value: Any, env: Env) -> None:
        self.combo.fill(env.get("ui_lang", "en"))
        index = self.combo.index_of(value)
        self.combo.setCurrentIndex(index if index >= 0 else 0)
        self.warning.setVisible(False)

    def index_of(self, value: Any) -> int:
        return self.combo.index_of(value)

    def current_value(self) -> Any:
        index = self.combo.currentIndex()
        return self.values[index] if 0 <= index < len(self.values) else MISSING

    def _on_activated(self, index: int) -> None:
        if 0 <= index < len(self.values):
            self.warning.setVisible(False)
            self._commit(self.values[index])

    def _on_text(self) -> None:
        value = self.combo.resolve()
        if value is NOT_A_COUNTRY:
            # Keep what was typed, say why nothing was saved; the register keeps its value.
            typed = self.combo.currentText().strip()
            if typed:
                self.warning.setText(tr("“%1” is not a country in the list: pick one of the names offered.")
                                     .replace("%1", typed))
                self.warning.setVisible(True)
            else:
                self.load(self._value, {"ui_lang": self.combo.lang})
            return
        self.warning.setVisible(False)
        self.combo.setCurrentIndex(self.combo.index_of(value))
        self._commit(value)

    def set_accessible(self, name: str) -> None:
        super().set_accessible(name)
        self.combo.setAccessibleName(name)


class CountryListField(FieldWidget):
    """Several countries (where a processor processes data): names in a list, added from a searchable list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._codes: list[str] = []
        self._lang = "en"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.list = QListWidget()
        line = self.list.fontMetrics().lineSpacing()
        self.list.setMinimumHeight(line * 2 + 12)
        self.list.setMaximumHeight(line * 5 + 12)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.combo = CountryCombo([])
        self.combo.lineEdit().setPlaceholderText(tr("Type a country's name…"))
        self.add_button = QPushButton(tr("Add country"))
        self.remove_button = QPushButton(tr("Remove"))
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
        row.addWidget(self.combo, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self.warning = _warning_label()
        layout.addWidget(self.warning)
        self.setFocusProxy(self.combo)
        self.add_button.clicked.connect(self._on_add)
        self.combo.lineEdit().returnPressed.connect(self._on_add)
        self.remove_button.clicked.connect(self._on_remove)
        self.list.currentRowChanged.connect(lambda row: self.remove_button.setEnabled(row >= 0))

    def load(self, value: Any, env: Env) -> None:
        from ropa_desktop.reference import country_name

        self._lang = env.get("ui_lang", "en")
        self.combo.fill(self._lang)
        self.combo.setCurrentIndex(-1)
        self.combo.clearEditText()
        self._codes = list(value) if isinstance(value, list) else []
        self.list.clear()
        for code in self._codes:
            item = QListWidgetItem(country_name(code, self._lang))
            item.setToolTip(code)
            self.list.addItem(item)
        self.remove_button.setEnabled(False)
        self.warning.setVisible(False)

    def _on_add(self) -> None:
        value = self.combo.resolve()
        typed = self.combo.currentText().strip()
        if value is NOT_A_COUNTRY:
            if typed:
                self.warning.setText(tr("“%1” is not a country in the list: pick one of the names offered.")
                                     .replace("%1", typed))
                self.warning.setVisible(True)
            return
        self.warning.setVisible(False)
        if value not in self._codes:
            self._emit([*self._codes, value])
        self.combo.setCurrentIndex(-1)
        self.combo.clearEditText()

    def _on_remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._codes):
            # Emptied, the list is not recorded again rather than "processes nowhere".
            self._emit(self._codes[:row] + self._codes[row + 1:])

    def _emit(self, codes: list[str]) -> None:
        self.load(codes, {"ui_lang": self._lang})
        self._commit(codes or MISSING)

    def set_accessible(self, name: str) -> None:
        super().set_accessible(name)
        self.list.setAccessibleName(name)
        self.combo.setAccessibleName(tr("Country to add to %1").replace("%1", name))
