"""Recorded as none is not the same as not recorded: the DPO can say "no DPO", "no transfers", and back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from ropa_desktop.domain.missing import MISSING
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.editors.form import ObjectListField, SubObjectField
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.pages.list_page import ListPage
from ropa_desktop.gui.widgets.fields import LTextField, RefListField, StringListField
from ropa_desktop.store import Kind


def _findings(ctx: AppContext, entity_id: str) -> set[tuple[str, str]]:
    ctx.refresh_findings_now()
    return {(f.code, f.field) for f in ctx.findings() if f.entity_id == entity_id}


def _activity_page(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, name: str) -> ListPage:
    page = window.show_page("activities")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (name, True))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    return page


def test_the_dpo_can_be_not_recorded_none_or_a_contact(window: MainWindow, ctx: AppContext) -> None:
    page = window.show_page("organisation")
    dpo = page.form.fields["dpo"]
    assert isinstance(dpo, SubObjectField) and dpo.state is not None
    assert ctx.store.organisation().dpo is MISSING
    assert ("not-recorded", "dpo") in _findings(ctx, "")

    dpo.state.setCurrentIndex(1)  # None: we have no DPO
    assert ctx.store.organisation().dpo is None
    assert ("not-recorded", "dpo") not in _findings(ctx, "")
    assert not dpo.box.isVisibleTo(dpo)

    dpo.state.setCurrentIndex(2)  # a contact
    assert dpo.box.isVisibleTo(dpo)
    name = dpo.form.fields["name"]
    name.edit.setText("Dana Dataskydd")
    name.edit.editingFinished.emit()
    assert ctx.store.organisation().dpo.name == "Dana Dataskydd"

    window.undo_action.trigger()
    window.undo_action.trigger()
    assert ctx.store.organisation().dpo is None
    assert dpo.state.currentIndex() == 1  # the form shows the undone state
    window.undo_action.trigger()
    assert ctx.store.organisation().dpo is MISSING
    assert dpo.state.currentIndex() == 0


def test_no_transfers_is_an_answer_the_checks_accept(
    qtbot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _activity_page(qtbot, window, monkeypatch, "Lön")
    transfers = page.editor.form.fields["transfers"]
    assert isinstance(transfers, ObjectListField) and transfers.none is not None
    assert ctx.store.get(Kind.ACTIVITY, "lon").transfers is MISSING
    assert ("not-recorded", "transfers") in _findings(ctx, "lon")

    transfers.none.setChecked(True)
    assert ctx.store.get(Kind.ACTIVITY, "lon").transfers == []
    assert ("not-recorded", "transfers") not in _findings(ctx, "lon")

    # A transfer added makes the list a list again, and "none" can no longer be ticked.
    qtbot.mouseClick(transfers.add_button, Qt.MouseButton.LeftButton)
    assert len(ctx.store.get(Kind.ACTIVITY, "lon").transfers) == 1
    assert not transfers.none.isChecked() and not transfers.none.isEnabled()
    # Removing it leaves the question open again rather than answering "none" for the user.
    qtbot.mouseClick(transfers.remove_button, Qt.MouseButton.LeftButton)
    assert ctx.store.get(Kind.ACTIVITY, "lon").transfers is MISSING
    assert ("not-recorded", "transfers") in _findings(ctx, "lon")

    transfers.none.setChecked(True)
    transfers.none.setChecked(False)
    assert ctx.store.get(Kind.ACTIVITY, "lon").transfers is MISSING


def test_no_requirement_and_no_recipients_are_recorded_as_none(
    qtbot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _activity_page(qtbot, window, monkeypatch, "Nyhetsbrev")
    requirement = page.editor.form.fields["requirement"]
    assert isinstance(requirement, LTextField) and requirement.none_box is not None
    requirement.none_box.setChecked(True)
    assert ctx.store.get(Kind.ACTIVITY, "nyhetsbrev").requirement is None
    assert ("not-recorded", "requirement") not in _findings(ctx, "nyhetsbrev")
    assert not requirement.edits["sv"].isEnabled()

    recipients = page.editor.form.fields["recipients"]
    assert isinstance(recipients, RefListField) and recipients.none is not None
    recipients.none.setChecked(True)
    assert ctx.store.get(Kind.ACTIVITY, "nyhetsbrev").recipients == []
    window.undo_action.trigger()
    assert ctx.store.get(Kind.ACTIVITY, "nyhetsbrev").recipients is MISSING


def test_an_empty_register_list_can_be_recorded_as_none(window: MainWindow, ctx: AppContext) -> None:
    page = window.show_page(Kind.PROCESSOR.value)
    assert isinstance(page, ListPage) and page.none_box is not None
    assert page.none_box.isVisibleTo(page) and not page.none_box.isChecked()
    assert ctx.store.load().processors is MISSING
    page.none_box.setChecked(True)
    assert ctx.store.load().processors == []
    window.undo_action.trigger()
    assert ctx.store.load().processors is MISSING
    assert not page.none_box.isChecked()


def test_add_new_in_an_activity_is_one_undo_step(
    qtbot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _activity_page(qtbot, window, monkeypatch, "Kundtjänst")
    subjects = page.editor.form.fields["data_subjects"]
    assert isinstance(subjects, RefListField)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Leverantörer", True))
    steps = ctx.undo_stack.count()
    qtbot.mouseClick(subjects.add_button, Qt.MouseButton.LeftButton)
    assert ctx.store.get(Kind.DATA_SUBJECT_CATEGORY, "leverantorer") is not None
    assert ctx.store.get(Kind.ACTIVITY, "kundtjanst").data_subjects == ["leverantorer"]
    assert ctx.undo_stack.count() == steps + 1

    window.undo_action.trigger()  # one undo takes back both the new item and the tick
    assert ctx.store.get(Kind.DATA_SUBJECT_CATEGORY, "leverantorer") is None
    assert ctx.store.get(Kind.ACTIVITY, "kundtjanst").data_subjects == []
    window.redo_action.trigger()
    assert ctx.store.get(Kind.ACTIVITY, "kundtjanst").data_subjects == ["leverantorer"]


def test_no_it_systems_is_an_answer_and_emptying_the_text_leaves_the_question_open(
    qtbot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _activity_page(qtbot, window, monkeypatch, "Lön")
    systems = page.editor.form.fields["systems"]
    assert isinstance(systems, StringListField) and systems.none is not None
    assert ctx.store.get(Kind.ACTIVITY, "lon").systems is MISSING
    systems.none.setChecked(True)
    assert ctx.store.get(Kind.ACTIVITY, "lon").systems == []

    systems.edit.setText("Visma Lön, Excel")
    systems.edit.editingFinished.emit()
    assert ctx.store.get(Kind.ACTIVITY, "lon").systems == ["Visma Lön", "Excel"]
    assert not systems.none.isChecked() and not systems.none.isEnabled()

    systems.edit.setText("")
    systems.edit.editingFinished.emit()
    assert ctx.store.get(Kind.ACTIVITY, "lon").systems is MISSING
    assert systems.none.isEnabled() and not systems.none.isChecked()
    window.undo_action.trigger()
    assert ctx.store.get(Kind.ACTIVITY, "lon").systems == ["Visma Lön", "Excel"]


@pytest.mark.parametrize(("role", "attr"), [("joint_controller", "joint_controllers"), ("processor", "controllers")])
def test_no_other_controllers_is_recorded_as_none_and_removing_the_last_one_unrecords_it(
    qtbot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, role: str, attr: str
) -> None:
    page = _activity_page(qtbot, window, monkeypatch, "Gemensam")
    form = page.editor.form
    role_field = form.fields["role"]
    role_field.combo.setCurrentIndex(role_field.index_of(role))
    assert ctx.store.get(Kind.ACTIVITY, "gemensam").role == role
    field = form.fields[attr]
    assert isinstance(field, ObjectListField) and field.none is not None
    assert field.isVisibleTo(form)
    assert getattr(ctx.store.get(Kind.ACTIVITY, "gemensam"), attr) is MISSING

    field.none.setChecked(True)
    assert getattr(ctx.store.get(Kind.ACTIVITY, "gemensam"), attr) == []

    qtbot.mouseClick(field.add_button, Qt.MouseButton.LeftButton)
    assert len(getattr(ctx.store.get(Kind.ACTIVITY, "gemensam"), attr)) == 1
    assert not field.none.isChecked() and not field.none.isEnabled()
    qtbot.mouseClick(field.remove_button, Qt.MouseButton.LeftButton)
    assert getattr(ctx.store.get(Kind.ACTIVITY, "gemensam"), attr) is MISSING
    assert field.none.isEnabled() and not field.none.isChecked()
