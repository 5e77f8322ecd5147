"""Findings are worded in the reader's language: ropa check --lang nb/da, --json keys, the PDF annex."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook

from ropa_desktop.checks import run_checks
from ropa_desktop.cli.main import main
from ropa_desktop.domain import (
    MISSING,
    Activity,
    DataCategory,
    DataSubjectCategory,
    Dpa,
    LText,
    Organisation,
    Processor,
    Purpose,
    Retention,
    Scc,
    Transfer,
)
from ropa_desktop.domain import Register as RegisterModel
from ropa_desktop.interchange.jsonio import dump_document
from ropa_desktop.services.export_register import export_pdf, export_xlsx

# Words of the English messages that Norwegian and Danish never use.
ENGLISH = re.compile(r"\b(the|is|not|has|which|recorded|processor|purpose|transfer|retention|requires|no longer)\b")
OLD_JSON_KEYS = {"code", "severity", "article", "entity", "entity_id", "field", "message"}


def _register(lang: str, country: str, *, importable: bool = True) -> RegisterModel:
    """A register with many gaps; ``importable=False`` adds an activity without purposes, which the format refuses."""
    def t(text: str) -> LText:
        return LText({lang: text})

    return RegisterModel(
        languages=[lang],
        organisation=Organisation(name="Fjord AS", email="post@fjord.example", supervisory_authority=country,
                                  dpo=MISSING),
        data_subject_categories=[DataSubjectCategory(id="kunder", name=t("Kunder"))],
        data_categories=[DataCategory(id="kontakt", name=t("Kontaktinfo")),
                         DataCategory(id="helse", name=t("Helse"), special_category="health")],
        processors=[Processor(id="sky", name="Sky Inc", country="US", dpa=Dpa(status="missing",
                                                                                review_on=dt.date(2026, 1, 5)))],
        recipients=[],
        activities=[
            *([] if importable else [
                Activity(id="tom", name=t("Tom aktivitet"), role="controller", status="active",
                         data_subjects=["kunder"], data_categories=["kontakt"], purposes=MISSING, retention=[])]),
            Activity(id="ordre", name=t("Ordre"), role="controller", status="draft", data_subjects=["kunder"],
                     data_categories=["kontakt", "helse"], processors=["sky"],
                     purposes=[Purpose(id="p", description=t("Levere varer"))],
                     retention=[Retention(period="P24M", description=t("To år"))],
                     transfers=[Transfer(country="US", processor="sky", mechanism="scc",
                                         scc=Scc(status="missing"))],
                     next_review=dt.date(2026, 2, 1)),
        ],
    )


def _check(tmp_path: Path, lang: str, capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    register = tmp_path / "r.ropa"
    source = tmp_path / "r.json"
    source.write_text(dump_document(_register(lang, {"nb": "NO", "da": "DK"}[lang])), encoding="utf-8")
    assert main(["import", str(register), str(source)]) == 0
    capsys.readouterr()
    main(["check", str(register), *extra])
    return capsys.readouterr().out


@pytest.mark.parametrize("lang", ["nb", "da"])
def test_ropa_check_speaks_norwegian_and_danish(tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str) -> None:
    out = _check(tmp_path, lang, capsys, "--lang", lang)
    # the severity column is in the language too (nb FEIL/ADVARSEL/MERKNAD, da FEJL/ADVARSEL/BEMÆRKNING)
    severities = ("FEIL", "FEJL", "ADVARSEL", "MERKNAD", "BEMÆRKNING")
    lines = [line.split(": ", 1)[1] for line in out.splitlines() if line.startswith(severities)]
    assert len(lines) >= 10
    english = [line for line in lines if ENGLISH.search(line)]
    assert english == []
    date = "01.02.2026"  # the activity's review date, as nb and da write it
    assert any(date in line for line in lines)


def test_check_json_keeps_its_keys_and_adds_the_parameters(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    findings = json.loads(_check(tmp_path, "nb", capsys, "--json"))
    assert findings and all(set(f) >= OLD_JSON_KEYS for f in findings)
    review = next(f for f in findings if f["code"] == "review-overdue")
    assert review["article"] == "Art. 5(2), Art. 24(1)"  # canonical EU notation, whatever the language
    assert review["params"] == {"activity": "Ordre", "date": {"date": "2026-02-01"}}
    assert review["message"]["nb"] == "«Ordre» skulle ha vært gjennomgått 01.02.2026."
    assert review["message"]["en"] == "“Ordre” was due for review on 1 Feb 2026."


def test_a_finding_read_back_from_json_is_worded_the_same() -> None:
    from ropa_desktop.checks import Finding

    for finding in run_checks(_register("da", "DK"), today=dt.date(2026, 11, 21)):
        data = json.loads(json.dumps(finding.to_json()))
        assert Finding.from_json(data).message("nb") == finding.message("nb")
        data.pop("message")  # worded anew from the code and parameters alone
        again = Finding.from_json(data)
        assert again.message("da") == finding.message("da") and again.message("sv") == finding.message("sv")


def test_a_danish_pdf_register_has_its_findings_annex_in_danish(tmp_path: Path) -> None:
    register = _register("da", "DK", importable=False)
    findings = run_checks(register, today=dt.date(2026, 11, 21))
    out = export_pdf(register, tmp_path / "r.pdf", lang="da", findings=findings)
    with pdfplumber.open(out) as pdf:
        text = " ".join(" ".join((page.extract_text() or "").split()) for page in pdf.pages)
    assert "har intet formål" in text  # activity-no-purpose, in Danish
    assert "har ingen slettefrist" in text
    assert "has no purpose" not in text and "no retention rule" not in text
    # One citation style in the document: the annex cites as the body does, not "Art. 5(1)(e)".
    assert "Art. 5(1)" not in text and "Art. 30(1)" not in text


def test_norwegian_documents_write_dates_and_durations_as_norwegians_do(tmp_path: Path) -> None:
    register = _register("nb", "NO")
    pdf_path = export_pdf(register, tmp_path / "r.pdf", lang="nb")
    with pdfplumber.open(pdf_path) as pdf:
        text = " ".join(" ".join((page.extract_text() or "").split()) for page in pdf.pages)
    assert "24 måneder" in text
    assert "01.02.2026" in text and "2026-02-01" not in text
    xlsx = export_xlsx(register, tmp_path / "r.xlsx", lang="nb")
    visible = [ws for ws in load_workbook(xlsx).worksheets if ws.sheet_state == "visible"]  # not the data sheet
    cells = [str(c) for ws in visible for row in ws.iter_rows(values_only=True) for c in row if c is not None]
    assert "01.02.2026" in cells and "05.01.2026" in cells
    assert not any("2026-02-01" in c for c in cells)
