"""A desktop app's habits: F1 help at the page shown, Save a copy, Open recent, Preferences, "Saved" in
the status bar, counts in the sidebar, Ctrl+P, a toolbar, and splitters remembered."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QSplitter, QWidget

from ropa_desktop.domain.ltext import LText
from ropa_desktop.domain.model import DataSubjectCategory, Organisation
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.dialogs import NewRegisterDialog
from ropa_desktop.gui.help_viewer import HelpDialog
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.preferences import PreferencesDialog
from ropa_desktop.gui.settings import Settings
from ropa_desktop.store import Kind, RegisterStore
from tests.gui.conftest import answer_dialogs


def _press(qtbot, window: MainWindow, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
           ) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.sidebar, key, modifier)


def test_f1_opens_the_handbook_at_the_page_shown(qtbot, window: MainWindow) -> None:
    window.show_page("transfers")
    _press(qtbot, window, Qt.Key.Key_F1)
    dialog = window.help_dialog
    assert isinstance(dialog, HelpDialog) and dialog.isVisible()
    assert dialog.current_topic() == "transfers"
    assert "safeguard" in dialog.text.toPlainText() and "Transfers" in dialog.text.toPlainText()

    window.show_page(Kind.RECIPIENT.value)  # the catalogue lists share one topic
    _press(qtbot, window, Qt.Key.Key_F1)
    assert dialog.current_topic() == "lists"


def test_the_handbook_speaks_swedish_to_a_swedish_user(qtbot, swedish, window: MainWindow, ctx: AppContext) -> None:
    ctx.ui_lang = "sv"
    window.show_page("activities")
    dialog = window.show_help()
    assert dialog.current_topic() == "activities"
    assert "rättsliga grund" in dialog.text.toPlainText()
    assert dialog.topics.item(0).text() == "Vad ett register är"


def test_save_a_copy_writes_a_register_that_opens_with_the_same_content(
    qtbot, window: MainWindow, ctx: AppContext, errors: list, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "kopior" / "test copy.ropa"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions_.save_copy.trigger()
    assert errors == []
    with RegisterStore.open(target) as copy:
        assert copy.organisation().name == "Testbolaget AB"
        assert copy.ids(Kind.DATA_SUBJECT_CATEGORY) == ["kunder"]
    assert ctx.store.path.name == "test.ropa"  # the window still works on the register itself
    assert not [p for p in target.parent.iterdir() if p != target]  # no part file left beside it


def test_a_copy_onto_the_register_itself_is_refused_in_words(
    window: MainWindow, ctx: AppContext, errors: list, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(ctx.store.path), ""))
    window.actions_.save_copy.trigger()
    assert errors and errors[0][0] == "The copy was not saved"
    assert "is the register itself" in errors[0][1]
    assert ctx.store.organisation().name == "Testbolaget AB"


def test_open_recent_lists_the_registers_and_reopens_one_with_its_name_in_the_title(
    qtbot, window: MainWindow, ctx: AppContext, tmp_path: Path,
) -> None:
    other = tmp_path / "andra.ropa"
    RegisterStore.create(other, Organisation(name="Andra AB", supervisory_authority="SE"), ["sv"]).close()
    window.files.open_path(other)
    assert window.windowTitle().startswith("andra.ropa")
    window.recent_menu.aboutToShow.emit()
    entries = [a.text() for a in window.recent_menu.actions()]
    assert entries == ["&1 andra.ropa", "&2 test.ropa"]
    window.recent_menu.actions()[1].trigger()
    assert ctx.store.path.name == "test.ropa" and window.windowTitle().startswith("test.ropa")


def test_the_status_bar_says_saved_after_each_change(window: MainWindow, ctx: AppContext) -> None:
    assert window.saved_label.text() == ""
    page = window.show_page("organisation")
    org_number = page.form.fields["org_number"]
    org_number.edit.setText("556677-8899")
    org_number.edit.editingFinished.emit()
    assert ctx.store.organisation().org_number == "556677-8899"
    assert window.saved_label.text().startswith("Saved at ")


def test_the_sidebar_counts_the_items_of_each_list(window: MainWindow, ctx: AppContext) -> None:
    row = window.pages.index(Kind.DATA_SUBJECT_CATEGORY.value)
    assert window.sidebar.item(row).text() == "Data subjects (1)"
    ctx.store.add(Kind.DATA_SUBJECT_CATEGORY, DataSubjectCategory(id="personal", name=LText({"sv": "Personal"})))
    ctx.notify_item(Kind.DATA_SUBJECT_CATEGORY, "personal")
    assert window.sidebar.item(row).text() == "Data subjects (2)"


def test_preferences_are_kept_and_used_by_the_next_export_and_the_next_new_register(
    qtbot, window: MainWindow, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "exporter"
    folder.mkdir()

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, PreferencesDialog)
        dialog.folder.setText(str(folder))
        dialog.review.setValue(24)
        dialog.language.setCurrentIndex(dialog.language.findData("sv"))
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)  # OK

    answer_dialogs(qtbot, [fill])
    window.actions_.preferences.trigger()
    assert (ctx.settings.default_export_folder(), ctx.settings.review_months(), ctx.settings.ui_language()) \
        == (str(folder), 24, "sv")

    proposed: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda _p, _t, start, _f: proposed.append(start) or ("", ""))
    window.files.export_json_dialog()
    assert proposed == [str(folder / "test.json")]

    dialog = NewRegisterDialog("en", window, ctx.settings.review_months())
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Nya AB")
    assert dialog.organisation().review_every == "P24M"


def test_the_preferences_tab_order_follows_the_form(qtbot, settings: Settings) -> None:
    dialog = PreferencesDialog(settings, [("", "System language"), ("en", "English")])
    qtbot.addWidget(dialog)
    order, widget = [], dialog.language
    for _ in range(6):
        order.append(widget)
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
    assert order == [dialog.language, dialog.identity, dialog.browse_identity, dialog.folder,
                     dialog.browse_folder, dialog.review]


def test_ctrl_p_previews_the_list_shown_and_export_pdf_keeps_a_shortcut_of_its_own(
    qtbot, window: MainWindow, ctx: AppContext
) -> None:
    window.show_page(Kind.DATA_SUBJECT_CATEGORY.value)
    document = window.print_document()
    assert "Data subjects" in document.toPlainText() and "Customers" in document.toPlainText()
    seen: list[str] = []

    def close(dialog: QWidget) -> None:
        seen.append(type(dialog).__name__)
        assert isinstance(dialog, QPrintPreviewDialog)
        dialog.reject()

    answer_dialogs(qtbot, [close])
    _press(qtbot, window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["QPrintPreviewDialog"]
    shortcuts = {a.shortcut().toString() for a in (window.actions_.export_pdf, window.actions_.print_)}
    assert shortcuts == {"Ctrl+Shift+P", "Ctrl+P"}


def test_the_toolbar_holds_the_main_actions_with_icons(window: MainWindow) -> None:
    actions = [a for a in window.toolbar.actions() if not a.isSeparator()]
    assert window.actions_.export_pdf in actions and window.actions_.help in actions
    assert all(not a.icon().isNull() for a in actions)


def test_splitters_and_column_widths_are_remembered_between_runs(qtbot, ctx: AppContext, settings: Settings) -> None:
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    page = first.show_page(Kind.ACTIVITY.value)
    splitter = page.findChildren(QSplitter)[0]
    splitter.setSizes([300, 900])
    sizes = splitter.sizes()
    page.view.horizontalHeader().resizeSection(0, 333)
    first.close()

    again = MainWindow(AppContext(Settings(QSettings(settings.qsettings.fileName(), QSettings.Format.IniFormat))))
    qtbot.addWidget(again)
    again.resize(first.size())
    again.show()
    restored = again.show_page(Kind.ACTIVITY.value).findChildren(QSplitter)[0]
    assert restored.sizes() == sizes
    assert again.pages[Kind.ACTIVITY.value].view.horizontalHeader().sectionSize(0) == 333


def test_open_recent_lists_a_file_once_where_names_ignore_case(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ropa_desktop.gui.settings as settings_module

    monkeypatch.setattr(settings_module.sys, "platform", "darwin")
    settings.add_recent_file(tmp_path / "Register.ropa")
    settings.add_recent_file(tmp_path / "register.ropa")
    assert settings.recent_files() == [str(tmp_path / "register.ropa")]


@pytest.mark.parametrize(("lang", "words"), [("nb", "overføringsgrunnlag"), ("da", "overførselsgrundlag"),
                                             ("sv", "skyddsåtgärd"), ("en", "safeguard")])
def test_the_handbook_is_shipped_in_every_ui_language(qtbot, lang: str, words: str) -> None:
    dialog = HelpDialog(lang)
    qtbot.addWidget(dialog)
    dialog.show_topic("transfers")
    assert words in dialog.text.toPlainText()


def test_the_window_has_the_application_icon(window: MainWindow) -> None:
    assert not window.windowIcon().isNull()
    assert not window.windowIcon().pixmap(32, 32).isNull()
