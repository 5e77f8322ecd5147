"""The UI speaks each shipped language: Swedish, Norwegian (bokmål) and Danish.

A language is its .ts/.qm pair in resources/translations: these tests find the languages
there, so a language added later (Finnish) is held to the same checks without a code change.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)

from ropa_desktop.base import resources
from ropa_desktop.gui.app import install_translators, language_name, ui_language, ui_languages
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.i18n import tr
from ropa_desktop.gui.labels import value_label
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
SHIPPED = sorted(p.stem.removeprefix("ropa_desktop_") for p in TRANSLATIONS.glob("ropa_desktop_*.ts")
                 if p.stem != "ropa_desktop_en")
PLACEHOLDER = re.compile(r"%\d+|\{\w+\}")
MNEMONIC = re.compile(r"&(?=[^&\s])")
FORMS = "\x1f"  # between the plural forms of a count sentence ("%n days overdue"), as messages() gives them


def messages(ts: Path) -> list[tuple[str, str, str, bool]]:
    """(context, source, translation, finished) for every message of a .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            # A count sentence has one text per plural form; each must be there.
            forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
            text = (FORMS.join(forms) if forms else translation.text or "") if translation is not None else ""
            finished = (translation is not None and translation.get("type") != "unfinished" and bool(text)
                        and all(forms))
            found.append((name, message.findtext("source") or "", text, finished))
    return found


@pytest.fixture
def installed(qapp: QApplication):
    """Install a language's translators for one test, and take them away after it."""
    installed: list[QTranslator] = []

    def install(lang: str) -> list[QTranslator]:
        installed.extend(install_translators(qapp, lang))
        return installed

    yield install
    for t in installed:
        qapp.removeTranslator(t)


def test_swedish_norwegian_and_danish_are_shipped() -> None:
    assert {"sv", "nb", "da"} <= set(SHIPPED)
    assert ui_languages()[0] == "en"
    assert set(SHIPPED) <= set(ui_languages()), "a .ts without its .qm: run pyside6-lrelease"


@pytest.mark.parametrize(("lang", "expected"), [
    ("sv", ("&Arkiv", "Information till registrerade", "Inget: vi har inget dataskyddsombud", "Avtal – art. 6.1 b")),
    ("nb", ("&Fil", "Informasjon til de registrerte", "Ingen: Vi har ikke personvernombud",
            "Avtale – art. 6 nr. 1 bokstav b")),
    ("da", ("&Filer", "Information til de registrerede", "Ingen: Vi har ingen databeskyttelsesrådgiver",
            "Kontrakt – art. 6, stk. 1, litra b")),
])
def test_the_translation_is_shipped_and_used(installed, lang: str, expected: tuple[str, ...]) -> None:
    assert installed(lang), f"resources/translations/ropa_desktop_{lang}.qm is missing"
    found = (tr("&File"), tr("Information notice"), tr("None: we have no data protection officer"),
             value_label("legal_basis", "contract"))
    assert found == expected


def test_without_a_translation_the_texts_are_english() -> None:
    assert tr("&File") == "&File"


@pytest.mark.parametrize("lang", SHIPPED)
def test_every_text_of_the_gui_has_a_finished_translation(tmp_path: Path, lang: str) -> None:
    # lupdate collects the GUI's translatable texts as a translator's tool would; against a
    # copy of the shipped file, a text added without its translation shows up unfinished.
    copy = tmp_path / f"ropa_desktop_{lang}.ts"
    shutil.copy(TRANSLATIONS / copy.name, copy)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "ropa_desktop" / "gui").rglob("*.py"))
    subprocess.run([str(lupdate), "-no-obsolete", *sources, "-ts", str(copy)], check=True, capture_output=True)
    found = messages(copy)
    assert len(found) > 500
    missing = [source for _, source, _, finished in found if not finished]
    assert missing == [], f"texts without a translation in {lang}: {missing}"


@pytest.mark.parametrize("lang", SHIPPED)
def test_every_translation_keeps_the_placeholders_and_the_accelerator(lang: str) -> None:
    wrong = []
    for context, source, text, _ in messages(TRANSLATIONS / f"ropa_desktop_{lang}.ts"):
        if any(sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(form)) for form in text.split(FORMS)):
            wrong.append(f"{context}|{source} -> {text} (placeholders)")
        if bool(MNEMONIC.search(source.replace("&&", ""))) != bool(MNEMONIC.search(text.replace("&&", ""))):
            wrong.append(f"{context}|{source} -> {text} (accelerator)")
    assert wrong == []


@pytest.mark.parametrize("lang", SHIPPED)
def test_the_shipped_qm_is_built_from_the_ts(lang: str) -> None:
    # A translation edited in the .ts but not released with lrelease never reaches the user.
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"ropa_desktop_{lang}.qm"))
    def released(context: str, source: str, text: str) -> str:
        if FORMS not in text:
            return translator.translate(context, source)
        forms = (translator.translate(context, source, None, n) for n in (1, 2))
        return FORMS.join(re.sub(rf"(?<![%\d]){n}(?!\d)", "%n", form) for n, form in zip((1, 2), forms, strict=True))

    stale = [source for context, source, text, finished in messages(TRANSLATIONS / f"ropa_desktop_{lang}.ts")
             if finished and released(context, source, text) != text]
    assert stale == [], f"run pyside6-lrelease for {lang}: {stale[:5]}"


# --- the window in each language ---------------------------------------------------------

def window_texts(window: MainWindow, qtbot) -> list[str]:
    """What a user reads in the menus, the sidebar and on every page (not the register's rows)."""
    texts: list[str] = []

    def walk(menu: QMenu) -> None:
        texts.append(menu.title())
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())
            elif not action.isSeparator():
                texts.append(action.text())

    for action in window.menuBar().actions():
        walk(action.menu())
    texts.extend(window.sidebar.item(row).text() for row in range(window.sidebar.count()))
    for key in list(window.pages):
        page = window.show_page(key)
        qtbot.wait(1)
        for widget in page.findChildren(QWidget):
            texts.extend(_widget_texts(widget))
    return [t for t in texts if t]


def _widget_texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel):
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QAbstractButton):
        return [widget.text(), widget.toolTip()]
    if isinstance(widget, QLineEdit):
        return [widget.placeholderText()]
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
        model = widget.model()
        columns = range(model.columnCount(QModelIndex()))
        return [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
    return []


def open_window(qtbot, settings: Settings, register_path: Path, lang: str) -> tuple[MainWindow, AppContext]:
    ctx = AppContext(settings, ui_lang=lang)
    ctx.run_synchronously = True
    ctx.report_error = lambda title, text: pytest.fail(f"{title}: {text}")
    ctx.open_register(register_path)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window, ctx


@pytest.mark.parametrize("lang", ["nb", "da"])
def test_the_window_has_no_english_in_menus_sidebar_and_pages(
        qtbot, installed, settings: Settings, register_path: Path, lang: str) -> None:
    english_window, english_ctx = open_window(qtbot, settings, register_path, "en")
    english = set(window_texts(english_window, qtbot))
    english_window.close()
    english_ctx.close_register()

    installed(lang)
    window, ctx = open_window(qtbot, settings, register_path, lang)
    try:
        shown = window_texts(window, qtbot)
    finally:
        window.close()
        ctx.close_register()
    # The same word in both languages ("Status", "PDF") is no leftover: the catalogue says so.
    same = {source.replace("&", "") for _, source, text, _ in messages(TRANSLATIONS / f"ropa_desktop_{lang}.ts")
            if text == source}
    names = ["Testbolaget AB", "Kunder", "Customers", "test.ropa", "ropa-desktop", "https://",
             *(language_name(code) for code in ui_languages())]

    def allowed(text: str) -> bool:
        bare = text.replace("&", "")
        for name in names:
            bare = bare.replace(name, "")
        # names, codes (SE, sv, P12M) and figures are not words of a language
        return bare in same or not re.search(r"[a-zæøåäö]{3,}", bare)

    leftovers = sorted({t for t in shown if t in english and not allowed(t)})
    assert len(shown) > 100
    assert leftovers == [], f"English left in the {lang} window: {leftovers}"


# English too: it is the source language, so it has no .ts of its own among SHIPPED, and its
# clashes (New register/Information notice, Export PDF/Print) went unseen.
@pytest.mark.parametrize("lang", ["en", *SHIPPED])
def test_no_two_entries_of_a_menu_share_an_accelerator(ctx: AppContext, installed, qtbot, lang: str) -> None:
    # Alt+letter must reach one entry: with two, the first press only selects, a slower path.
    installed(lang)
    translated = MainWindow(ctx)
    qtbot.addWidget(translated)
    clashes = []

    def walk(title: str, menu_actions: list) -> None:
        keys = [m.group(1).lower() for a in menu_actions if (m := re.search(r"&(\w)", a.text().replace("&&", "")))]
        if len(keys) != len(set(keys)):
            clashes.append((title, [a.text() for a in menu_actions if a.text()]))
        for action in menu_actions:
            if action.menu() is not None:
                walk(action.text(), action.menu().actions())

    walk("menu bar", translated.menuBar().actions())
    assert clashes == []


# --- which language, and where the list of languages comes from --------------------------

@pytest.mark.parametrize(("system", "expected"), [
    ("nb_NO", "nb"), ("no", "nb"), ("no_NO", "nb"), ("nn_NO", "nb"),
    ("da_DK", "da"), ("sv_SE", "sv"), ("sv_FI", "sv"), ("en_GB", "en"),
    ("ja_JP", "en"),  # a language we do not ship: English
])
def test_the_system_locale_picks_the_language_on_first_start(settings: Settings, system: str, expected: str) -> None:
    assert settings.ui_language() == ""
    assert ui_language(settings, QLocale(system)) == expected


def test_the_users_choice_wins_over_the_system(settings: Settings) -> None:
    settings.set_ui_language("da")
    assert ui_language(settings, QLocale("nb_NO")) == "da"
    settings.set_ui_language("xx")  # a language no longer shipped: the system's again
    assert ui_language(settings, QLocale("nb_NO")) == "nb"


def test_languages_are_named_in_their_own_language() -> None:
    assert [language_name(code) for code in ("en", "sv", "nb", "da")] == ["English", "Svenska", "Norsk bokmål", "Dansk"]


@pytest.fixture
def finnish_dropped_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped resources with a Finnish .qm added, and nothing else changed."""
    folder = tmp_path / "resources"
    shutil.copytree(TRANSLATIONS.parent, folder)  # the whole of it: the window also loads its icon from here
    # A real catalogue, as a translator's lrelease makes it, with one text in Finnish.
    ts = folder / "translations" / "ropa_desktop_fi.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="fi_FI">\n'
                  "<context><name></name><message><source>&amp;File</source>"
                  "<translation>&amp;Tiedosto</translation></message></context>\n</TS>\n", encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True, capture_output=True)
    monkeypatch.setattr(resources, "resources_dir", lambda: folder)
    return folder


def test_a_dropped_in_qm_file_is_a_language_without_code_changes(
        finnish_dropped_in: Path, installed, settings: Settings) -> None:
    assert ui_languages() == ["en", "da", "fi", "nb", "sv"]
    assert language_name("fi") == "Suomi"
    assert ui_language(settings, QLocale("fi_FI")) == "fi"
    installed("fi")
    assert tr("&File") == "&Tiedosto"


def test_the_language_menu_offers_a_dropped_in_language_and_says_when_it_applies(
        finnish_dropped_in: Path, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    language_menu = next(a.menu() for a in view_menu.actions() if a.text() == "Language")
    # The window is made after the .qm was dropped in, as the app is started after installing it.
    offered = [a.text() for a in language_menu.actions()]
    assert offered == ["System language", "English", "Dansk", "Norsk bokmål", "Suomi", "Svenska"]
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    next(a for a in language_menu.actions() if a.text() == "Norsk bokmål").trigger()
    assert ctx.settings.ui_language() == "nb"
    assert told == ["The new language is used from the next start."]
    assert [a.text() for a in language_menu.actions() if a.isChecked()] == ["Norsk bokmål"]
