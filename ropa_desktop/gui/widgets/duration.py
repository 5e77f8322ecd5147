"""A duration as a number and a unit (3 years); the register keeps the ISO 8601 form (P3Y).

Nothing is converted: 24 months stays P24M, never becomes two years, because the
period a law or a contract states is the one the DPO must be able to show.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox, QWidget

from ropa_desktop.domain.missing import MISSING
from ropa_desktop.gui.i18n import tr
from ropa_desktop.gui.widgets.field_base import Env, FieldWidget, hbox

UNITS = ("D", "W", "M", "Y")
_ONE = re.compile(r"^P(\d+)([YMWD])$")


def unit_labels() -> list[str]:
    return [tr("days"), tr("weeks"), tr("months"), tr("years")]


def split_duration(value: Any) -> tuple[int, str] | None:
    """'P3Y' -> (3, 'Y'); None for anything that is not one number of one date unit (P1Y6M, PT12H)."""
    match = _ONE.match(value) if isinstance(value, str) else None
    return (int(match.group(1)), match.group(2)) if match else None


def join_duration(number: int, unit: str) -> str:
    return f"P{number}{unit}"


class DurationField(FieldWidget):
    """First the answer without a period (not recorded / ends with an event), else a number and a unit."""

    def __init__(self, empty_label: str, period_label: str, empty: Any = MISSING,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty = empty
        self.mode = QComboBox()
        self.mode.addItems([empty_label, period_label])
        self.mode.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.number = QSpinBox()
        self.number.setRange(0, 9999)
        self.number.setValue(1)
        self.unit = QComboBox()
        self.unit.addItems(unit_labels())
        self.unit.setCurrentIndex(UNITS.index("Y"))
        self.unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # A duration this form cannot show as one number (P1Y6M) is kept, and said, until changed.
        self._kept: str | None = None
        self.kept_label = QLabel()
        layout = hbox(self)
        layout.addWidget(self.mode)
        layout.addWidget(self.number)
        layout.addWidget(self.unit)
        layout.addWidget(self.kept_label)
        layout.addStretch(1)
        self.setFocusProxy(self.mode)
        self.mode.activated.connect(self._on_mode)
        self.number.editingFinished.connect(self._on_period)
        self.unit.activated.connect(lambda _i: self._on_period())

    def load(self, value: Any, env: Env) -> None:
        has_period = isinstance(value, str) and bool(value)
        self.mode.setCurrentIndex(1 if has_period else 0)
        parts = split_duration(value)
        self._kept = value if has_period and parts is None else None
        if parts is not None:
            self.number.setValue(parts[0])
            self.unit.setCurrentIndex(UNITS.index(parts[1]))
        self.kept_label.setText(tr("as written in the register: %1").replace("%1", value) if self._kept else "")
        self._show()

    def _show(self) -> None:
        period = self.mode.currentIndex() == 1
        self.number.setVisible(period and self._kept is None)
        self.unit.setVisible(period and self._kept is None)
        self.kept_label.setVisible(period and self._kept is not None)

    def current(self) -> Any:
        if self.mode.currentIndex() == 0:
            return self.empty
        if self._kept is not None:
            return self._kept
        return join_duration(self.number.value(), UNITS[self.unit.currentIndex()])

    def _on_mode(self, _index: int) -> None:
        self._kept = None if self.mode.currentIndex() == 0 else self._kept
        self._show()
        self._commit(self.current())

    def _on_period(self) -> None:
        if self.mode.currentIndex() == 1:
            self._commit(self.current())

    def set_accessible(self, name: str) -> None:
        super().set_accessible(name)
        self.mode.setAccessibleName(name)
        self.number.setAccessibleName(tr("%1: number").replace("%1", name))
        self.unit.setAccessibleName(tr("%1: unit").replace("%1", name))
