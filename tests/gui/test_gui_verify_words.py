"""File → Verify signature… says why a signature cannot be read in the UI language, as `ropa verify` does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.main_window import MainWindow


def test_a_damaged_signature_file_is_explained_in_danish(
    danish, qtbot, window: MainWindow, ctx: AppContext, errors: list, tmp_path: Path
) -> None:
    workbook = tmp_path / "fortegnelse.xlsx"
    workbook.write_bytes(b"PK\x03\x04 a workbook")
    (tmp_path / "fortegnelse.xlsx.p7s").write_bytes(b"this is no CMS signature")
    dialog = window.open_verify_dialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.file, str(workbook))
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)

    assert errors == []
    assert dialog.why.isVisibleTo(dialog)
    why = dialog.why.text()
    assert why.startswith("fortegnelse.xlsx.p7s er ikke en gyldig signatur (")
    assert "is not a valid signature" not in why  # the signing layer's English sentence is not shown
