"""Exports with feedback: the dialog warns of the checks' errors before writing, and a message after
writing says where the file is, opens it or its folder, and that a workbook's signature travels with it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QInputDialog, QMessageBox, QWidget

from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.dialogs import ExportChoicesDialog
from ropa_desktop.gui.export_done import ExportDoneDialog
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.output.catalogue import label
from ropa_desktop.signing import create_identity
from tests.gui.conftest import answer_dialogs

PASSWORD = "hemligt 7"



def choose(qtbot, lang: str, findings: bool) -> Callable[[QWidget], None]:
    def handle(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportChoicesDialog)
        if dialog.findings.isChecked() != findings:
            qtbot.mouseClick(dialog.findings, Qt.MouseButton.LeftButton)
        dialog.language.setCurrentIndex(dialog.language.findData(lang))
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    return handle


def click(text: str) -> Callable[[QWidget], None]:
    def handle(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        next(b for b in widget.buttons() if b.text() == text).click()
    return handle


def password(text: str) -> Callable[[QWidget], None]:
    def handle(widget: QWidget) -> None:
        assert isinstance(widget, QInputDialog)
        widget.setTextValue(text)
        widget.accept()
    return handle


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def _export(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, target: Path,
            handlers: list[Callable[[QWidget], None]]) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    answer_dialogs(qtbot, handlers)
    action = window.actions_.export_pdf if target.suffix == ".pdf" else window.actions_.export_xlsx
    with qtbot.waitSignal(window.files.job_done, timeout=60_000) as done:
        action.trigger()
    assert done.args == ["export"]


def test_a_danish_export_without_findings_says_where_it_is_and_shows_the_folder(
    qtbot, window: MainWindow, errors: list, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opened: list[QUrl],
) -> None:
    target = tmp_path / "out" / "fortegnelse.pdf"
    target.parent.mkdir()
    _export(qtbot, window, monkeypatch, target, [choose(qtbot, "da", findings=False), click("Do not sign")])

    assert errors == []
    done = window.files.done_dialog
    assert isinstance(done, ExportDoneDialog) and done.isVisible()
    assert "fortegnelse.pdf" in done.message.text() and str(target.parent) in done.message.text()
    assert done.folder_button.text().replace("&", "") == "Show in folder"
    qtbot.mouseClick(done.folder_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(target.parent)]

    from pypdf import PdfReader

    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert label("title", "da") in text and label("supervisory_authority", "da") in text
    assert label("findings_left_out", "da") in text
    assert label("findings", "da") not in text.replace(label("findings_in_export", "da"), "")
    assert label("title", "en") not in text


def test_open_hands_the_exported_file_to_the_desktop(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opened: list[QUrl],
) -> None:
    target = tmp_path / "register.pdf"
    _export(qtbot, window, monkeypatch, target, [choose(qtbot, "en", findings=True), click("Do not sign")])
    done = window.files.done_dialog
    assert "The findings of the checks are included." in done.message.text()
    qtbot.mouseClick(done.open_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(target)]


def test_the_export_dialog_lists_the_checks_errors_before_anything_is_written(
    qtbot, window: MainWindow, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("asked for a file"))
    seen: dict = {}

    def look_and_cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportChoicesDialog)
        seen["warning"] = dialog.warning.isVisibleTo(dialog)
        seen["errors"] = [dialog.errors.item(i).text() for i in range(dialog.errors.count())]
        dialog.reject()

    answer_dialogs(qtbot, [look_and_cancel])
    window.actions_.export_pdf.trigger()

    assert seen["warning"] is True
    # The fixture's organisation has no contact details: an error of the checks, named in words.
    assert len(seen["errors"]) == 1 and seen["errors"][0].startswith("Organisation: ")
    assert not list(tmp_path.glob("*.pdf"))


def test_a_signed_workbook_says_its_signature_file_must_travel_with_it(
    qtbot, window: MainWindow, ctx: AppContext, errors: list, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    opened: list[QUrl],
) -> None:
    identity = tmp_path / "ids" / "karin.p12"
    create_identity(identity, "Karin Lindqvist", "", PASSWORD, certificate=identity.with_suffix(".pem"))
    ctx.settings.set_last_identity(identity)
    target = tmp_path / "register.xlsx"
    _export(qtbot, window, monkeypatch, target,
            [choose(qtbot, "sv", findings=True), click("Sign as Karin Lindqvist"), password(PASSWORD)])

    assert errors == []
    text = window.files.done_dialog.message.text()
    assert "register.xlsx.p7s" in text and "together" in text
    assert (tmp_path / "register.xlsx.p7s").exists()
