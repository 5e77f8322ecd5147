"""A form over one domain object, built from a list of field specs.

The form never changes the object it shows: a committed field gives a new object
(``dataclasses.replace``), which the form emits as ``changed``; the owner turns it
into an undo command. Nested objects (a DPA, a transfer's SCC) and lists of objects
(purposes, transfers) are forms inside forms (editors/nested.py), so every field of
the format is reachable, and a finding's path like ``transfers[0].scc`` can be followed down.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ropa_desktop.gui.i18n import tr
from ropa_desktop.gui.qt_override import qt_override
from ropa_desktop.gui.tab_order import layout_focus_order
from ropa_desktop.gui.widgets.fields import Env, FieldWidget


@dataclass
class Spec:
    attr: str
    label: str  # already translated
    make: Callable[[], FieldWidget]
    visible: Callable[[Any, Env], bool] | None = None
    help: str = ""  # already translated: what to write here, as a tooltip
    law: str = ""  # already translated: "Art. 30(1)(c): …", the article and what it asks, in one sentence
    advanced: bool = False  # shown only under "Advanced" (internal ids)
    # After this field is committed: (object before, object after, env) -> the object with the
    # fields that follow from it (a processor's country for a transfer to it), shown at once
    # and saved as the same step.
    then: Callable[[Any, Any, Env], Any] | None = None


Section = tuple[str, list[Spec]]
_SEGMENT = re.compile(r"^([a-z_]+)(?:\[(\d+)\])?(?:\.(.*))?$")


def split_path(path: str) -> tuple[str, int | None, str]:
    """'transfers[0].scc.status' -> ('transfers', 0, 'scc.status')."""
    m = _SEGMENT.match(path)
    if not m:
        return path, None, ""
    return m.group(1), int(m.group(2)) if m.group(2) is not None else None, m.group(3) or ""


def law_text(law: str) -> str:
    return tr("What does the law ask? %1").replace("%1", law)


def _new_form_layout(page: QWidget) -> QFormLayout:
    form = QFormLayout(page)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    # Rows never wrap: a wrapped row with a form inside it was given less height than its
    # fields need (the SCC sub-form was squashed); long labels wrap their words instead.
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    return form


class AdvancedGroup(QWidget):
    """A collapsed "Advanced" part of a form: what a DPO rarely needs (internal ids)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.toggle = QToolButton()
        self.toggle.setText(tr("Advanced"))
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.body = QWidget()
        self.form = _new_form_layout(self.body)
        self.body.setVisible(False)
        layout.addWidget(self.toggle)
        layout.addWidget(self.body)
        self.toggle.toggled.connect(self.set_open)

    def set_open(self, on: bool) -> None:
        self.toggle.setChecked(on)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.body.setVisible(on)


class ObjectForm(QWidget):
    changed = Signal(object)

    def __init__(self, sections: list[Section], tabs: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._obj: Any = None
        self._env: Env = {}
        self.fields: dict[str, FieldWidget] = {}
        self._specs: dict[str, Spec] = {}
        self._labels: dict[str, QLabel] = {}
        self._holders: dict[str, QWidget] = {}
        self.law_lines: dict[str, QLabel] = {}
        self._tab_of: dict[str, int] = {}
        self._advanced_of: dict[str, AdvancedGroup] = {}
        self._forms: list[QFormLayout] = []
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
            form = _new_form_layout(page)
            self._forms.append(form)  # Tab follows the rows of these (focusNextPrevChild)
            advanced: AdvancedGroup | None = None
            for spec in specs:
                if spec.advanced and advanced is None:
                    advanced = AdvancedGroup()
                target = advanced.form if spec.advanced and advanced is not None else form
                self._add_row(target, spec, index)
                if spec.advanced and advanced is not None:
                    self._advanced_of[spec.attr] = advanced
            if advanced is not None:
                form.addRow(advanced)
            if self.tabs is not None:
                # Never shorter than it needs: a resizable scroll area would otherwise squash
                # the fields to fit a low window instead of scrolling.
                page.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
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

    def _add_row(self, form: QFormLayout, spec: Spec, tab: int) -> None:
        widget = spec.make()
        widget.set_accessible(spec.label)
        tip = "\n\n".join(t for t in (spec.help, law_text(spec.law) if spec.law else "") if t)
        label = QLabel(spec.label)
        label.setBuddy(widget)
        if tip:
            widget.setToolTip(tip)
            label.setToolTip(tip)
        nested = getattr(widget, "nested", False)
        holder: QWidget = widget
        if spec.law:
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(1)
            line = QLabel(law_text(spec.law))
            line.setWordWrap(True)
            line.setObjectName("lawLine")
            font = line.font()
            font.setPointSizeF(font.pointSizeF() * 0.9)
            line.setFont(font)
            line.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted: a note, not a field
            # Under a field; under the heading of a form inside the form, before its fields.
            column.addWidget(line if nested else widget)
            column.addWidget(widget if nested else line)
            self.law_lines[spec.attr] = line
        if nested:
            # A form inside the form gets the whole width, under its name as a heading.
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            form.addRow(label)
            form.addRow(holder)
        else:
            metrics = label.fontMetrics()
            # About 20 characters, or the label's longest word: a long compound ("Gennemgangsinterval",
            # "Registreringsnummer") cannot wrap and was cut.
            widest = max(metrics.averageCharWidth() * 20,
                         *(metrics.horizontalAdvance(word) + 2 for word in spec.label.split()))
            if metrics.horizontalAdvance(spec.label) > widest:
                label.setWordWrap(True)  # only a long label wraps, at a width the column keeps
                label.setFixedWidth(widest)
            form.addRow(label, holder)
        widget.committed.connect(lambda value, attr=spec.attr: self._on_committed(attr, value))
        self.fields[spec.attr] = widget
        self._specs[spec.attr] = spec
        self._labels[spec.attr] = label
        self._holders[spec.attr] = holder
        self._tab_of[spec.attr] = tab

    @property
    def obj(self) -> Any:
        return self._obj

    def set_object(self, obj: Any, env: Env) -> None:
        self._obj, self._env = obj, env
        for attr, widget in self.fields.items():
            widget.set_value(getattr(obj, attr), env)
        self._update_visibility()

    @qt_override
    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab and Shift+Tab go through the fields in the order the form shows them.

        Qt's focus chain is the order widgets were made, and some fields make theirs later (a line
        per register language, made when an item is shown), so Tab jumped from the last field up
        to the name. A form inside this one hands its ends over to this one (Qt asks the parents).
        """
        order = [w for w in self.focus_order() if _reachable(w)]
        focused = QApplication.focusWidget()
        here = next_index = -1
        for index, widget in enumerate(order):
            if focused is not None and (widget is focused or widget.isAncestorOf(focused)):
                here = index
        if here >= 0:
            next_index = here + (1 if forward else -1)
        if 0 <= next_index < len(order):
            target = order[next_index]
            target.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
            if self.tabs is not None and isinstance(self.tabs.currentWidget(), QScrollArea):
                self.tabs.currentWidget().ensureWidgetVisible(target)
            return True
        if here < 0 or self._inside_another_form():
            return bool(super().focusNextPrevChild(forward))
        return self._leave(forward)

    def focus_order(self) -> list[QWidget]:
        """Every widget Tab can reach in the form, in the order the form shows them (tab bar first)."""
        order: list[QWidget] = [self.tabs.tabBar()] if self.tabs is not None else []
        for form in self._forms:
            order += layout_focus_order(form)
        return order

    def _inside_another_form(self) -> bool:
        parent = self.parentWidget()
        while parent is not None:
            if isinstance(parent, ObjectForm):
                return True
            parent = parent.parentWidget()
        return False

    def _leave(self, forward: bool) -> bool:
        """Past the last field (or before the first): the next widget outside the form."""
        widget = self.nextInFocusChain() if forward else self.previousInFocusChain()
        while widget is not None and widget is not self:
            if not self.isAncestorOf(widget) and _reachable(widget):
                widget.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
                return True
            widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
        return bool(super().focusNextPrevChild(forward))

    def _update_visibility(self) -> None:
        for attr, spec in self._specs.items():
            shown = spec.visible is None or bool(spec.visible(self._obj, self._env))
            self._holders[attr].setVisible(shown)
            self.fields[attr].setVisible(shown)
            self._labels[attr].setVisible(shown)

    def _on_committed(self, attr: str, value: Any) -> None:
        if self._obj is None:
            return
        new = dataclasses.replace(self._obj, **{attr: value})
        then = self._specs[attr].then
        if then is not None:
            new = then(self._obj, new, self._env)
            # Fields that followed from this one show their new value at once.
            for other, widget in self.fields.items():
                if other != attr and getattr(new, other) != getattr(self._obj, other):
                    widget.set_value(getattr(new, other), self._env)
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
        if attr in self._advanced_of:
            self._advanced_of[attr].set_open(True)
        if self.tabs is not None:
            tab = self._tab_of[attr]
            self.tabs.setCurrentIndex(tab)
            self._scrolls[tab].ensureWidgetVisible(widget)
        focus_item = getattr(widget, "focus_item", None)
        if index is not None and focus_item is not None:
            focus_item(index, rest)
        else:
            widget.focus_path(rest)
        return True


def _reachable(widget: QWidget) -> bool:
    return bool(widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
