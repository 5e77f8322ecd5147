"""Tab follows the form: the widgets Tab can reach, in the order the layouts show them.

Qt's focus chain is the order in which widgets were made; a form whose fields make their inner
widgets later (a line per register language) walks this order instead (editors/object_form.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLayout, QScrollArea, QWidget


def layout_focus_order(layout: QLayout) -> list[QWidget]:
    """The widgets Tab can reach in ``layout`` and the layouts inside it, in layout order."""
    found: list[QWidget] = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.layout() is not None:
            found += layout_focus_order(item.layout())
            continue
        widget = item.widget()
        if widget is None:
            continue
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(widget, QScrollArea):
            found.append(widget)
        inner = widget.widget() if isinstance(widget, QScrollArea) else widget
        if inner is not None and inner.layout() is not None:
            found += layout_focus_order(inner.layout())
    return found
