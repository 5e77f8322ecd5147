"""The checks right in law: each new check fires on a small register and is silent once corrected."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from ropa_desktop.checks import Severity, run_checks
from ropa_desktop.checks.subject_kinds import text_kinds
from ropa_desktop.domain import (
    MISSING,
    Activity,
    Address,
    AutomatedDecisions,
    Contact,
    DataCategory,
    DataSubjectCategory,
    Dpa,
    Dpia,
    LText,
    Organisation,
    Processor,
    Purpose,
    Recipient,
    Register,
    Retention,
    Scc,
    Tia,
    Transfer,
)

TODAY = dt.date(2026, 11, 21)


def _purpose(basis: str = "contract", **fields: object) -> Purpose:
    return Purpose(id="p", description=LText({"en": "Deliver the service"}), legal_basis=basis, **fields)


def _register(country: str = "SE", subjects: tuple[str, ...] = ("customers",), **activity_fields: object) -> Register:
    activity: dict[str, object] = dict(
        id="a", name=LText({"en": "Orders"}), role="controller", status="active",
        data_subjects=list(subjects), data_categories=["contact"], purposes=[_purpose()],
        sources=[], recipients=[], processors=[], transfers=[], security_measures=[],
        retention=[Retention(period="P1Y", description=LText({"en": "One year after the order"}))],
        automated_decisions=AutomatedDecisions(exists=False, profiling=False), requirement=None,
        dpia=Dpia(required="no"),
    )
    activity.update(activity_fields)
    return Register(
        languages=["en", "sv"],
        organisation=Organisation(name="Org", email="a@b.example", supervisory_authority=country, dpo=None,
                                  representative=None, address=Address(country=country)),
        data_subject_categories=[
            DataSubjectCategory(id="customers", name=LText({"en": "Customers", "sv": "Kunder"})),
            DataSubjectCategory(id="staff", name=LText({"en": "Employees", "sv": "Anställda"})),
            DataSubjectCategory(id="applicants", name=LText({"sv": "Arbetssökande"})),
            DataSubjectCategory(id="their-staff", name=LText({"en": "Employees of business customers",
                                                              "sv": "Anställda hos företagskunder"})),
            DataSubjectCategory(id="pupils", name=LText({"sv": "Elever i grundskolan"})),
        ],
        data_categories=[
            DataCategory(id="contact", name=LText({"en": "Contact"})),
            DataCategory(id="health", name=LText({"en": "Health"}), special_category="health"),
            DataCategory(id="crime", name=LText({"en": "Criminal records"}), criminal_offences=True),
            DataCategory(id="pnr", name=LText({"en": "Identity number"}), national_id=True),
        ],
        processors=[Processor(id="cloud", name="Cloud Inc", country="US", dpa=Dpa(status="signed"))],
        recipients=[Recipient(id="partner", name=LText({"en": "Partner Ltd"}), type="third_party", country="IN")],
        activities=[Activity(**activity)],
    )


def found(register: Register, code: str) -> list:
    return [f for f in run_checks(register, today=TODAY) if f.code == code]


def test_the_base_register_is_clean() -> None:
    assert [f for f in run_checks(_register(), today=TODAY) if f.severity <= Severity.WARNING] == []


# --- retention ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "We keep the data as long as necessary for the purpose.",
    "Vi sparar uppgifterna så länge det behövs.",
    "Vi lagrer ikke personopplysninger lenger enn nødvendig.",
    "Så lenge det er nødvendig for formålet.",
    "Vi opbevarer dem, så længe det er nødvendigt.",
])
def test_as_long_as_necessary_is_no_retention_period(text: str) -> None:
    vague = Retention(period=None, description=LText({"en": text}))
    [finding] = found(_register(retention=[vague]), "retention-vague")
    assert finding.article == "Art. 5(1)(e), Art. 13(2)(a), Art. 30(1)(f)"
    assert finding.field == "retention[0].description"
    assert "Art. 13(2)(a)" in finding.message("en") and "art. 13.2 a" in finding.message("sv")
    # A period, or the law that sets one, is the answer the article asks for.
    assert not found(_register(retention=[Retention(period="P2Y", description=LText({"en": text}))]),
                     "retention-vague")
    assert not found(_register(retention=[Retention(period=None, description=LText({"en": text}),
                                                    law_reference=LText({"sv": "Bokföringslagen 7 kap. 2 §"}))]),
                     "retention-vague")


def test_an_event_based_rule_is_not_vague() -> None:
    event = Retention(period=None, description=LText({"en": "Until you withdraw your consent."}))
    assert not found(_register(retention=[event]), "retention-vague")


# --- consent from employees, applicants, children ---------------------------------------

def test_consent_from_employees_or_applicants_is_questioned() -> None:
    for subject in ("staff", "applicants"):
        [finding] = found(_register(subjects=(subject,), purposes=[_purpose("consent")]), "consent-employees")
        assert finding.article == "Art. 7(4), Art. 88; recital 43"
        assert finding.field == "purposes[0].legal_basis"
    # Explicit consent as the Art. 9(2)(a) condition is consent too.
    explicit = _purpose("contract", special_category_condition="a", data_categories=["health"])
    assert found(_register(subjects=("staff",), data_categories=["health"], purposes=[explicit]),
                 "consent-employees")
    # Corrected: another basis.
    assert not found(_register(subjects=("staff",), purposes=[_purpose("contract")]), "consent-employees")


def test_a_customer_s_employees_are_not_our_employees() -> None:
    assert not found(_register(subjects=("their-staff",), purposes=[_purpose("consent")]), "consent-employees")


def test_children_s_consent_online_cites_art_8_and_the_national_age() -> None:
    online = dict(subjects=("pupils",), systems=["Learning app"], purposes=[_purpose("consent")])
    [finding] = found(_register(**online), "children-online-consent")
    assert "13" in finding.message("en") and "dataskyddslagen (2018:218) 2 kap. 4 §" in finding.message("sv")
    assert not found(_register(**{**online, "purposes": [_purpose("contract")]}), "children-online-consent")
    assert not found(_register(subjects=("pupils",), purposes=[_purpose("consent")]), "children-online-consent")


@pytest.mark.parametrize(("text", "lang", "kinds"), [
    ("Employees", "en", {"employees"}),
    ("Personal contacts", "en", set()),  # English "personal" is not Swedish "personal" (staff)
    ("Kontorspersonal", "sv", {"employees"}),
    ("Anställda hos företagskunder", "sv", set()),
    ("Arbeidstakere hos Kunden", "nb", set()),
    ("Customers' children", "en", {"children"}),
    ("Asylsökande", "sv", {"asylum_seekers"}),
    ("Jobbsøkere", "nb", {"applicants"}),
    ("Kundens kontaktpersoner", "nb", set()),
    ("Patienter og pårørende", "da", {"patients"}),
])
def test_categories_are_recognised_by_whole_words(text: str, lang: str, kinds: set[str]) -> None:
    assert text_kinds(text, lang) == kinds


# --- special categories, criminal data, identity numbers ---------------------------------

def test_special_category_data_needs_an_art_9_condition_even_recorded_as_none() -> None:
    for condition in (MISSING, None):
        purpose = _purpose("contract", special_category_condition=condition)
        assert found(_register(data_categories=["health"], purposes=[purpose]), "special-category-no-condition")
    purpose = _purpose("contract", special_category_condition="b")
    assert not found(_register(data_categories=["health"], purposes=[purpose]), "special-category-no-condition")


def test_criminal_offence_data_needs_a_law_on_the_purpose_that_covers_it() -> None:
    covering = _purpose("legal_obligation", data_categories=["crime"])
    other = Purpose(id="q", description=LText({"en": "Invoicing"}), legal_basis="legal_obligation",
                    law_reference=LText({"en": "Accounting Act"}), data_categories=["contact"])
    [finding] = found(_register(data_categories=["contact", "crime"], purposes=[covering, other]),
                      "criminal-data-no-law")
    assert (finding.severity, finding.article) == (Severity.ERROR, "Art. 10")
    assert finding.field == "purposes[0].law_reference"
    covering.law_reference = LText({"sv": "Lag (2010:1882) om särskild kontroll i fråga om personer som ska arbeta "
                                          "med barn"})
    assert not found(_register(data_categories=["contact", "crime"], purposes=[covering, other]),
                     "criminal-data-no-law")


@pytest.mark.parametrize(("country", "law"), [
    ("SE", "dataskyddslagen (2018:218) 3 kap. 10 §"),
    ("NO", "personopplysningsloven § 12"),
    ("DK", "databeskyttelsesloven § 11"),
])
def test_identity_numbers_need_a_recorded_justification_under_the_organisation_s_law(country: str, law: str) -> None:
    register = _register(country=country, data_categories=["contact", "pnr"])
    [finding] = found(register, "national-id-no-need")
    assert finding.article == f"Art. 87; {country}: {law}"
    assert law in finding.message("en") and finding.field == "national_id_justification"
    register.activities[0].national_id_justification = LText({"en": "Secure identification for credit checks"})
    assert not found(register, "national-id-no-need")


def test_consent_stands_in_for_the_justification_in_sweden_not_in_norway() -> None:
    consent = [_purpose("consent")]
    assert not found(_register(country="SE", data_categories=["pnr"], purposes=consent), "national-id-no-need")
    assert found(_register(country="NO", data_categories=["pnr"], purposes=consent), "national-id-no-need")


# --- transfers --------------------------------------------------------------------------

def _transfer(module: int, **fields: object) -> Transfer:
    return Transfer(country="US", mechanism="scc", scc=Scc(module=module, status="signed"), tia=Tia(status="done"),
                    **fields)


@pytest.mark.parametrize(("role", "to", "right", "wrong"), [
    ("controller", {"processor": "cloud"}, 2, 1),
    ("processor", {"processor": "cloud"}, 3, 2),
    ("controller", {"recipient": "partner"}, 1, 2),
    ("processor", {"recipient": "partner"}, 4, 1),
])
def test_the_scc_module_follows_the_roles(role: str, to: dict, right: int, wrong: int) -> None:
    fields: dict[str, object] = {"role": role, "processors": ["cloud"]}
    if role == "processor":
        fields["purposes"] = MISSING
    [finding] = found(_register(transfers=[_transfer(wrong, **to)], **fields), "scc-module-mismatch")
    assert f"module {right}" in finding.message("en") and finding.field == "transfers[0].scc.module"
    assert not found(_register(transfers=[_transfer(right, **to)], **fields), "scc-module-mismatch")


def test_a_processor_s_transfer_on_a_derogation_is_systematic() -> None:
    derogation = Transfer(country="US", processor="cloud", mechanism="derogation", derogation="b")
    [finding] = found(_register(processors=["cloud"], transfers=[derogation]), "transfer-derogation-systematic")
    assert finding.article == "Art. 49(1); EDPB Guidelines 2/2018"
    # An occasional transfer to a named recipient may rest on a derogation.
    occasional = Transfer(country="US", recipient_name="A court", mechanism="derogation", derogation="e")
    assert not found(_register(transfers=[occasional]), "transfer-derogation-systematic")


def test_a_processor_outside_the_eea_needs_a_transfer() -> None:
    register = _register(processors=["cloud"])
    assert found(register, "processor-outside-eea-uncovered")
    register.activities[0].transfers = [_transfer(2, processor="cloud")]
    assert not found(register, "processor-outside-eea-uncovered")


# --- representative and DPO -------------------------------------------------------------

def test_an_organisation_outside_the_eea_is_asked_about_its_representative() -> None:
    register = _register()
    register.organisation.address = Address(city="Toronto", country="CA")
    [finding] = found(register, "representative-missing")
    assert finding.severity is Severity.WARNING and "Art. 3(2)" in finding.message("en")
    assert "Art. 27(2)" in finding.message("en")
    register.organisation.representative = Contact(name="EU Rep GmbH")
    assert not found(register, "representative-missing")
    assert not found(_register(), "representative-missing")  # established in the EEA


def test_no_dpo_where_the_register_shows_large_scale_sensitive_processing() -> None:
    purpose = _purpose("contract", special_category_condition="h", data_categories=["health"])
    register = _register(data_categories=["health"], purposes=[purpose], dpia=Dpia(required="yes", status="done"))
    [finding] = found(register, "dpo-required")
    assert finding.entity == "organisation" and finding.article == "Art. 37(1)(b), 37(1)(c)"
    register.organisation.dpo = Contact(name="Dana DPO", email="dpo@org.example")
    assert not found(register, "dpo-required")
    # Without a DPIA recorded as required the register does not show it: no finding.
    assert not found(_register(data_categories=["health"], purposes=[purpose]), "dpo-required")


# --- automated decisions and DPIA -----------------------------------------------------------

def test_the_automated_decision_message_says_what_art_22_asks() -> None:
    register = _register(automated_decisions=AutomatedDecisions(exists=True, profiling=True))
    [finding] = found(register, "automated-decision-undescribed")
    assert "human intervention" in finding.message("en") and "contest the decision" in finding.message("en")
    assert "Art. 22(3)" in finding.message("en") and "art. 22.3" in finding.message("sv")
    register.activities[0].automated_decisions = AutomatedDecisions(
        exists=True, profiling=True, logic=LText({"en": "A score"}), consequences=LText({"en": "Refusal"}))
    assert not found(register, "automated-decision-undescribed")


def test_employees_count_as_vulnerable_toward_the_two_criteria_rule_and_the_finding_says_so() -> None:
    register = _register(country="FI", subjects=("staff",), systems=["CCTV"], dpia=MISSING)
    [finding] = found(register, "dpia-criteria-undecided")
    assert "WP248 criterion 7" in finding.message("en")
    # A customer's employees are not in our power: one criterion only.
    assert not found(_register(country="FI", subjects=("their-staff",), systems=["CCTV"], dpia=MISSING),
                     "dpia-criteria-undecided")


def test_a_vulnerable_substring_is_not_a_vulnerable_category() -> None:
    # "Personal" (English) once read as Swedish staff, "Barnaby Ltd contacts" as children.
    register = _register(country="FI", systems=["CCTV"], dpia=MISSING)
    register.data_subject_categories[0].name = LText({"en": "Personal shoppers at Barnaby Ltd"})
    assert not found(register, "dpia-criteria-undecided")


@pytest.mark.parametrize(("country", "item"), [
    ("NO", "no-employee-monitoring"),
    ("SE", "se-3"),
])
def test_the_dpia_finding_names_the_national_list_item(country: str, item: str) -> None:
    register = _register(country=country, subjects=("staff",), systems=["CCTV"], dpia=MISSING)
    [finding] = found(register, "dpia-national-list")
    assert f"({item})" in finding.message("en") and finding.article == "Art. 35(4)"
    register.activities[0].dpia = Dpia(required="yes", status="done")
    assert not found(register, "dpia-national-list")


def test_no_dpia_finding_where_we_are_processor() -> None:
    register = _register(country="NO", subjects=("staff",), systems=["CCTV"], dpia=MISSING, role="processor",
                         purposes=MISSING)
    codes = {f.code for f in run_checks(register, today=TODAY)}
    assert not {"dpia-national-list", "dpia-criteria-undecided", "dpia-not-done"} & codes
    assert "dpia" not in {f.field for f in run_checks(register, today=TODAY)}


# --- the command line's JSON ------------------------------------------------------------------

def test_check_json_keeps_its_keys_and_the_canonical_article(tmp_path, capsys) -> None:
    from ropa_desktop.cli.main import main
    from ropa_desktop.interchange.codec import encode_register

    register = _register(retention=[Retention(period=None, description=LText({"en": "As long as necessary."}))])
    doc = {"format": "ropa-register", "version": 1, **encode_register(register)}
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    store = tmp_path / "r.ropa"
    assert main(["init", str(store), "--name", "Org", "--country", "SE"]) == 0
    assert main(["import", str(store), str(path), "--replace"]) == 0
    capsys.readouterr()
    main(["check", str(store), "--json", "--lang", "sv"])
    findings = json.loads(capsys.readouterr().out)
    vague = next(f for f in findings if f["code"] == "retention-vague")
    assert {"code", "severity", "article", "entity", "entity_id", "field", "message"} <= set(vague)
    assert vague["article"] == "Art. 5(1)(e), Art. 13(2)(a), Art. 30(1)(f)"  # not "art. 5.1 e" in Swedish
    assert set(vague["message"]) >= {"en", "sv"}


@pytest.mark.parametrize("country", ["SE", "NO", "DK"])
def test_each_national_dpia_list_names_its_items_in_its_language_and_english(country: str) -> None:
    from ropa_desktop.reference.dpia_lists import dpia_list

    national = dpia_list(country)
    assert national is not None and national.source.startswith("https://")
    ids = [item.id for item in national.items]
    assert len(ids) == len(set(ids))
    assert all(item.name.get(national.lang) and item.name.get("en") for item in national.items)
    signals = {"evaluation", "automated_decision", "monitoring", "sensitive", "combining", "vulnerable",
               "employees", "children", "health", "biometric", "genetic", "location", "marketing"}
    assert all(set(item.all_of) <= signals for item in national.items)
