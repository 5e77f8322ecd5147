"""A DPO undoes and redoes from the keyboard, with the keys of every platform's habit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.pages.list_page import ListPage
from ropa_desktop.store import Kind

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _owner_typed_and_undone(qtbot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch):
    page = window.show_page("activities")
    assert isinstance(page, ListPage)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Lön", True))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    owner = page.editor.form.fields["owner"]
    owner.edit.setFocus()
    qtbot.keyClicks(owner.edit, "HR-chefen")
    qtbot.keyClick(owner.edit, Qt.Key.Key_Return)
    window.activateWindow()
    qtbot.waitActive(window)
    # Keys go to the list, as after a click on it: a text field would take Ctrl+Z for its own undo.
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Z, CTRL)
    assert not ctx.store.get(Kind.ACTIVITY, "lon").owner
    return page, owner


@pytest.mark.parametrize(("key", "modifiers"), [(Qt.Key.Key_Z, CTRL | SHIFT), (Qt.Key.Key_Y, CTRL)],
                         ids=["ctrl-shift-z", "ctrl-y"])
def test_redo_keys_redo_the_undone_edit(
    qtbot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, key: Qt.Key,
    modifiers: Qt.KeyboardModifier,
) -> None:
    page, owner = _owner_typed_and_undone(qtbot, window, ctx, monkeypatch)
    qtbot.keyClick(page.view, key, modifiers)
    assert ctx.store.get(Kind.ACTIVITY, "lon").owner == "HR-chefen"
    assert owner.edit.text() == "HR-chefen"
