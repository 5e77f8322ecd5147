"""Bidi override and isolate controls in register texts are shown, never obeyed, in every document."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from ropa_desktop.exporters.register_pdf import write_register_pdf
from ropa_desktop.exporters.xlsx_import import read_workbook
from ropa_desktop.interchange.jsonio import load_document_value
from ropa_desktop.notices import build_notice, render_html, write_pdf
from ropa_desktop.output.text_safety import BIDI_CONTROLS, visible_controls
from ropa_desktop.services.export_register import export_xlsx

OVERRIDE = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: "Kunder \u202egnirötnevni" is drawn as "Kunder inventörting"
SPOOFED = f"Kunder {OVERRIDE}gnirötnevni\u2066x\u2069"


def test_each_bidi_control_is_shown_as_its_code_point_and_other_text_is_left_alone() -> None:
    assert visible_controls("".join(BIDI_CONTROLS)) == (
        "⟨U+202A⟩⟨U+202B⟩⟨U+202C⟩⟨U+202D⟩⟨U+202E⟩⟨U+2066⟩⟨U+2067⟩⟨U+2068⟩⟨U+2069⟩")
    plain = "Åsa Öberg – \u200fmark, tab\there\nnext line"  # a right-to-left mark is not an override
    assert visible_controls(plain) is plain
    assert visible_controls(SPOOFED) == "Kunder ⟨U+202E⟩gnirötnevni⟨U+2066⟩x⟨U+2069⟩"


@pytest.fixture
def spoofed(example_doc: dict):
    """The example register with a bidi override in the organisation's and every audience's name."""
    doc = copy.deepcopy(example_doc)
    doc["organisation"]["name"] = f"Acme {OVERRIDE}BA"
    for category in doc["data_subject_categories"]:
        category["name"] = SPOOFED
    return load_document_value(doc).register


def _no_raw_controls(text: str) -> None:
    assert not any(ch in text for ch in BIDI_CONTROLS)


def test_the_html_notice_shows_the_override_instead_of_obeying_it(spoofed) -> None:
    html = render_html(build_notice(spoofed, None, "en"))
    _no_raw_controls(html)
    assert "Kunder ⟨U+202E⟩gnirötnevni⟨U+2066⟩x⟨U+2069⟩" in html
    assert "Acme ⟨U+202E⟩BA" in html


def test_the_pdf_notice_shows_the_override(spoofed, tmp_path: Path) -> None:
    out = tmp_path / "notice.pdf"
    write_pdf(build_notice(spoofed, None, "en"), out)
    reader = PdfReader(out)
    text = "".join(page.extract_text() or "" for page in reader.pages)
    _no_raw_controls(text)
    assert "⟨U+202E⟩gnirötnevni" in text and "Acme ⟨U+202E⟩BA" in text
    _no_raw_controls(str(reader.metadata.title or ""))


def test_the_pdf_register_shows_the_override(spoofed, tmp_path: Path) -> None:
    out = tmp_path / "register.pdf"
    write_register_pdf(spoofed, out, lang="en")
    reader = PdfReader(out)
    text = "".join(page.extract_text() or "" for page in reader.pages)
    _no_raw_controls(text)
    assert "Acme ⟨U+202E⟩BA" in text
    _no_raw_controls(str(reader.metadata.title or "") + str(reader.metadata.author or ""))


def test_the_excel_register_shows_the_override_and_still_imports_the_text_as_recorded(
    spoofed, tmp_path: Path
) -> None:
    out = export_xlsx(spoofed, tmp_path / "register.xlsx", lang="en")
    wb = load_workbook(out)
    cells = [str(c.value) for ws in wb.worksheets if ws.sheet_state == "visible"
             for row in ws.iter_rows() for c in row if c.value is not None]
    _no_raw_controls("".join(cells) + str(wb.properties.title) + str(wb.properties.creator))
    assert any("Kunder ⟨U+202E⟩gnirötnevni" in c for c in cells)
    assert read_workbook(out) == spoofed  # the data sheet keeps the register's text as recorded
