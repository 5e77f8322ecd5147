"""A first start by double-clicking a .ropa in Finder: macOS hands the file over as a QFileOpenEvent once the
event loop runs. The file opens, and the first-start choice (with its demo register) never comes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from ropa_desktop.domain.model import Organisation
from ropa_desktop.gui import app, first_start
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.first_start import FirstStartDialog
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.settings import Settings
from ropa_desktop.store import RegisterStore


@pytest.fixture
def bare(bare: tuple[MainWindow, AppContext], settings: Settings) -> tuple[MainWindow, AppContext]:
    """The app as it starts the first time: a window, no register open, none to reopen."""
    assert not settings.last_register()
    return bare


@pytest.fixture
def finder_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    demo = tmp_path / "data" / "Demo register.ropa"
    monkeypatch.setattr(app, "demo_path", lambda: demo)
    path = tmp_path / "Kunder.ropa"
    RegisterStore.create(path, Organisation(name="Kundbolaget AB", supervisory_authority="SE"), ["sv"]).close()
    return path


def _rejecting_soon() -> QTimer:
    """Closes a first-start choice left open, so that a failing test fails instead of waiting for a click."""
    timer = QTimer()
    timer.timeout.connect(lambda: isinstance(w := QApplication.activeModalWidget(), FirstStartDialog) and w.reject())
    timer.start(2000)
    return timer


def test_a_file_open_event_pending_at_start_wins_over_the_first_start_choice(
        qtbot, bare: tuple[MainWindow, AppContext], finder_file: Path, errors: list,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window, ctx = bare
    asked: list[str] = []
    original = FirstStartDialog.exec
    monkeypatch.setattr(FirstStartDialog, "exec", lambda self: asked.append("first start") or original(self))
    guard = _rejecting_soon()
    # As on macOS: the event is pending when the app decides what to open.
    QApplication.postEvent(QApplication.instance(), QFileOpenEvent(str(finder_file)))
    app.start_with_register(window, ctx, None)
    qtbot.waitUntil(lambda: ctx.store is not None)
    qtbot.wait(50)  # the deferred decision has run
    guard.stop()
    assert ctx.store.path == finder_file
    assert asked == []
    assert not app.demo_path().exists()
    assert errors == []


def test_a_file_handed_over_while_the_choice_shows_closes_the_choice(
        qtbot, bare: tuple[MainWindow, AppContext], finder_file: Path, errors: list) -> None:
    window, ctx = bare
    guard = _rejecting_soon()
    QTimer.singleShot(100, lambda: QApplication.postEvent(QApplication.instance(), QFileOpenEvent(str(finder_file))))
    opened = first_start.first_start(window, ctx)
    guard.stop()
    assert opened is True
    assert ctx.store is not None and ctx.store.path == finder_file
    assert not app.demo_path().exists()
    assert errors == []
