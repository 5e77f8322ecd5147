"""The checks: each rule fires on the gap it is for, and stops when the gap is filled."""

from __future__ import annotations

import datetime as dt

import pytest

from ropa_desktop.checks import Severity, run_checks
from ropa_desktop.domain import (
    MISSING,
    Activity,
    AutomatedDecisions,
    DataCategory,
    DataSubjectCategory,
    Dpa,
    Dpia,
    LText,
    Organisation,
    Processor,
    Purpose,
    Register,
    Retention,
    Scc,
    Tia,
    Transfer,
)

TODAY = dt.date(2026, 11, 21)


def _register(**activity_fields) -> Register:
    activity = dict(
        id="a", name=LText({"en": "Orders"}), role="controller", status="active",
        data_subjects=["customers"], data_categories=["contact"],
        purposes=[Purpose(id="p", description=LText({"en": "Deliver"}), legal_basis="contract")],
        sources=[], recipients=[], processors=[], transfers=[], security_measures=[],
        retention=[Retention(period="P1Y", description=LText({"en": "One year"}))],
        automated_decisions=AutomatedDecisions(exists=False, profiling=False), requirement=None,
        dpia=Dpia(required="no"),
    )
    activity.update(activity_fields)
    return Register(
        languages=["en"],
        organisation=Organisation(name="Org", email="a@b.example", supervisory_authority="SE", dpo=None),
        data_subject_categories=[DataSubjectCategory(id="customers", name=LText({"en": "Customers"}))],
        data_categories=[
            DataCategory(id="contact", name=LText({"en": "Contact"})),
            DataCategory(id="health", name=LText({"en": "Health"}), special_category="health"),
            DataCategory(id="pnr", name=LText({"en": "Identity number"}), national_id=True),
        ],
        processors=[
            Processor(id="cloud", name="Cloud Inc", country="US", dpa=Dpa(status="signed"),
                      processing_locations=["US"]),
            Processor(id="local", name="Local AB", country="SE", dpa=Dpa(status="missing")),
        ],
        recipients=[],
        activities=[Activity(**activity)],
    )


def codes(register: Register) -> set[str]:
    return {f.code for f in run_checks(register, today=TODAY)}


def test_a_complete_activity_has_no_error_or_warning():
    findings = run_checks(_register(), today=TODAY)
    assert [f for f in findings if f.severity <= Severity.WARNING] == []


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"purposes": []}, "activity-no-purpose"),
        ({"purposes": [Purpose(id="p", description=LText({"en": "X"}))]}, "purpose-no-legal-basis"),
        ({"purposes": [Purpose(id="p", description=LText({"en": "X"}), legal_basis="legitimate_interests")]},
         "legitimate-interest-undescribed"),
        ({"data_categories": ["health"]}, "special-category-no-condition"),
        ({"retention": []}, "no-retention"),
        ({"retention": MISSING}, "no-retention"),
        ({"next_review": dt.date(2026, 1, 1)}, "review-overdue"),
        ({"dpia": Dpia(required="yes", status="in_progress")}, "dpia-not-done"),
        ({"data_categories": ["pnr"]}, "national-id-no-need"),
        ({"transfers": [Transfer(country=None, recipient_name="Partner", mechanism="scc",
                                 scc=Scc(module=1, status="signed"), tia=Tia(status="done"))]}, "transfer-no-country"),
        ({"transfers": [Transfer(country="IN", recipient_name="Partner", mechanism="none")]}, "transfer-no-safeguard"),
        ({"transfers": [Transfer(country="IN", recipient_name="Partner", mechanism="adequacy")]},
         "transfer-no-safeguard"),
        ({"transfers": [Transfer(country="IN", recipient_name="P", mechanism="scc",
                                 scc=Scc(module=1, status="outdated"), tia=Tia(status="done"))]}, "scc-outdated"),
        ({"transfers": [Transfer(country="IN", recipient_name="P", mechanism="scc",
                                 scc=Scc(module=1, status="missing"), tia=Tia(status="done"))]}, "scc-not-signed"),
        ({"transfers": [Transfer(country="IN", recipient_name="P", mechanism="scc",
                                 scc=Scc(module=1, status="signed"))]}, "transfer-no-tia"),
        ({"processors": ["local"]}, "processor-no-dpa"),
        ({"processors": ["cloud"]}, "processor-outside-eea-uncovered"),
        ({"transfers": MISSING}, "not-recorded"),
        ({"automated_decisions": MISSING, "sources": [], "status": "active",
          "data_categories": ["health"], "purposes": [Purpose(id="p", description=LText({"en": "X"}),
                                                               legal_basis="contract",
                                                               special_category_condition="b")],
          "dpia": MISSING, "systems": ["CCTV cameras"]}, "dpia-criteria-undecided"),
    ],
)
def test_each_gap_is_found(fields, code):
    assert code not in codes(_register())
    assert code in codes(_register(**fields))


def test_filling_the_gap_clears_the_finding():
    cloud_transfer = Transfer(country="US", processor="cloud", mechanism="scc", scc=Scc(module=2, status="missing"))
    register = _register(processors=["cloud"], transfers=[cloud_transfer])
    assert {"scc-not-signed", "transfer-no-tia"} <= codes(register)
    cloud_transfer.scc = Scc(module=2, status="signed")
    cloud_transfer.tia = Tia(status="done")
    assert not {"scc-not-signed", "transfer-no-tia", "processor-outside-eea-uncovered"} & codes(register)


def test_us_adequacy_is_flagged_as_partial_not_as_missing():
    register = _register(transfers=[Transfer(country="US", recipient_name="DPF Inc", mechanism="adequacy")])
    found = {f.code: f for f in run_checks(register, today=TODAY)}
    assert "transfer-no-safeguard" not in found
    assert "Data Privacy Framework" in found["transfer-adequacy-partial"].message("en")


def test_special_category_stated_as_unspecified_is_asked_about():
    register = _register()
    register.data_categories.append(
        DataCategory(id="secret", name=LText({"en": "Something sensitive"}), special_category="unspecified"))
    findings = [f for f in run_checks(register, today=TODAY) if f.code == "special-category-unspecified"]
    assert [f.entity_id for f in findings] == ["secret"]


def test_absent_dpo_is_a_gap_but_recorded_none_is_not():
    register = _register()
    assert "dpo" not in {f.field for f in run_checks(register, today=TODAY) if f.entity == "organisation"}
    register.organisation.dpo = MISSING
    assert "dpo" in {f.field for f in run_checks(register, today=TODAY) if f.entity == "organisation"}


def test_findings_name_article_entity_and_field_in_english_and_swedish():
    register = _register(purposes=[Purpose(id="p", description=LText({"en": "Marketing"}))])
    finding = next(f for f in run_checks(register, today=TODAY) if f.code == "purpose-no-legal-basis")
    assert finding.severity is Severity.ERROR
    assert finding.article == "Art. 6(1)"
    assert (finding.entity, finding.entity_id, finding.field) == ("activities", "a", "purposes[0].legal_basis")
    assert "Marketing" in finding.message("en") and "rättslig grund" in finding.message("sv")


def test_a_draft_purpose_without_basis_is_a_warning_not_an_error():
    register = _register(status="draft", purposes=[Purpose(id="p", description=LText({"en": "Later"}))])
    finding = next(f for f in run_checks(register, today=TODAY) if f.code == "purpose-no-legal-basis")
    assert finding.severity is Severity.WARNING


def test_examples_are_checked(example_doc):
    from ropa_desktop.interchange.jsonio import load_document_value

    findings = run_checks(load_document_value(example_doc).register, today=TODAY)
    assert findings, "a real register always has something to improve"
    assert all(f.messages["en"] and f.messages["sv"] and f.article for f in findings)


def test_messages_name_items_in_their_own_language() -> None:
    # A bilingual register: the Swedish message names the activity, purpose and data
    # category by their Swedish names, the English message by the English ones.
    reg = _register(
        name=LText({"en": "Orders", "sv": "Beställningar"}),
        data_categories=["contact", "health"],
        purposes=[Purpose(id="p", description=LText({"en": "Deliver", "sv": "Leverera"}), legal_basis="contract")],
    )
    reg.languages = ["en", "sv"]
    reg.data_categories[1].name = LText({"en": "Health", "sv": "Hälsa"})
    finding = next(f for f in run_checks(reg, TODAY) if f.code == "special-category-no-condition")
    assert "”Beställningar”" in finding.message("sv") and "”Leverera”" in finding.message("sv")
    assert "(Hälsa)" in finding.message("sv")
    assert "“Orders”" in finding.message("en") and "“Deliver”" in finding.message("en")
    assert "(Health)" in finding.message("en")
    assert finding.entity_name == "Orders"  # the register's first language, as before
