"""Ctrl+P in the notice dialog prints the notice on screen (through the print preview); Ctrl+P in the
main window still prints the register's page. Qt reports a key bound twice as an ambiguous shortcut
(a warning, which fails the test here) and then does nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QApplication

from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.notice_dialog import NoticeDialog
from ropa_desktop.services.demo import create_demo_register


def _close_the_next_preview(qtbot, seen: list[str]) -> None:
    """Note the title of the next modal dialog, which must be Qt's print preview, and close it."""
    timer = QTimer()

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QPrintPreviewDialog):
            seen.append(dialog.windowTitle())
            timer.stop()
            dialog.reject()

    timer.timeout.connect(poll)
    timer.start(20)
    qtbot._notice_print_timer = timer


def test_ctrl_p_in_the_notice_dialog_previews_the_notice_and_in_the_window_the_page(
    qtbot, window: MainWindow, ctx: AppContext, tmp_path: Path,
) -> None:
    ctx.set_store(create_demo_register(tmp_path / "demo.ropa"))
    dialog = window.open_notice_dialog()
    assert isinstance(dialog, NoticeDialog)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.html) and not dialog.is_preparing())
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    seen: list[str] = []

    _close_the_next_preview(qtbot, seen)
    qtbot.keyClick(dialog.preview, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["Print the notice"]
    assert dialog.print_document().toPlainText() == dialog.preview_text()  # what it prints is what it shows

    dialog.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _close_the_next_preview(qtbot, seen)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(seen) == 2 and seen[1] != "Print the notice"
