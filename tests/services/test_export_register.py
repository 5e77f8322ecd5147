"""The export service: the one path from a register file to its PDF, Excel or JSON document."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ropa_desktop.output.write_errors import ExportError
from ropa_desktop.services.export_register import ExportChoices, export_register, register_version
from ropa_desktop.services.findings import register_findings
from ropa_desktop.store import RegisterStore


def test_the_own_copy_carries_the_version_and_the_same_findings_as_ropa_check(
    demo_path: Path, tmp_path: Path, pdf_text: Callable[[Path], list[str]]
) -> None:
    with RegisterStore.open(demo_path) as store:
        version = register_version(store, store.load(), ExportChoices()).text("en")
        expected = register_findings(store)
    assert version == "draft of version 1" and expected

    result = export_register(demo_path, tmp_path / "r.pdf", ExportChoices(lang="en"))

    assert result.version == version and result.copy_kind == "own" and result.lang == "en"
    assert [f.to_json() for f in result.findings or []] == [f.to_json() for f in expected]
    pages = pdf_text(result.path)
    assert f"Register version {version}" in pages[0]
    assert "Copy The organisation's own copy" in pages[0]
    assert "Findings of the checks included" in pages[0]
    assert any("Severity Article Item Finding" in page for page in pages[2:])


def test_the_authority_copy_leaves_the_findings_out_unless_asked(demo_path: Path, tmp_path: Path) -> None:
    plain = export_register(demo_path, tmp_path / "a.xlsx", ExportChoices(lang="sv", for_authority=True))
    assert plain.findings is None
    wb = load_workbook(plain.path)
    assert "Iakttagelser" not in wb.sheetnames
    about = {row[0]: row[1] for row in wb["Om exporten"].iter_rows(min_row=2, values_only=True)}
    assert about["Exemplar"] == "För tillsynsmyndigheten"
    assert about["Kontrollernas iakttagelser"] == "ingår inte"
    assert about["Registrets version"] == plain.version

    shown = export_register(demo_path, tmp_path / "b.xlsx",
                            ExportChoices(lang="sv", for_authority=True, findings=True))
    wb = load_workbook(shown.path)
    assert wb["Iakttagelser"].max_row == len(shown.findings or []) + 1
    about = {row[0]: row[1] for row in wb["Om exporten"].iter_rows(min_row=2, values_only=True)}
    assert about["Kontrollernas iakttagelser"] == "ingår"


def test_the_own_copy_without_findings_says_so_on_its_cover(
    demo_path: Path, tmp_path: Path, pdf_text: Callable[[Path], list[str]]
) -> None:
    result = export_register(demo_path, tmp_path / "r.pdf", ExportChoices(lang="da", findings=False))
    pages = pdf_text(result.path)
    assert "Eksemplar Organisationens eget eksemplar" in pages[0]
    assert "Kontrollernes fund ikke medtaget" in pages[0]
    assert "Fund" not in pages[1]  # the contents list no findings part
    assert not any("Alvorlighed Artikel Post" in page for page in pages)  # and no page has their table


@pytest.mark.parametrize(("name", "choices", "words"), [
    ("r.docx", ExportChoices(), "use .json, .pdf or .xlsx"),
    ("r.pdf", ExportChoices(lang="fi"), "the export labels exist in en, sv, nb, da"),
])
def test_a_choice_that_cannot_be_made_is_refused_before_anything_is_written(
    demo_path: Path, tmp_path: Path, name: str, choices: ExportChoices, words: str
) -> None:
    with pytest.raises(ExportError, match=words):
        export_register(demo_path, tmp_path / name, choices)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.ropa"]


def test_a_json_export_returns_what_keeps_it_from_validating(demo_path: Path, tmp_path: Path) -> None:
    result = export_register(demo_path, tmp_path / "r.json")
    assert result.format == "json" and result.issues == [] and result.path.exists()
    assert result.findings is None and result.version is None  # a document, not a signed register copy
