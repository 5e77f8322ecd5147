"""What every field widget shares: the committed signal, loading without committing, "none" boxes.

A field emits ``committed(value)`` once per user decision (Enter or leaving a text,
picking from a list, ticking a box), never while the form is being filled from the
store, so that one decision becomes one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QSizePolicy, QWidget

from ropa_desktop.domain.missing import MISSING

Env = dict[str, Any]


class NoneBox(QCheckBox):
    """"There are none": ticked when a list is recorded as empty ([]), as opposed to not recorded.

    Enabled only while the list is empty, so ticking it never throws away entries.
    """

    def __init__(self, label: str, on_toggled: Callable[[bool], None], parent: QWidget | None = None) -> None:
        super().__init__(label, parent)
        self.toggled.connect(on_toggled)

    def show_value(self, value: Any) -> None:
        self.blockSignals(True)
        self.setChecked(isinstance(value, list) and not value)
        self.setEnabled(not (isinstance(value, list) and value))
        self.blockSignals(False)



class FieldWidget(QWidget):
    committed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: Any = MISSING
        self._loading = False
        # Rows of a form keep their natural height; spare room goes below the last row.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def set_value(self, value: Any, env: Env) -> None:
        self._loading = True
        try:
            self._value = value
            self.load(value, env)
        finally:
            self._loading = False

    def load(self, value: Any, env: Env) -> None:
        raise NotImplementedError

    def _commit(self, value: Any) -> None:
        if self._loading or value == self._value:
            return
        self._value = value
        self.committed.emit(value)

    def focus_path(self, path: str) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_accessible(self, name: str) -> None:
        self.setAccessibleName(name)


def hbox(widget: QWidget) -> QHBoxLayout:
    layout = QHBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    return layout
