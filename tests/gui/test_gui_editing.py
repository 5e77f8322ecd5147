"""A DPO records an activity in the window, sees what the checks say, and undoes and redoes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from ropa_desktop.domain.ltext import LText
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.editors.form import ObjectListField, SubObjectField
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.pages.list_page import ListPage
from ropa_desktop.gui.widgets.fields import ChoiceField, CountryField, LTextField, RefListField
from ropa_desktop.store import Kind


def _answer(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (text, True))


def _choose(field: ChoiceField | CountryField, value: object) -> None:
    index = field.index_of(value)
    assert index >= 0
    field.combo.setCurrentIndex(index)
    field.combo.activated.emit(index)


def _codes(ctx: AppContext, activity_id: str) -> set[str]:
    ctx.refresh_findings_now()
    return {f.code for f in ctx.findings() if f.entity_id == activity_id}


def _add_activity(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, name: str) -> ListPage:
    page = window.show_page("activities")
    assert isinstance(page, ListPage)
    _answer(monkeypatch, name)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    return page


def test_new_activity_with_purpose_and_transfer_shows_and_clears_the_scc_finding(
    qtbot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _add_activity(qtbot, window, monkeypatch, "Kundtjänst")
    assert page.editor.item is not None and page.editor.item.id == "kundtjanst"
    assert page.model.rowCount() == 1
    form = page.editor.form

    subjects = form.fields["data_subjects"]
    assert isinstance(subjects, RefListField)
    subjects.list.item(0).setCheckState(Qt.CheckState.Checked)

    purposes = form.fields["purposes"]
    assert isinstance(purposes, ObjectListField)
    qtbot.mouseClick(purposes.add_button, Qt.MouseButton.LeftButton)
    description = purposes.form.fields["description"]
    assert isinstance(description, LTextField)
    description.edits["sv"].setPlainText("Svara på frågor")
    description.edits["sv"].editingFinished.emit()
    legal_basis = purposes.form.fields["legal_basis"]
    assert isinstance(legal_basis, ChoiceField)
    assert not purposes.form.fields["legitimate_interest"].isVisibleTo(purposes.form)
    _choose(legal_basis, "legitimate_interests")
    # The field the basis needs appears only now.
    assert purposes.form.fields["legitimate_interest"].isVisibleTo(purposes.form)

    transfers = form.fields["transfers"]
    assert isinstance(transfers, ObjectListField)
    qtbot.mouseClick(transfers.add_button, Qt.MouseButton.LeftButton)
    country = transfers.form.fields["country"]
    assert isinstance(country, CountryField)
    _choose(country, "US")

    saved = ctx.store.get(Kind.ACTIVITY, "kundtjanst")
    assert saved.data_subjects == ["kunder"]
    assert saved.purposes[0].legal_basis == "legitimate_interests"
    assert saved.purposes[0].description.get("sv") == "Svara på frågor"
    assert saved.transfers[0].country == "US" and saved.transfers[0].mechanism == "scc"
    assert "scc-not-signed" in _codes(ctx, "kundtjanst")
    page.editor.show_findings()
    shown = [page.editor.findings.item(i).text() for i in range(page.editor.findings.count())]
    assert any("clauses" in text.lower() or "scc" in text.lower() for text in shown)

    scc = transfers.form.fields["scc"]
    assert isinstance(scc, SubObjectField)
    scc.state.setCurrentIndex(scc.states.index("recorded"))
    _choose(scc.form.fields["status"], "signed")
    _choose(scc.form.fields["module"], 2)

    assert ctx.store.get(Kind.ACTIVITY, "kundtjanst").transfers[0].scc.status == "signed"
    codes = _codes(ctx, "kundtjanst")
    assert "scc-not-signed" not in codes and "scc-no-module" not in codes


def test_undo_and_redo_walk_back_and_forth_through_the_edits(
    qtbot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _add_activity(qtbot, window, monkeypatch, "Lön")
    owner = page.editor.form.fields["owner"]
    owner.edit.setFocus()
    qtbot.keyClicks(owner.edit, "HR-chefen")
    qtbot.keyClick(owner.edit, Qt.Key.Key_Return)
    assert ctx.store.get(Kind.ACTIVITY, "lon").owner == "HR-chefen"

    window.undo_action.trigger()
    assert not ctx.store.get(Kind.ACTIVITY, "lon").owner
    assert owner.edit.text() == ""  # the editor shows the undone state
    window.undo_action.trigger()
    assert ctx.store.get(Kind.ACTIVITY, "lon") is None
    assert page.model.rowCount() == 0

    window.redo_action.trigger()
    window.redo_action.trigger()
    assert ctx.store.get(Kind.ACTIVITY, "lon").owner == "HR-chefen"
    assert page.model.rowCount() == 1
    assert window.redo_action.shortcuts()[0].toString() == "Ctrl+Shift+Z"


def test_the_filter_finds_names_in_any_language_and_case(
    qtbot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("Åtgärdsprogram", "Lönehantering", "Nyhetsbrev"):
        page = _add_activity(qtbot, window, monkeypatch, name)
    assert page.proxy.rowCount() == 3
    page.filter.setFocus()
    qtbot.keyClicks(page.filter, "åtg")
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 0).data() == "Åtgärdsprogram"
    page.filter.clear()
    qtbot.keyClicks(page.filter, "BREV")
    assert [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())] == ["Nyhetsbrev"]
    page.filter.clear()
    assert page.proxy.rowCount() == 3


def test_the_filter_follows_items_added_and_renamed(
    qtbot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    def shown() -> list[str]:
        return sorted(page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount()))

    def rename(item_id: str, name: str) -> None:
        item = ctx.store.get(Kind.ACTIVITY, item_id)
        item.name = LText({ctx.store.default_language: name})
        ctx.store.update(Kind.ACTIVITY, item)
        page.model.refresh_item(item_id)

    for name in ("Lönehantering", "Nyhetsbrev"):
        page = _add_activity(qtbot, window, monkeypatch, name)
    page.filter.setFocus()
    qtbot.keyClicks(page.filter, "brev")
    assert shown() == ["Nyhetsbrev"]
    # Adding shows everything, so that the new item is seen and selected.
    page = _add_activity(qtbot, window, monkeypatch, "Kundbrev")
    assert page.filter.text() == "" and len(shown()) == 3
    page.filter.setFocus()
    qtbot.keyClicks(page.filter, "brev")
    assert shown() == ["Kundbrev", "Nyhetsbrev"]
    # Renamed: the next keystroke filters by the new name.
    rename("lonehantering", "Lönebrev")
    qtbot.keyClick(page.filter, Qt.Key.Key_Backspace)
    assert shown() == ["Kundbrev", "Lönebrev", "Nyhetsbrev"]


def test_double_clicking_a_finding_opens_the_item_at_its_field(
    qtbot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _add_activity(qtbot, window, monkeypatch, "Support")
    transfers = page.editor.form.fields["transfers"]
    qtbot.mouseClick(transfers.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(transfers.add_button, Qt.MouseButton.LeftButton)
    _choose(transfers.form.fields["country"], "IN")
    page.editor.show_item(None)

    overview = window.show_page("overview")
    ctx.refresh_findings_now()
    tree = overview.tree
    target = None
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        group.setExpanded(True)
        for c in range(group.childCount()):
            index = group.child(c).data(0, Qt.ItemDataRole.UserRole + 1)
            finding = overview.shown_findings[index]
            if finding.code == "scc-not-signed" and finding.field.startswith("transfers[1]"):
                target = group.child(c)
    assert target is not None
    tree.scrollToItem(target)
    rect = tree.visualItemRect(target)
    # A real double-click is a press, a release, then the double-click event.
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert window.current_page() is page
    assert page.editor.item.id == "support"
    assert page.editor.form.tabs.tabText(page.editor.form.tabs.currentIndex()) == "Recipients"
    assert transfers.list.currentRow() == 1


def test_deleting_a_used_catalogue_item_names_the_activities_and_can_be_undone(
    qtbot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _add_activity(qtbot, window, monkeypatch, "Kundregister")
    page.editor.form.fields["data_subjects"].list.item(0).setCheckState(Qt.CheckState.Checked)
    assert ctx.store.get(Kind.ACTIVITY, "kundregister").data_subjects == ["kunder"]

    subjects = window.show_page(Kind.DATA_SUBJECT_CATEGORY.value)
    assert subjects.select_id("kunder")
    asked: list[str] = []

    def question(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(subjects.delete_button, Qt.MouseButton.LeftButton)
    assert "Kundregister" in asked[0]
    assert ctx.store.get(Kind.DATA_SUBJECT_CATEGORY, "kunder") is None
    assert ctx.store.get(Kind.ACTIVITY, "kundregister").data_subjects == []

    window.undo_action.trigger()
    assert ctx.store.get(Kind.DATA_SUBJECT_CATEGORY, "kunder") is not None
    assert ctx.store.get(Kind.ACTIVITY, "kundregister").data_subjects == ["kunder"]


def test_the_organisation_page_saves_each_field(window: MainWindow, ctx: AppContext) -> None:
    page = window.show_page("organisation")
    org_number = page.form.fields["org_number"]
    org_number.edit.setText("556677-8899")
    org_number.edit.editingFinished.emit()
    assert ctx.store.organisation().org_number == "556677-8899"
    window.undo_action.trigger()
    assert not ctx.store.organisation().org_number


def test_columns_the_user_hides_stay_hidden(qtbot, ctx: AppContext, settings) -> None:
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    page = first.pages["activities"]
    status = page.model.column_index("status")
    page.set_column_visible(status, False)
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    assert second.pages["activities"].view.isColumnHidden(status)
    assert not second.pages["activities"].view.isColumnHidden(page.model.column_index("name"))

