"""Tab goes through an editor in the order the form shows its fields, top to bottom and left to right,
and Shift+Tab goes back the same way. (The name and description fields, made when an item is shown,
used to come after the last field.)"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.services.demo import create_demo_register
from ropa_desktop.store import Kind


def _walk(qtbot, start: QWidget, inside: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier) -> list[QWidget]:
    """The widgets focus visits from ``start`` while it stays inside ``inside`` (one entry per widget)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    visited = [start]
    for _ in range(80):
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)
        focused = QApplication.focusWidget()
        if focused is None or not inside.isAncestorOf(focused):
            break
        if focused is not visited[-1]:  # a date field takes a Tab per part (day, month, year)
            visited.append(focused)
    return visited


def _visual_order(widgets: list[QWidget], window: QWidget) -> list[QWidget]:
    """Top to bottom by rows (widgets whose heights overlap share a row), then left to right."""
    boxes = [(w, w.mapTo(window, QPoint(0, 0)), w.height()) for w in widgets]
    boxes.sort(key=lambda box: box[1].y() + box[2] / 2)
    rows: list[list[tuple]] = []
    for box in boxes:
        if rows and box[1].y() + box[2] / 2 < max(b[1].y() + b[2] for b in rows[-1]):
            rows[-1].append(box)
        else:
            rows.append([box])
    return [box[0] for row in rows for box in sorted(row, key=lambda b: b[1].x())]


def test_tab_follows_the_activity_form_from_the_name_down_and_shift_tab_goes_back(
    qtbot, window: MainWindow, ctx: AppContext, tmp_path: Path,
) -> None:
    ctx.set_store(create_demo_register(tmp_path / "demo.ropa"))
    window.resize(1366, 768)
    page = window.show_page(Kind.ACTIVITY.value)
    page.view.selectRow(0)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    editor = page.editor

    def name_field() -> QWidget | None:
        return next((w for w in editor.findChildren(QWidget) if w.accessibleName() == "Name (sv)" and w.isVisible()),
                    None)

    qtbot.waitUntil(lambda: name_field() is not None)  # the first activity is shown
    first = name_field()

    forward = _walk(qtbot, first, editor, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)

    names = [w.accessibleName() for w in forward]
    assert names[:5] == ["Name (sv)", "Name (en)", "Description (sv)", "Description (en)", "Our role"]
    assert "Review interval" in names and len(forward) >= 10
    assert forward == _visual_order(forward, window)  # the order the form shows them
    last = forward[-1]
    backward = _walk(qtbot, last, editor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert backward[: len(forward)] == list(reversed(forward))


def test_every_action_and_every_page_is_reachable_from_the_keyboard(window: MainWindow) -> None:
    """Each action sits in a menu of the menu bar (Alt and the arrows reach it), the menus have
    distinct access keys, and each page of the sidebar has a key of its own (Ctrl+1 … Ctrl+0)."""
    import re

    from PySide6.QtGui import QAction

    def menu_actions(menu) -> list[QAction]:
        found = []
        for action in menu.actions():
            found.append(action)
            if action.menu() is not None:
                found += menu_actions(action.menu())
        return found

    menus = [a.menu() for a in window.menuBar().actions()]
    in_menus = {id(a) for menu in menus for a in menu_actions(menu)}
    actions = {name: a for name, a in vars(window.actions_).items() if isinstance(a, QAction)}
    assert [name for name, a in actions.items() if id(a) not in in_menus] == []
    keys = [re.search(r"&(\w)", a.text()) for a in window.menuBar().actions()]
    assert all(keys) and len({k.group(1).lower() for k in keys}) == len(keys)

    view = next(m for m in menus if window.actions_.reload in m.actions())
    page_titles = [window.page_title(key) for key in window.pages]
    shortcuts = {a.text(): a.shortcut().toString() for a in view.actions() if a.text() in page_titles}
    assert len(shortcuts) == len(page_titles) and all(shortcuts.values())
    assert shortcuts[window.page_title("history")] == "Ctrl+0"
