"""GUI fixtures: a main window over a register in a temporary folder, with settings kept there too."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget

from ropa_desktop.domain.ltext import LText
from ropa_desktop.domain.model import DataSubjectCategory, Organisation
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.settings import Settings
from ropa_desktop.store import Kind, RegisterStore


@pytest.fixture(autouse=True)
def _private_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    # QSettings() without a file (as the app makes it) must never touch the real user's settings.
    folder = str(tmp_path_factory.getbasetemp() / "qsettings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread(qapp):
    # As the app does (gc_guard): a widget caught in a cycle must not be freed by a worker thread.
    from ropa_desktop.gui.gc_guard import GuiThreadCollector

    collector = GuiThreadCollector()
    collector.start()
    yield
    collector.stop()
    del collector


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def register_path(tmp_path: Path) -> Path:
    path = tmp_path / "test.ropa"
    store = RegisterStore.create(path, Organisation(name="Testbolaget AB", supervisory_authority="SE"), ["sv", "en"])
    customers = DataSubjectCategory(id="kunder", name=LText({"sv": "Kunder", "en": "Customers"}))
    store.add(Kind.DATA_SUBJECT_CATEGORY, customers)
    store.close()
    return path


@pytest.fixture
def errors() -> list[tuple[str, str]]:
    return []


@pytest.fixture
def ctx(qtbot, settings: Settings, register_path: Path, errors: list[tuple[str, str]]) -> AppContext:
    context = AppContext(settings, ui_lang="en")
    context.run_synchronously = True
    context.report_error = lambda title, text: errors.append((title, text))
    context.open_register(register_path)
    yield context
    context.close_register()


@pytest.fixture
def window(qtbot, ctx: AppContext) -> MainWindow:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def swedish(qapp):
    """The UI in Swedish for one test, as a user who chose it in the settings has it."""
    from ropa_desktop.gui.app import install_translators

    translators = install_translators(qapp, "sv")
    yield
    for t in translators:
        qapp.removeTranslator(t)


@pytest.fixture
def danish(qapp, ctx: AppContext):
    """The UI in Danish for one test, as the app starts when the user chose Danish."""
    from ropa_desktop.gui.app import install_translators

    translators = install_translators(qapp, "da")
    ctx.ui_lang = "da"
    yield
    for t in translators:
        qapp.removeTranslator(t)


def answer_dialogs(qtbot, handlers: list[Callable[[QWidget], None]]) -> list[str]:
    """Answer the next modal dialogs in turn through their widgets; returns each one's text.

    A modal dialog blocks the test in its exec(), so the answers come from a timer that looks for
    the active modal widget and hands each new one to the next handler.
    """
    seen: list[str] = []
    timer = QTimer()

    def poll() -> None:
        if not handlers:
            timer.stop()  # every dialog answered
            return
        widget = QApplication.activeModalWidget()
        if widget is None or widget.property("answered"):
            return
        widget.setProperty("answered", True)
        text = widget.labelText() if isinstance(widget, QInputDialog) else (
            widget.text() if isinstance(widget, QMessageBox) else widget.windowTitle())
        seen.append(text)
        handlers.pop(0)(widget)

    timer.timeout.connect(poll)
    timer.start(20)
    qtbot._desktop_timer = timer  # kept alive for the test
    return seen


@pytest.fixture
def bare(qtbot, settings: Settings, errors: list[tuple[str, str]]) -> tuple[MainWindow, AppContext]:
    """The app as it starts: a window, and no register open yet (first start, opening from Finder)."""
    ctx = AppContext(settings, ui_lang="en")
    ctx.run_synchronously = True
    ctx.report_error = lambda title, text: errors.append((title, text))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window, ctx
    ctx.close_register()
