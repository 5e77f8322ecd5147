"""Compare versions → Save as PDF: the comparison the page shows, as a PDF, written through the worker."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from ropa_desktop.domain.ltext import LText
from ropa_desktop.domain.model import Activity
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.pages.compare_pdf import pdf_target
from ropa_desktop.gui.pages.history import HistoryPage
from ropa_desktop.services.export_register import ExportChoices, export_register
from ropa_desktop.store import Kind


@pytest.fixture
def history(qtbot, ctx: AppContext, window: MainWindow, tmp_path: Path) -> HistoryPage:
    store = ctx.store
    assert store is not None
    store.add(Kind.ACTIVITY, Activity(id="lon", name=LText({"sv": "Löner", "en": "Payroll"}), role="controller",
                                      owner="Ekonomi"))
    export_register(store.path, tmp_path / "sent.xlsx", ExportChoices(for_authority=True))
    activity = store.get(Kind.ACTIVITY, "lon")
    activity.owner = "HR"
    store.update(Kind.ACTIVITY, activity)
    ctx.notify_item(Kind.ACTIVITY, "lon")
    page = window.show_page("history")
    assert isinstance(page, HistoryPage)
    return page


def test_save_as_pdf_writes_the_changed_field_old_and_new(
    qtbot, history: HistoryPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, errors: list
) -> None:
    target = tmp_path / "changes.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert history.save_pdf_button.isEnabled()
    qtbot.mouseClick(history.save_pdf_button, Qt.MouseButton.LeftButton)
    with pdfplumber.open(target) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "Ändrad: Löner (lon)" in text  # the register's language, as the page and `ropa diff` word it
    assert "Ansvarig ”Ekonomi” ”HR”" in text
    assert errors == []
    assert history.done_dialog.isVisible() and history.done_dialog.path == target
    history.done_dialog.close()


def test_a_name_without_pdf_gains_it_and_does_not_replace_a_file_nobody_asked_about(tmp_path: Path) -> None:
    assert pdf_target(str(tmp_path / "a.pdf")) == (tmp_path / "a.pdf", True)
    assert pdf_target(str(tmp_path / "a")) == (tmp_path / "a.pdf", False)
