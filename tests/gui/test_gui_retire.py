"""Deleting an activity retires it by default (Art. 5(2)); Restore brings it back; a real delete is recorded."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ropa_desktop.domain.ltext import LText
from ropa_desktop.domain.model import Activity
from ropa_desktop.gui import retire
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.pages.list_page import ListPage
from ropa_desktop.store import Kind


@pytest.fixture
def activities(qtbot, ctx: AppContext, window: MainWindow) -> ListPage:
    assert ctx.store is not None
    ctx.store.add(Kind.ACTIVITY, Activity(id="lon", name=LText({"sv": "Löner", "en": "Payroll"}), role="controller",
                                          status="active"))
    ctx.notify_replaced()
    page = window.show_page(Kind.ACTIVITY.value)
    assert isinstance(page, ListPage)
    page.open_item("lon", "")
    return page


def test_delete_retires_by_default_and_restore_brings_the_activity_back(
    qtbot, ctx: AppContext, activities: ListPage, monkeypatch: pytest.MonkeyPatch, errors: list
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(retire, "ask_retire_or_delete", lambda parent, name: asked.append(name) or retire.RETIRE)
    assert not activities.editor.restore_button.isVisible()
    qtbot.mouseClick(activities.delete_button, Qt.MouseButton.LeftButton)

    assert asked == ["Payroll"]
    assert ctx.store is not None
    assert ctx.store.get(Kind.ACTIVITY, "lon").status == "retired"
    assert ctx.undo_stack.undoText() == "Retire “Payroll”"
    assert activities.editor.restore_button.isVisible()

    qtbot.mouseClick(activities.editor.restore_button, Qt.MouseButton.LeftButton)
    assert ctx.store.get(Kind.ACTIVITY, "lon").status == "active"
    assert not activities.editor.restore_button.isVisible()
    ctx.undo_stack.undo()
    assert ctx.store.get(Kind.ACTIVITY, "lon").status == "retired"
    assert errors == []


def test_a_real_delete_is_asked_for_and_recorded(
    qtbot, ctx: AppContext, activities: ListPage, monkeypatch: pytest.MonkeyPatch, errors: list
) -> None:
    monkeypatch.setattr(retire, "ask_retire_or_delete", lambda parent, name: retire.DELETE)
    qtbot.mouseClick(activities.delete_button, Qt.MouseButton.LeftButton)
    assert ctx.store is not None
    assert ctx.store.get(Kind.ACTIVITY, "lon") is None
    last = ctx.store.history(entity_id="lon")[-1]
    assert (last.action, last.user) == ("delete", "test-dpo")

    monkeypatch.setattr(retire, "ask_retire_or_delete", lambda parent, name: pytest.fail("asked again"))
    ctx.undo_stack.undo()
    assert ctx.store.get(Kind.ACTIVITY, "lon") is not None and errors == []


def test_cancel_leaves_the_activity_as_it_was(
    qtbot, ctx: AppContext, activities: ListPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(retire, "ask_retire_or_delete", lambda parent, name: retire.CANCEL)
    qtbot.mouseClick(activities.delete_button, Qt.MouseButton.LeftButton)
    assert ctx.store is not None and ctx.store.get(Kind.ACTIVITY, "lon").status == "active"
    assert ctx.undo_stack.count() == 0
