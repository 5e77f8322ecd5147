"""The window says when the register's place limits what is safe: a read-only medium, a cloud-synchronised folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from ropa_desktop.domain import Organisation
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.settings import Settings
from ropa_desktop.store import RegisterStore


def test_a_register_in_a_dropbox_folder_is_said_to_be_for_one_computer_at_a_time(qtbot, tmp_path: Path,
                                                                                 swedish) -> None:
    folder = tmp_path / "Dropbox"
    folder.mkdir()
    RegisterStore.create(folder / "r.ropa", Organisation(name="Molnet AB", supervisory_authority="SE"), ["sv"]).close()
    ctx = AppContext(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)), ui_lang="sv")
    ctx.run_synchronously = True
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.info_bar.isHidden()
    ctx.open_register(folder / "r.ropa")
    assert window.info_bar.isVisible()
    assert "Dropbox" in window.info_bar.label.text() and "en dator i taget" in window.info_bar.label.text()
    ctx.close_register()
