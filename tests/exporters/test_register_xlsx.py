"""The Excel register: sheets, ICO column order, formula-safe text, and a lossless import back."""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ropa_desktop.checks import run_checks
from ropa_desktop.domain.ltext import LText
from ropa_desktop.exporters.xlsx_import import read_workbook
from ropa_desktop.interchange.jsonio import DocumentError, read_document
from ropa_desktop.output.catalogue import label
from ropa_desktop.output.write_errors import ExportError
from ropa_desktop.services.export_register import export_xlsx

ICO_ORDER = ["ico_business_function", "ico_purpose", "ico_joint_controller", "ico_individuals",
             "ico_personal_data", "ico_recipients", "ico_processor_contract", "ico_third_countries",
             "ico_safeguards", "ico_retention", "ico_security", "ico_art6", "ico_art9", "ico_li", "ico_rights",
             "ico_automated", "ico_source", "ico_location", "ico_dpia"]


def test_workbook_has_every_activity_the_sheets_and_ico_columns(example_path: Path, tmp_path: Path) -> None:
    register = read_document(example_path).register
    out = export_xlsx(register, tmp_path / "r.xlsx", lang="en", findings=run_checks(register))
    wb = load_workbook(out)
    assert [ws.title for ws in wb.worksheets if ws.sheet_state == "visible"] == [
        "Organisation", "Register", "Purposes", "Controllers", "Processors", "Transfers", "Data subjects",
        "Personal data", "Recipients", "Security measures", "Findings"]
    ws = wb["Register"]
    headings = [c.value for c in ws[1]]
    positions = [headings.index(label(k, "en")) for k in ICO_ORDER]
    assert positions == sorted(positions)
    names = {row[1] for row in ws.iter_rows(min_row=2, values_only=True)}
    assert names == {a.name.text(["en", *register.languages]) for a in register.activities}
    assert ws.freeze_panes == "C2"
    assert ws.auto_filter.ref == f"A1:{ws.cell(1, len(headings)).column_letter}{len(register.activities) + 1}"
    assert ws["A1"].font.bold and ws["B2"].alignment.wrap_text and ws["B2"].alignment.vertical == "top"
    assert wb.properties.title.endswith(register.organisation.name)
    assert wb["Findings"].max_row >= 1
    # Every format of the workbook wraps at the top, also what Excel gives a cell typed later.
    with zipfile.ZipFile(out) as z:
        styles = ET.fromstring(z.read("xl/styles.xml"))
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    formats = styles.findall("m:cellXfs/m:xf", ns)
    assert formats and all(
        (a := f.find("m:alignment", ns)) is not None and a.get("wrapText") == "1" and a.get("vertical") == "top"
        for f in formats)


def test_formula_like_values_are_written_as_text(example_path: Path, tmp_path: Path) -> None:
    register = read_document(example_path).register
    lang = register.languages[0]
    evil = ['=HYPERLINK("http://evil.example","click")', "+46 70 123", "-1+2", "@SUM(A1)", "\tx", "\rx"]
    for act, value in zip(register.activities, evil, strict=False):
        act.name = LText({lang: value})
    out = export_xlsx(register, tmp_path / "r.xlsx", lang=lang)
    sheet_xml = zipfile.ZipFile(out).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml
    ws = load_workbook(out)[label("sheet_register", lang)]
    values = [row[1] for row in ws.iter_rows(min_row=2, values_only=True)]
    used = evil[: len(register.activities)]
    assert values[: len(used)] == used
    for row in range(2, 2 + len(used)):
        assert ws.cell(row, 2).data_type == "s"
        assert ws.cell(row, 2).quotePrefix


def test_workbook_imports_back_without_loss(example_path: Path, tmp_path: Path) -> None:
    register = read_document(example_path).register
    out = export_xlsx(register, tmp_path / "r.xlsx", lang="sv")
    assert read_workbook(out) == register


def test_changed_workbook_is_refused_with_the_cell_named(example_path: Path, tmp_path: Path) -> None:
    register = read_document(example_path).register
    out = export_xlsx(register, tmp_path / "r.xlsx", lang="en")
    wb = load_workbook(out)
    wb["Register"]["B2"] = "Edited in Excel"
    wb.save(out)
    with pytest.raises(DocumentError, match=r"changed after it was exported.*B2"):
        read_workbook(out)


def test_foreign_or_broken_workbooks_get_clear_errors(tmp_path: Path) -> None:
    from openpyxl import Workbook

    plain = tmp_path / "plain.xlsx"
    Workbook().save(plain)
    with pytest.raises(DocumentError, match="not exported by ropa-desktop"):
        read_workbook(plain)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(DocumentError, match="not an Excel workbook"):
        read_workbook(broken)


def test_existing_workbook_kept_unless_overwrite(example_path: Path, tmp_path: Path) -> None:
    register = read_document(example_path).register
    target = tmp_path / "r.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(ExportError, match="already exists"):
        export_xlsx(register, target, lang="en")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["r.xlsx"]


def test_workbook_names_the_organisation_as_company(example_path: Path, tmp_path: Path) -> None:
    from xml.etree import ElementTree

    register = read_document(example_path).register
    register.organisation.name = "Bæreevne & Åkerö <AB>"
    out = export_xlsx(register, tmp_path / "r.xlsx", lang="en")
    app = ElementTree.fromstring(zipfile.ZipFile(out).read("docProps/app.xml"))
    ns = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
    assert app.findtext(f"{ns}Company") == "Bæreevne & Åkerö <AB>"
    assert load_workbook(out).properties.title.endswith("Bæreevne & Åkerö <AB>")


# --- every visible sheet is compared on import (issue 12 item 6) -------------------------------------

def test_an_edit_on_the_purposes_sheet_is_refused_naming_the_cell_and_both_values(
    example_path: Path, tmp_path: Path
) -> None:
    register = read_document(example_path).register
    out = export_xlsx(register, tmp_path / "r.xlsx", lang="en")
    wb = load_workbook(out)
    sheet = wb["Purposes"]
    column = [c.value for c in sheet[1]].index(label("legal_basis", "en")) + 1
    cell = sheet.cell(row=2, column=column)
    old = cell.value
    cell.value = "Consent (edited in Excel)"
    wb.save(out)
    with pytest.raises(DocumentError) as caught:
        read_workbook(out)
    message = str(caught.value)
    assert f"sheet 'Purposes': {cell.coordinate}: {old!r} → 'Consent (edited in Excel)'" in message
    assert "changed after it was exported" in message


@pytest.mark.parametrize("sheet_name", ["Organisation", "Controllers", "Processors", "Security measures"])
def test_an_edit_on_any_sheet_made_from_the_register_is_refused(
    example_path: Path, tmp_path: Path, sheet_name: str
) -> None:
    register = read_document(example_path).register
    out = export_xlsx(register, tmp_path / "r.xlsx", lang="en")
    wb = load_workbook(out)
    if sheet_name not in wb.sheetnames:
        pytest.fail(f"the workbook has no sheet {sheet_name!r}: {wb.sheetnames}")
    wb[sheet_name].cell(row=wb[sheet_name].max_row + 1, column=2).value = "A row added in Excel"
    wb.save(out)
    with pytest.raises(DocumentError, match=rf"sheet '{sheet_name}': B\d+: '' → 'A row added in Excel'"):
        read_workbook(out)


# --- a text longer than an Excel cell (issue 12 item 15) ---------------------------------------------

def test_a_text_over_the_cell_limit_is_cut_visibly_and_the_workbook_still_imports_whole(
    example_path: Path, tmp_path: Path
) -> None:
    register = read_document(example_path).register
    long_text = ("A very long description of the activity. " * 1000)[:40_000]
    register.activities[0].description = LText({"sv": long_text, "en": long_text})
    out = export_xlsx(register, tmp_path / "r.xlsx", lang="sv")
    wb = load_workbook(out)
    cells = [c.value for row in wb["Register"].iter_rows() for c in row if isinstance(c.value, str)]
    [cut] = [c for c in cells if c.startswith(long_text[:100])]
    assert len(cut) <= 32_767
    assert cut.endswith("hela texten på 40000 tecken finns kvar i registret]")
    assert read_workbook(out) == register  # the full text comes back from the data sheet


def test_the_cell_limit_counts_as_excel_does_so_emoji_count_twice(example_path: Path, tmp_path: Path) -> None:
    register = read_document(example_path).register
    long_text = "\U0001f600" * 20_000  # 20,000 characters, 40,000 UTF-16 code units: over Excel's limit
    register.activities[0].description = LText({"sv": long_text, "en": long_text})
    out = export_xlsx(register, tmp_path / "r.xlsx", lang="en")
    wb = load_workbook(out)
    [cut] = [c.value for row in wb["Register"].iter_rows() for c in row
             if isinstance(c.value, str) and c.value.startswith("\U0001f600" * 10)]
    assert len(cut.encode("utf-16-le")) // 2 <= 32_767
    assert cut.endswith("the full text of 20000 characters is kept in the register]")
    assert read_workbook(out) == register
