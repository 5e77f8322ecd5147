"""Writing the files: PDF content and font, atomic writes, cancelling, the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from ropa_desktop.cli.main import main
from ropa_desktop.interchange.jsonio import read_document
from ropa_desktop.notices import build_notice, write_html, write_pdf
from ropa_desktop.output.write_errors import Cancelled, ExportError
from tests.conftest import SWEDISH_REGISTER


@pytest.fixture(scope="module")
def swedish():
    return read_document(SWEDISH_REGISTER).register


@pytest.mark.parametrize("lang", ["sv", "nb", "da", "en"])
def test_pdf_holds_the_same_facts_with_an_embedded_font(swedish, tmp_path: Path, lang: str) -> None:
    path = write_pdf(build_notice(swedish, "privatkunder", lang), tmp_path / "n.pdf")
    reader = PdfReader(path)
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    assert "Klarsikt Fönsterputs AB" in text and "hej@klarsikt.example" in text
    assert {"sv": "Integritetsskyddsmyndigheten", "nb": "Integritetsskyddsmyndigheten",
            "da": "Integritetsskyddsmyndigheten", "en": "Swedish Authority for Privacy Protection"}[lang] in text
    assert {"sv": "12 månader", "nb": "12 måneder", "da": "12 måneder", "en": "12 months"}[lang] in text
    fonts = set()
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            fonts.add(str(font["/BaseFont"]))
            assert "/FontDescriptor" not in font or "/FontFile2" in font["/FontDescriptor"]
    assert fonts and all("DejaVuSans" in f for f in fonts)
    assert reader.metadata.title


def test_existing_file_is_kept_unless_overwrite(swedish, tmp_path: Path) -> None:
    target = tmp_path / "notice.html"
    target.write_text("old", encoding="utf-8")
    notice = build_notice(swedish, None, "sv")
    with pytest.raises(ExportError, match="already exists"):
        write_html(notice, target)
    assert target.read_text(encoding="utf-8") == "old"
    write_html(notice, target, overwrite=True)
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_cancelled_pdf_leaves_nothing(swedish, tmp_path: Path) -> None:
    calls = []
    with pytest.raises(Cancelled):
        write_pdf(build_notice(swedish, None, "sv"), tmp_path / "n.pdf", progress=lambda d, t: calls.append((d, t)),
                  cancelled=lambda: len(calls) >= 2)
    assert list(tmp_path.iterdir()) == []


def test_progress_reaches_the_total(swedish, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    write_pdf(build_notice(swedish, None, "en"), tmp_path / "n.pdf", progress=lambda d, t: calls.append((d, t)))
    assert calls and calls[-1][0] == calls[-1][1]


def test_command_line_writes_records_and_lists(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    reg = tmp_path / "w.ropa"
    assert main(["import", str(reg), str(SWEDISH_REGISTER)]) == 0
    capsys.readouterr()
    out_html = tmp_path / "privatkunder.html"
    assert main(["notice", str(reg), "-o", str(out_html), "--audience", "privatkunder", "--lang", "sv"]) == 0
    captured = capsys.readouterr()
    assert out_html.exists() and "version 1" in captured.out
    assert "inte angivet om det är ett lagstadgat eller avtalsenligt krav" in captured.err
    assert main(["notice", str(reg), "-o", str(tmp_path / "privatkunder.pdf"), "--audience", "privatkunder",
                 "--lang", "sv"]) == 0
    capsys.readouterr()
    assert main(["notice", str(reg), "--log", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["audience"], r["lang"], r["format"], r["version"]) for r in rows] == [
        ("privatkunder", "sv", "html", 1),
        ("privatkunder", "sv", "pdf", 1),
    ]
    assert main(["notice", str(reg), "--log"]) == 0
    assert "privatkunder.pdf" in capsys.readouterr().out


def test_command_line_refuses_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    reg = tmp_path / "w.ropa"
    assert main(["import", str(reg), str(SWEDISH_REGISTER)]) == 0
    assert main(["notice", str(reg), "-o", str(tmp_path / "n.docx")]) == 2
    assert main(["notice", str(reg), "-o", str(tmp_path / "n.html"), "--audience", "nobody"]) == 2
    err = capsys.readouterr().err
    assert ".docx" in err and "nobody" in err
    assert not (tmp_path / "n.html").exists()
