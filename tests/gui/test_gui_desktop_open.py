"""Opening a register from the file manager: the path on the command line (Windows, Linux), the
FileOpen event macOS sends the running app, and what the user reads when the file is no register
or is already open in another window of ours."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from ropa_desktop.domain.model import Organisation
from ropa_desktop.gui.app import open_initial_register, parse_args
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.store import RegisterStore


def _register(path: Path, name: str) -> Path:
    RegisterStore.create(path, Organisation(name=name, supervisory_authority="DK"), ["da"]).close()
    return path


def test_a_register_named_on_the_command_line_opens_even_with_finders_process_number(
    window: MainWindow, ctx: AppContext, tmp_path: Path, errors: list,
) -> None:
    other = _register(tmp_path / "Kunder og leverandører.ropa", "Kunder ApS")
    args = parse_args(["-psn_0_1234567", str(other)])  # as Finder starts an app on older macOS

    open_initial_register(window, ctx, args.register)

    assert ctx.store.path == other and errors == []
    assert window.windowTitle().startswith("Kunder og leverandører.ropa")


def test_a_file_open_event_from_the_desktop_opens_the_register(
    qtbot, window: MainWindow, ctx: AppContext, tmp_path: Path, errors: list,
) -> None:
    other = _register(tmp_path / "Andet register.ropa", "Andet ApS")

    QApplication.postEvent(QApplication.instance(), QFileOpenEvent(str(other)))
    qtbot.waitUntil(lambda: ctx.store.path == other)

    assert errors == []
    assert ctx.store.organisation().name == "Andet ApS"


def test_a_file_that_is_no_register_is_named_and_the_open_register_stays(
    qtbot, window: MainWindow, ctx: AppContext, tmp_path: Path, errors: list, register_path: Path,
) -> None:
    notes = tmp_path / "notes.ropa"
    notes.write_bytes(b"Meeting notes, not a register\n")

    QApplication.postEvent(QApplication.instance(), QFileOpenEvent(str(notes)))
    qtbot.waitUntil(lambda: bool(errors))

    assert errors == [("The register could not be opened", f"{notes} is not a ropa-desktop register.")]
    assert ctx.store.path == register_path  # the register open before is still the one open
    assert notes.read_bytes() == b"Meeting notes, not a register\n"


def test_a_register_already_open_in_another_window_here_is_said(
    qtbot, window: MainWindow, ctx: AppContext, tmp_path: Path, errors: list,
) -> None:
    other = _register(tmp_path / "Fælles.ropa", "Fælles ApS")
    first_window = RegisterStore.open(other)  # another ropa-desktop of this user on this computer
    first_window.start_session()
    try:
        QApplication.postEvent(QApplication.instance(), QFileOpenEvent(str(other)))
        qtbot.waitUntil(lambda: bool(errors))
    finally:
        first_window.close()

    assert ctx.store.path == other
    [(title, text)] = errors
    assert title == "Open in another window"
    assert text.startswith("Fælles.ropa is also open in another ropa-desktop window on this computer.")


def test_a_register_dropped_on_the_window_opens_and_other_files_are_refused(
    qtbot, window: MainWindow, ctx: AppContext, tmp_path: Path, errors: list,
) -> None:
    from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    other = _register(tmp_path / "Fra Explorer.ROPA", "Explorer ApS")  # Windows keeps the name's case
    text_file = tmp_path / "notes.txt"
    text_file.write_text("notes")

    def drag(path: Path) -> tuple[QMimeData, bool]:
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(path))])
        enter = QDragEnterEvent(QPoint(200, 200), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(window, enter)
        return data, enter.isAccepted()

    _, accepted = drag(text_file)
    assert not accepted  # the window says at once that it does not take it
    data, accepted = drag(other)
    assert accepted
    QApplication.sendEvent(window, QDropEvent(QPoint(200, 200).toPointF(), Qt.DropAction.CopyAction, data,
                                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))

    assert ctx.store.path == other and errors == []
