"""Signing on export and File → Verify signature…: the DPO signs the register and anyone can check it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from ropa_desktop.gui import dialogs, signing_ui
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.verify_dialog import VerifyDialog
from ropa_desktop.services.export_register import ExportChoices
from ropa_desktop.signing import certificate_pem, create_identity

PASSWORD = "hemligt lösen 7"


@pytest.fixture
def identity_file(tmp_path: Path) -> Path:
    path = tmp_path / "ids" / "dpo.p12"
    create_identity(path, "Dana Dataskydd", "dpo@example.se", PASSWORD)
    return path


def _answer(monkeypatch: pytest.MonkeyPatch, target: Path, choice: str, identity: Path | None,
            passwords: list[str]) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(dialogs, "ask_export_choices", lambda parent, lang, *rest: ExportChoices(lang=lang))
    monkeypatch.setattr(signing_ui, "ask_sign_choice", lambda parent, last: choice)
    monkeypatch.setattr(signing_ui, "ask_identity_file", lambda parent, start: identity)
    monkeypatch.setattr(signing_ui, "ask_password", lambda parent, title, prompt: passwords.pop(0))


def test_a_signed_pdf_export_verifies_as_intact_and_trusted(
    qtbot, window: MainWindow, ctx: AppContext, errors: list, tmp_path: Path,
    identity_file: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "register.pdf"
    _answer(monkeypatch, target, signing_ui.SIGN_WITH, identity_file, [PASSWORD])

    window.files.export_pdf_dialog()

    assert errors == []
    assert target.read_bytes().startswith(b"%PDF-")
    assert ctx.settings.last_identity() == str(identity_file)  # the path is kept, never the password
    assert PASSWORD not in Path(ctx.settings.qsettings.fileName()).read_text(encoding="utf-8")

    cert = tmp_path / "dpo.pem"
    from ropa_desktop.signing import load_identity

    cert.write_bytes(certificate_pem(load_identity(identity_file, PASSWORD)))
    dialog = window.open_verify_dialog()
    assert isinstance(dialog, VerifyDialog)
    qtbot.addWidget(dialog)
    dialog.file.setText(str(target))
    dialog.trust.setText(str(cert))
    dialog.verify_now()
    assert dialog.signer.text() == "Dana Dataskydd"
    assert dialog.intact.text() == "Yes"
    assert dialog.trusted.text() == "Yes"
    # the signing time, in the UI language's date style (English here: "2 Dec 2026 13:30:05")
    assert str(dt.date.today().year) in dialog.signed_at.text()
    assert "unchanged" in dialog.summary.text()

    # One changed byte, and the dialog says in words not to rely on the file.
    data = bytearray(target.read_bytes())
    at = data.index(b"/Producer") if b"/Producer" in data else len(data) // 3
    data[at + 1] ^= 0x01
    target.write_bytes(bytes(data))
    dialog.verify_now()
    assert dialog.intact.text() == "No"
    assert "changed" in dialog.summary.text() or "damaged" in dialog.summary.text()


def test_a_password_wrong_every_time_says_so_and_writes_nothing(
    window: MainWindow, ctx: AppContext, errors: list, tmp_path: Path,
    identity_file: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "register.pdf"
    # A wrong password is asked again (test_gui_desktop_signing); after the last attempt the export stops.
    _answer(monkeypatch, target, signing_ui.SIGN_WITH, identity_file, ["not it"] * signing_ui.MAX_ATTEMPTS)
    window.files.export_pdf_dialog()
    assert errors == [("The export was not signed", "The password for dpo.p12 is wrong.")]
    assert not target.exists()


def test_a_new_identity_for_the_dpo_signs_the_excel_export(
    window: MainWindow, ctx: AppContext, errors: list, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "register.xlsx"
    folder = tmp_path / "identities"
    monkeypatch.setattr(signing_ui, "identity_folder", lambda: folder)
    monkeypatch.setattr(signing_ui, "ask_new_identity", lambda *a: ("Dana Dataskydd", "", PASSWORD))
    _answer(monkeypatch, target, signing_ui.CREATE, None, [])

    window.files.export_xlsx_dialog()

    assert errors == []
    assert sorted(p.name for p in folder.iterdir()) == ["dana-dataskydd.p12", "dana-dataskydd.pem"]
    assert (tmp_path / "register.xlsx.p7s").exists()
    from ropa_desktop.gui.verify_dialog import verify_file

    result = verify_file(target, None)
    assert result.intact and result.signer == "Dana Dataskydd"


def test_verifying_a_file_without_a_signature_says_so(
    qtbot, window: MainWindow, ctx: AppContext, errors: list, tmp_path: Path
) -> None:
    plain = tmp_path / "plain.xlsx"
    plain.write_bytes(b"PK\x03\x04 not really a workbook")
    dialog = window.open_verify_dialog()
    qtbot.addWidget(dialog)
    dialog.file.setText(str(plain))
    dialog.verify_now()
    assert errors and errors[0][0] == "The signature could not be checked"
    assert "plain.xlsx.p7s" in errors[0][1]
