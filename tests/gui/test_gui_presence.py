"""Two programs on one register: each sees the other, and a refused save is explained and reloaded."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from ropa_desktop.domain.ltext import LText
from ropa_desktop.gui.conflicts import ask_reload
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.pages.list_page import ListPage
from ropa_desktop.gui.widgets.fields import LTextField
from ropa_desktop.store import Kind, RegisterStore


@pytest.fixture
def bob(register_path: Path) -> RegisterStore:
    store = RegisterStore.open(register_path, user="bob")
    store.start_session()
    yield store
    store.close()


def _activity_page(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, name: str) -> ListPage:
    page = window.show_page("activities")
    assert isinstance(page, ListPage)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (name, True))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    return page


def _type(field: LTextField, lang: str, text: str) -> None:
    edit = field.edits[lang]
    edit.setPlainText(text) if hasattr(edit, "setPlainText") else edit.setText(text)
    edit.editingFinished.emit()


def test_the_info_bar_names_the_other_program_and_goes_when_it_closes(
    window: MainWindow, ctx: AppContext, bob: RegisterStore
) -> None:
    assert not window.info_bar.isVisible()
    ctx.heartbeat()  # as the timer does every 45 s
    assert window.info_bar.isVisible()
    text = window.info_bar.text()
    assert "bob" in text and "second save is refused" in text
    bob.close()
    ctx.heartbeat()
    assert not window.info_bar.isVisible()


def test_a_register_someone_has_open_shows_the_bar_at_once(
    qtbot, settings, register_path: Path, bob: RegisterStore
) -> None:
    ctx = AppContext(settings, ui_lang="en")
    ctx.run_synchronously = True
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    ctx.open_register(register_path)
    assert window.info_bar.isVisible() and "bob" in window.info_bar.text()
    # and bob's program sees ours
    assert [s["user"] for s in bob.other_sessions()] == [ctx.store.user]
    ctx.close_register()
    assert bob.other_sessions() == []


def test_heartbeats_are_not_changes_but_an_edit_elsewhere_is(ctx: AppContext, bob: RegisterStore) -> None:
    bob.heartbeat()
    ctx.heartbeat()
    assert not ctx.check_external_change()
    customers = bob.get(Kind.DATA_SUBJECT_CATEGORY, "kunder")
    bob.update(Kind.DATA_SUBJECT_CATEGORY, dataclasses.replace(customers, name=LText({"sv": "Kunder och gäster"})))
    assert ctx.check_external_change()
    assert not ctx.check_external_change()


def test_the_second_save_of_the_same_activity_is_refused_in_words_and_reload_shows_theirs(
    qtbot, window: MainWindow, ctx: AppContext, bob: RegisterStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _activity_page(qtbot, window, monkeypatch, "Lön")
    form = page.editor.form
    form.tabs.setCurrentIndex(0)
    ctx.heartbeat()
    assert "bob" in window.info_bar.text()

    theirs = bob.get(Kind.ACTIVITY, "lon")
    bob.update(Kind.ACTIVITY, dataclasses.replace(theirs, description=LText({"sv": "Bobs beskrivning"})))

    asked: list[tuple[str, str]] = []
    ctx.ask_reload = lambda title, text: asked.append((title, text)) or True
    description = form.fields["description"]
    assert isinstance(description, LTextField)
    _type(description, "sv", "Min beskrivning")

    assert len(asked) == 1
    title, text = asked[0]
    assert title == "Someone else changed this first"
    assert "“Lön” was changed by bob at" in text and "Your change was not saved" in text
    assert "Traceback" not in text and "revision" not in text
    # The file keeps bob's text; the window shows it, on the same page and the same activity.
    assert ctx.store.get(Kind.ACTIVITY, "lon").description.get("sv") == "Bobs beskrivning"
    assert window.current_page() is page and page.current_id() == "lon"
    assert page.editor.form is form and form.tabs.currentIndex() == 0
    assert description.edits["sv"].toPlainText() == "Bobs beskrivning"
    # Having reloaded, the next change is saved over theirs, as the user meant.
    _type(description, "sv", "Min beskrivning")
    assert len(asked) == 1
    assert ctx.store.get(Kind.ACTIVITY, "lon").description.get("sv") == "Min beskrivning"


def test_not_now_keeps_what_the_user_typed_on_screen(
    qtbot, window: MainWindow, ctx: AppContext, bob: RegisterStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _activity_page(qtbot, window, monkeypatch, "Lön")
    theirs = bob.get(Kind.ACTIVITY, "lon")
    bob.update(Kind.ACTIVITY, dataclasses.replace(theirs, owner="Bob"))
    ctx.ask_reload = lambda title, text: False
    description = page.editor.form.fields["description"]
    _type(description, "sv", "Min beskrivning")
    assert description.edits["sv"].toPlainText() == "Min beskrivning"
    assert not ctx.store.get(Kind.ACTIVITY, "lon").description  # not saved: still not recorded
    assert ctx.store.get(Kind.ACTIVITY, "lon").owner == "Bob"
    assert not ctx.check_external_change()  # the poll does not take the text away either
    window.actions_.reload.trigger()
    assert description.edits["sv"].toPlainText() == ""
    assert page.editor.form.fields["owner"].edit.text() == "Bob"


def test_the_conflict_dialog_offers_reload(qtbot) -> None:
    answers = []

    def press_reload() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        answers.append(box.text())
        next(b for b in box.buttons() if b.text().replace("&", "") == "Reload").click()

    QTimer.singleShot(0, press_reload)
    assert ask_reload(None, "Someone else changed this first", "“Lön” was changed by bob at 10:00.")
    assert answers == ["“Lön” was changed by bob at 10:00."]


def test_the_info_bar_and_the_conflict_speak_swedish(qapp, ctx: AppContext, bob: RegisterStore) -> None:
    from ropa_desktop.gui.app import install_translators
    from ropa_desktop.gui.conflicts import conflict_text
    from ropa_desktop.gui.presence import presence_text
    from ropa_desktop.store import ConflictError

    translators = install_translators(qapp, "sv")
    try:
        assert presence_text(ctx.store.other_sessions()).startswith(
            "Registret är också öppet hos bob på ")
        customers = bob.get(Kind.DATA_SUBJECT_CATEGORY, "kunder")
        bob.update(Kind.DATA_SUBJECT_CATEGORY, dataclasses.replace(customers, description=LText({"sv": "Alla"})))
        text = conflict_text(ctx.store, "data_subject_categories", "kunder", "Kunder", ConflictError("English"))
        assert text.startswith("”Kunder” ändrades av bob kl. ") and "English" not in text
    finally:
        for t in translators:
            qapp.removeTranslator(t)
