"""The workbook reads as a native professional wrote it: headers that are headers, fields named in words,
no nested brackets or repeated words in a cell."""

from __future__ import annotations

import dataclasses
import re

import pytest
from openpyxl import load_workbook

from ropa_desktop.checks.engine import run_checks
from ropa_desktop.domain.missing import MISSING
from ropa_desktop.services.demo import demo_register
from ropa_desktop.services.export_register import export_xlsx

NESTED = re.compile(r"\([^()\n]*\([^()\n]*\)\)")  # "(känslig personuppgift (art. 9))"
PATH = re.compile(r"\w\[\d+\]|\b[a-z]+_[a-z_]+\b|\b[a-z]+\.[a-z]+\b")  # transfers[0], legal_basis, scc.module


def _register():
    register = demo_register()
    # A transfer with SCCs whose module is not recorded: a finding about a field three levels down.
    index, activity = next((i, a) for i, a in enumerate(register.activities)
                           if any(t.scc for t in a.transfers or []))
    transfers = [dataclasses.replace(t, scc=dataclasses.replace(t.scc, module=MISSING)) if t.scc else t
                 for t in activity.transfers]
    register.activities[index] = dataclasses.replace(activity, transfers=transfers)
    return register


@pytest.fixture(scope="module", params=["sv", "nb", "da"])
def workbook(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    register = _register()
    path = export_xlsx(register, tmp_path_factory.mktemp("xlsx") / f"r-{request.param}.xlsx", lang=request.param,
                       findings=run_checks(register))
    book = load_workbook(path, read_only=True)
    yield request.param, {ws.title: list(ws.iter_rows(values_only=True))
                          for ws in book.worksheets if ws.sheet_state == "visible"}
    book.close()


def test_every_column_header_is_a_header_not_a_value(workbook) -> None:
    _, sheets = workbook
    headers = {(title, h) for title, rows in sheets.items() for h in rows[0] if isinstance(h, str)}
    # "signert", "gjennomgås" read as cell values; a header starts with a capital, as the others do.
    assert sorted(h for h in headers if not h[1][:1].isupper()) == []


def test_the_processor_sheet_names_its_date_columns(workbook) -> None:
    lang, sheets = workbook
    expected = {"sv": ("Undertecknat den", "Nästa granskning"), "nb": ("Signert dato", "Neste gjennomgang"),
                "da": ("Underskrevet den", "Næste gennemgang")}[lang]
    assert any(set(expected) <= set(rows[0]) for rows in sheets.values())


def test_the_findings_sheet_names_each_field_in_words(workbook) -> None:
    lang, sheets = workbook
    findings = list(sheets.values())[-1]  # the findings sheet comes last
    fields = [row[3] for row in findings[1:] if row[3]]
    assert fields, "the demo register has findings about fields"
    assert [f for f in fields if PATH.search(f)] == []
    expected = {"sv": "Överföringar, nr 1 › Standardavtalsklausuler › SCC-modul",
                "nb": "Overføringer, nr. 1 › Standard personvernbestemmelser › SCC-modul",
                "da": "Overførsler, nr. 1 › Standardkontraktbestemmelser › SCC-modul"}[lang]
    assert expected in fields


def test_no_cell_nests_brackets_or_says_a_word_twice(workbook) -> None:
    lang, sheets = workbook
    cells = [c for rows in sheets.values() for row in rows for c in row if isinstance(c, str)]
    assert [c for c in cells if NESTED.search(c)] == []
    assert [c for c in cells if re.search(r"(?i)\b(\w+) \(\1\)", c)] == []  # "Personnummer (personnummer)"
    words = {"sv": "undertecknat, undertecknat", "nb": "signert, signert", "da": "underskrevet, underskrevet"}
    assert [c for c in cells if words[lang] in c] == []
    special = {"sv": "(känslig personuppgift enligt art. 9)", "nb": "(særlig kategori etter art. 9)",
               "da": "(særlig kategori, jf. art. 9)"}[lang]
    assert any(special in c for c in cells)


def test_the_signing_date_of_an_agreement_is_said_once(workbook) -> None:
    lang, sheets = workbook
    cells = [c for rows in sheets.values() for row in rows for c in row if isinstance(c, str)]
    expected = {"sv": "Mailwave Inc.: undertecknat 2023-09-15, nästa granskning 2025-09-15",
                "nb": "Mailwave Inc.: signert 15.09.2023, neste gjennomgang 15.09.2025",
                "da": "Mailwave Inc.: underskrevet 15.09.2023, næste gennemgang 15.09.2025"}[lang]
    assert any(expected in c for c in cells)


def test_fields_of_the_whole_item_stay_empty() -> None:
    from ropa_desktop.output.field_words import field_path

    assert field_path("", "sv") == ""
    assert field_path("x-own_field", "en") == "x-own field"  # a field newer than the labels: its own name
