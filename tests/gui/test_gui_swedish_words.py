"""What the signing module and the checks say reaches a Swedish user in Swedish, naming items as the UI does."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from ropa_desktop.domain.ltext import LText
from ropa_desktop.gui import dialogs, signing_ui
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.editors.specs import new_item
from ropa_desktop.gui.error_words import error_text
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.services.export_register import ExportChoices
from ropa_desktop.signing import SigningError, create_identity, load_identity
from ropa_desktop.store import Kind


def test_a_wrong_password_is_told_in_swedish(
    swedish, window: MainWindow, ctx: AppContext, errors: list, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    identity = tmp_path / "dpo.p12"
    create_identity(identity, "Dana Dataskydd", "", "rätt lösen")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "r.pdf"), ""))
    monkeypatch.setattr(dialogs, "ask_export_choices", lambda parent, lang, *rest: ExportChoices(lang=lang))
    monkeypatch.setattr(signing_ui, "ask_sign_choice", lambda parent, last: signing_ui.SIGN_WITH)
    monkeypatch.setattr(signing_ui, "ask_identity_file", lambda parent, start: identity)
    monkeypatch.setattr(signing_ui, "ask_password", lambda parent, title, prompt: "fel lösen")
    window.files.export_pdf_dialog()
    assert errors == [("Exporten signerades inte", "Lösenordet för dpo.p12 är fel.")]


def test_signing_errors_from_files_are_in_swedish(swedish, tmp_path: Path) -> None:
    garbage = tmp_path / "trasig.p12"
    garbage.write_bytes(b"not a pkcs12 file")
    with pytest.raises(SigningError) as caught:
        load_identity(garbage, "x")
    assert error_text(caught.value) == (
        "trasig.p12 är ingen signeringsidentitet (.p12/.pfx), eller så är den skadad.")
    with pytest.raises(SigningError) as caught:
        load_identity(tmp_path / "saknas.p12", "x")
    assert error_text(caught.value) == f"Signeringsidentiteten {tmp_path / 'saknas.p12'} finns inte."


def test_verifying_a_workbook_without_signature_file_says_so_in_swedish(
    swedish, qtbot, window: MainWindow, errors: list, tmp_path: Path
) -> None:
    plain = tmp_path / "plain.xlsx"
    plain.write_bytes(b"PK\x03\x04 not really a workbook")
    dialog = window.open_verify_dialog()
    qtbot.addWidget(dialog)
    dialog.file.setText(str(plain))
    dialog.verify_now()
    assert errors == [("Signaturen kunde inte kontrolleras",
                       "plain.xlsx är ingen PDF, och det finns ingen signaturfil plain.xlsx.p7s bredvid den.")]


def test_an_unknown_signing_message_keeps_its_english_words() -> None:
    assert error_text(SigningError("the moon is in the wrong phase")) == "The moon is in the wrong phase."


def test_an_unsigned_pdf_is_called_unsigned(qtbot, window: MainWindow, tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "osignerad.pdf"
    page = canvas.Canvas(str(pdf))
    page.drawString(72, 720, "Hej")
    page.save()
    dialog = window.open_verify_dialog()
    qtbot.addWidget(dialog)
    dialog.file.setText(str(pdf))
    dialog.verify_now()
    assert dialog.summary.text() == "The file is not signed."


def test_findings_name_the_item_in_the_ui_language(window: MainWindow, ctx: AppContext) -> None:
    activity = new_item(Kind.ACTIVITY, "lon", "Lön", "sv")
    ctx.store.add(Kind.ACTIVITY, dataclasses.replace(activity, name=LText({"sv": "Lön", "en": "Payroll"})))
    ctx.store.add(Kind.ACTIVITY, new_item(Kind.ACTIVITY, "fika", "Fikalista", "sv"))  # no English name
    ctx.refresh_findings_now()
    page = window.show_page("overview")
    rows = [page.tree.topLevelItem(g).child(r) for g in range(page.tree.topLevelItemCount())
            for r in range(page.tree.topLevelItem(g).childCount())]
    payroll = [row for row in rows if row.text(1) == "Activities: Payroll"]
    assert payroll and all("“Payroll”" in row.text(0) and "Lön" not in row.text(0) for row in payroll)
    assert any(row.text(1) == "Activities: Fikalista" for row in rows)

    lists = window.show_page("activities")
    lists.select_id("lon")
    shown = [lists.editor.findings.item(i).text() for i in range(lists.editor.findings.count())]
    assert shown and any("“Payroll”" in text for text in shown) and not any("“Lön”" in text for text in shown)
