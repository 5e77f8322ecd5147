"""Art. 30(1)(a) and 30(2)(a) in both register formats: who keeps the register, their contact, DPO,
representative, the joint controllers and the controllers we process for."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook

from ropa_desktop.domain import (
    Activity,
    Address,
    Contact,
    ControllerDpa,
    ControllerOnBehalf,
    DataSubjectCategory,
    JointController,
    LText,
    Organisation,
    Purpose,
    Register,
)
from ropa_desktop.output.catalogue import label
from ropa_desktop.services.export_register import export_pdf, export_xlsx


def _register() -> Register:
    org = Organisation(
        name="Exempel AB", org_number="556000-0000", supervisory_authority="SE",
        address=Address(street="Storgatan 1", postal_code="111 22", city="Stockholm", country="SE"),
        email="info@exempel.example", phone="08-123 45 67",
        dpo=Contact(name="Dana Dataskydd", email="dpo@exempel.example"),
        representative=None,
    )
    joint = Activity(
        id="loyalty", name=LText({"en": "Loyalty programme"}), role="joint_controller",
        data_subjects=["members"], data_categories=[],
        purposes=[Purpose(id="p", description=LText({"en": "Run the programme"}), legal_basis="contract")],
        joint_controllers=[
            JointController(name="Partner Oy", contact=Contact(name="Partner Oy", email="privacy@partner.example"),
                            responsibilities=LText({"en": "Partner answers access requests"})),
            JointController(name="Silent Ltd"),
        ],
    )
    on_behalf = Activity(
        id="payroll", name=LText({"en": "Payroll service"}), role="processor", data_subjects=["members"],
        data_categories=[],
        controllers=[ControllerOnBehalf(name="Kund AB", contact=Contact(name="Kund AB", phone="031-11 22 33"),
                                        dpo=Contact(name="Kim Kund-DPO"),
                                        dpa=ControllerDpa(status="signed", reference="Avtal 2025-07"))],
    )
    return Register(languages=["en"], organisation=org,
                    data_subject_categories=[DataSubjectCategory(id="members", name=LText({"en": "Members"}))],
                    activities=[joint, on_behalf])


def test_the_excel_register_opens_on_the_art_30_1_a_head(tmp_path: Path) -> None:
    wb = load_workbook(export_xlsx(_register(), tmp_path / "r.xlsx", lang="en"))
    assert wb.worksheets[0].title == "Organisation"
    head = {row[0]: row[1] for row in wb["Organisation"].iter_rows(min_row=2, values_only=True)}
    assert head[label("organisation", "en")] == "Exempel AB"
    assert head[label("org_number", "en")] == "556000-0000"
    assert head[label("address", "en")].startswith("Storgatan 1, 111 22 Stockholm")
    assert head[label("email", "en")] == "info@exempel.example"
    assert head[label("dpo", "en")] == "Dana Dataskydd, dpo@exempel.example"
    assert head[label("representative", "en")] == label("none_contact", "en")  # recorded as none, and said


def test_the_excel_register_lists_joint_controllers_and_the_controllers_we_act_for(tmp_path: Path) -> None:
    wb = load_workbook(export_xlsx(_register(), tmp_path / "r.xlsx", lang="sv"))
    rows = list(wb[label("sheet_controllers", "sv")].iter_rows(min_row=2, values_only=True))
    joint, silent, client = rows
    assert joint[:4] == ("loyalty", "Loyalty programme", label("joint_controllers", "sv"), "Partner Oy")
    assert "privacy@partner.example" in joint[4] and joint[6] == "Partner answers access requests"
    assert silent[3] == "Silent Ltd" and silent[4] == label("not_recorded", "sv")  # a gap is shown, not hidden
    assert client[:4] == ("payroll", "Payroll service", label("controllers_on_behalf", "sv"), "Kund AB")
    assert "031-11 22 33" in client[4] and client[5] == "Kim Kund-DPO" and "Avtal 2025-07" in client[7]


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_every_record_of_the_pdf_carries_item_a_whole(tmp_path: Path, lang: str) -> None:
    with pdfplumber.open(export_pdf(_register(), tmp_path / "r.pdf", lang=lang)) as pdf:
        text = " ".join(re.sub(r"\s+", " ", page.extract_text() or "") for page in pdf.pages[2:])
    # The controller's own record and the processor record both name the DPO and the representative.
    assert text.count(f"{label('dpo', lang)}: Dana Dataskydd") >= 2
    assert text.count(f"{label('representative', lang)}: {label('none_contact', lang)}") >= 2
    assert "info@exempel.example" in text
    assert "privacy@partner.example" in text and f"Silent Ltd, {label('contact', lang)}" in text
    assert "Kund AB" in text and "Kim Kund-DPO" in text


def test_a_representative_recorded_as_none_is_said_in_swedish_that_agrees(tmp_path: Path) -> None:
    # Issue 11 item 17: "Företrädare (art. 27): inga" — "inga" is a plural; a Swedish reader
    # expects a phrase that needs no agreement with the noun.
    wb = load_workbook(export_xlsx(_register(), tmp_path / "r.xlsx", lang="sv"))
    head = {row[0]: row[1] for row in wb["Organisation"].iter_rows(min_row=2, values_only=True)}
    assert head["Företrädare (art. 27)"] == "finns inte"
