"""`ropa diff -o diff.pdf`: the differences as a PDF for the DPO's file, in the register's language."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pdfplumber

from ropa_desktop.cli.main import main
from ropa_desktop.services.export_register import ExportChoices, export_register
from ropa_desktop.store import Kind, RegisterStore
from tests.conftest import SWEDISH_REGISTER


def _text(pdf: Path) -> str:
    with pdfplumber.open(pdf) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages)


def _register_with_two_versions(tmp_path: Path) -> Path:
    register = tmp_path / "r.ropa"
    assert main(["import", str(register), str(SWEDISH_REGISTER)]) == 0
    export_register(register, tmp_path / "v1.xlsx", ExportChoices(for_authority=True))
    with RegisterStore.open(register) as store:
        activity = store.get(Kind.ACTIVITY, "kunduppdrag")
        activity.owner = "Ekonomichefen"
        store.update(Kind.ACTIVITY, activity)
        store.delete(Kind.ACTIVITY, "nyhetsbrev")
    export_register(register, tmp_path / "v2.xlsx", ExportChoices(for_authority=True))
    return register


def test_diff_pdf_names_the_register_the_versions_and_each_changed_field_old_and_new(tmp_path: Path, capsys) -> None:
    register = _register_with_two_versions(tmp_path)
    out = tmp_path / "diff.pdf"
    assert main(["diff", str(register), "--from", "1", "--to", "2", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    text = _text(out)
    today = dt.date.today().isoformat()
    # In the register's language (Swedish), with the authority's term for the register.
    assert "Ändringar i registerförteckningen" in text
    assert "Registerfil r.ropa" in text
    assert f"Från version 1 ({today})" in text and f"Till version 2 ({today})" in text
    assert f"Ändringar mellan version 1 ({today}) och version 2 ({today})" in text
    assert "Ändrad: Kunduppdrag och fakturering (kunduppdrag)" in text
    assert "Ansvarig ej angivet ”Ekonomichefen”" in text  # field, old value, new value in one table row
    assert "Borttagen: Nyhetsbrev (nyhetsbrev)" in text
    assert "Sida 1 av" in text


def test_diff_pdf_in_english_and_nothing_changed_says_so(tmp_path: Path) -> None:
    register = tmp_path / "r.ropa"
    assert main(["import", str(register), str(SWEDISH_REGISTER)]) == 0
    export_register(register, tmp_path / "v1.xlsx", ExportChoices(for_authority=True))
    out = tmp_path / "same.pdf"
    assert main(["diff", str(register), "--lang", "en", "-o", str(out)]) == 0
    text = _text(out)
    assert "Changes to the record of processing activities" in text
    assert "To the register as it is now" in text
    assert "Nothing changed." in text


def test_diff_pdf_does_not_replace_a_file_without_force(tmp_path: Path, capsys) -> None:
    register = _register_with_two_versions(tmp_path)
    out = tmp_path / "diff.pdf"
    out.write_bytes(b"keep")
    assert main(["diff", str(register), "--from", "1", "-o", str(out)]) != 0
    assert out.read_bytes() == b"keep"
    assert main(["diff", str(register), "--from", "1", "-o", str(out), "--force"]) == 0
    assert out.read_bytes().startswith(b"%PDF")
