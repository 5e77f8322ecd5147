"""The app's register export and ``ropa export`` give the same document for the same choices.

Issue 10's acceptance test: the PDF exported from the app used to say "Register version not
recorded" while the same export from the command line recorded it. Both now run the export
service; this exports one register both ways — the app through File → Export PDF/Excel and its
dialogs — and compares the documents: the text of every PDF page (only the signing time told
apart), the cells of every sheet of the workbook, the register version, the signer.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from ropa_desktop.cli.main import main
from ropa_desktop.gui import signing_ui
from ropa_desktop.gui.dialogs import ExportChoicesDialog
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.services.demo import create_demo_register
from ropa_desktop.services.verify_file import verify_file
from ropa_desktop.signing import create_identity

PASSWORD = "delat lösen 3"
SIGNING_TIME = re.compile(r"\d{2}:\d{2}:\d{2} \(UTC[+-]\d{2}:\d{2}\)")  # the signer's local time and its offset


@pytest.fixture
def register_path(tmp_path: Path) -> Path:
    """The demo register: findings, several languages and a history, so a version to record."""
    path = tmp_path / "demo.ropa"
    create_demo_register(path).close()
    return path


@pytest.fixture
def identity_file(tmp_path: Path) -> Path:
    path = tmp_path / "ids" / "dpo.p12"
    create_identity(path, "Dana Dataskydd", "dpo@example.se", PASSWORD)
    return path


def _choose_in_the_export_dialog(qtbot, *, for_authority: bool, findings: bool, lang: str) -> list[str]:
    """Answer the export dialog when it opens, clicking and choosing as a user does."""
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ExportChoicesDialog):
            QTimer.singleShot(20, answer)  # not open yet
            return
        seen.append(dialog.windowTitle())
        button = dialog.authority if for_authority else dialog.own
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        if dialog.findings.isChecked() != findings:
            qtbot.mouseClick(dialog.findings, Qt.MouseButton.LeftButton)
        dialog.language.setCurrentIndex(dialog.language.findData(lang))
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    return seen


def _export_from_the_app(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, target: Path,
                         identity_file: Path, **choices: object) -> list[str]:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(signing_ui, "ask_sign_choice", lambda parent, last: signing_ui.SIGN_WITH)
    monkeypatch.setattr(signing_ui, "ask_identity_file", lambda parent, start: identity_file)
    monkeypatch.setattr(signing_ui, "ask_password", lambda parent, title, prompt: PASSWORD)
    seen = _choose_in_the_export_dialog(qtbot, **choices)  # type: ignore[arg-type]
    action = window.actions_.export_pdf if target.suffix == ".pdf" else window.actions_.export_xlsx
    with qtbot.waitSignal(window.files.job_done, timeout=60_000) as done:
        action.trigger()
    assert done.args == ["export"]
    return seen


def _pdf_pages(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [SIGNING_TIME.sub("<signed at>", " ".join((p.extract_text() or "").split())) for p in PdfReader(path).pages]


def _cells(path: Path) -> dict[str, list[tuple]]:
    wb = load_workbook(path)
    # The hidden data sheet holds the register as JSON with its own export time: the import's, not the reader's.
    return {ws.title: list(ws.iter_rows(values_only=True)) for ws in wb.worksheets if ws.sheet_state == "visible"}


@pytest.mark.parametrize(("suffix", "for_authority", "findings", "lang", "flags"), [
    (".pdf", True, False, "en", ["--for-authority"]),
    (".pdf", False, True, "sv", []),
    (".xlsx", True, True, "nb", ["--for-authority", "--findings"]),
])
def test_the_app_and_ropa_export_write_the_same_register_document(
    qtbot, window: MainWindow, errors: list, tmp_path: Path, register_path: Path, identity_file: Path,
    monkeypatch: pytest.MonkeyPatch, suffix: str, for_authority: bool, findings: bool, lang: str, flags: list[str],
) -> None:
    from_cli, from_app = tmp_path / f"cli{suffix}", tmp_path / f"app{suffix}"
    monkeypatch.setenv("ROPA_TEST_PW", PASSWORD)
    assert main(["export", str(register_path), "-o", str(from_cli), "--lang", lang, *flags,
                 "--sign", str(identity_file), "--password-env", "ROPA_TEST_PW"]) == 0

    seen = _export_from_the_app(qtbot, window, monkeypatch, from_app, identity_file,
                                for_authority=for_authority, findings=findings, lang=lang)

    assert seen == ["Export the register"] and errors == []
    result = window.files.last_export
    assert result.version is not None and result.copy_kind == ("authority" if for_authority else "own")
    assert (result.findings is not None) == findings
    if suffix == ".pdf":
        app_pages, cli_pages = _pdf_pages(from_app), _pdf_pages(from_cli)
        assert app_pages == cli_pages
        assert result.version in app_pages[0]
    else:
        app_cells, cli_cells = _cells(from_app), _cells(from_cli)
        assert app_cells == cli_cells
        assert [result.version] == [v for k, v in app_cells["Om eksporten"] if k == "Protokollens versjon"]
        for path in (from_app, from_cli):
            props = {p.name: p.value for p in load_workbook(path).custom_doc_props}
            assert props["Protokollens versjon"] == result.version  # worded in the document's language
            assert props["Eksemplar"] == "Til tilsynsmyndigheten"
    for path in (from_app, from_cli):
        verdict = verify_file(path)
        assert verdict.intact and verdict.signer == "Dana Dataskydd"


def test_the_export_dialog_sets_the_findings_by_the_copy_and_lets_the_user_change_them(qtbot) -> None:
    dialog = ExportChoicesDialog("da")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.own.isChecked() and dialog.findings.isChecked() and dialog.choices().lang == "da"
    qtbot.mouseClick(dialog.authority, Qt.MouseButton.LeftButton)
    assert not dialog.findings.isChecked()
    assert dialog.hint.text().endswith("The findings are left out.")
    qtbot.mouseClick(dialog.findings, Qt.MouseButton.LeftButton)
    choices = dialog.choices()
    assert (choices.for_authority, choices.with_findings) == (True, True)
    assert dialog.hint.text() == "The cover says the copy is for the supervisory authority. The findings are included."


def test_cancelling_the_export_dialog_exports_nothing(
    qtbot, window: MainWindow, errors: list, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("asked for a file"))

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ExportChoicesDialog):
            QTimer.singleShot(20, cancel)
            return
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, cancel)
    window.actions_.export_pdf.trigger()
    assert errors == [] and window.files.last_export is None
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf") == []
