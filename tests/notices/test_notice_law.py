"""Notices right in law (Art. 13, 14, 21(4), 26(2), 28, 44–49, 77), on small registers built here."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from ropa_desktop.domain.ltext import LText
from ropa_desktop.domain.model import (
    Activity,
    Address,
    AutomatedDecisions,
    Contact,
    ControllerOnBehalf,
    DataCategory,
    DataSubjectCategory,
    Dpa,
    Dpf,
    JointController,
    Organisation,
    Processor,
    Purpose,
    Register,
    Retention,
    Scc,
    Source,
    Transfer,
)
from ropa_desktop.notices import NOTICE_LANGUAGES, NoticeRefused, build_notice, render_html, write_pdf
from ropa_desktop.notices.texts import Phrases

DAY = dt.date(2026, 6, 1)


def _l(en: str, sv: str | None = None) -> LText:
    return LText({"en": en, "sv": sv or en, "nb": sv or en, "da": sv or en})


def _register(*activities: Activity, country: str = "SE", processors: list[Processor] | None = None) -> Register:
    return Register(
        languages=["en", "sv", "nb", "da"],
        organisation=Organisation(
            name="Acme AB", org_number="12345678", email="privacy@acme.example",
            address=Address(city="Town", country=country), dpo=None, representative=None,
            supervisory_authority=country,
        ),
        data_subject_categories=[
            DataSubjectCategory(id="customers", name=_l("Customers", "Kunder")),
            DataSubjectCategory(id="relatives", name=_l("Relatives", "Anhöriga")),
            DataSubjectCategory(id="their-staff", name=_l("Our customers' staff", "Kundernas personal")),
        ],
        data_categories=[
            DataCategory(id="contact", name=_l("Contact details", "Kontaktuppgifter")),
            DataCategory(id="health", name=_l("Health data", "Hälsouppgifter"), special_category="health"),
        ],
        recipients=[],
        processors=processors if processors is not None else [
            Processor(id="cloud", name="Cloudy Inc.", service=_l("Hosting"), dpa=Dpa(status="signed")),
        ],
        activities=list(activities),
    )


def _activity(*purposes: Purpose, **fields: object) -> Activity:
    values: dict[str, object] = {
        "id": "accounts", "name": _l("Customer accounts", "Kundkonton"), "role": "controller",
        "data_subjects": ["customers"], "data_categories": ["contact"], "sources": [Source(type="data_subject")],
        "recipients": [], "processors": ["cloud"], "transfers": [],
        "retention": [Retention(period="P2Y", description=_l("Two years."))],
        "automated_decisions": AutomatedDecisions(exists=False, profiling=False), "requirement": None,
    }
    values.update(fields)
    return Activity(purposes=list(purposes) or [_purpose()], **values)


def _purpose(pid: str = "p", basis: str = "contract", **fields: object) -> Purpose:
    return Purpose(id=pid, description=_l(f"Purpose {pid}", f"Ändamål {pid}"), legal_basis=basis, **fields)


def _text(notice_html: str) -> str:
    body = re.sub(r"<style.*?</style>", " ", notice_html, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())


def _notice_text(register: Register, lang: str = "en", audience: str | None = "customers", day: dt.date = DAY) -> str:
    return _text(render_html(build_notice(register, audience, lang, today=day)))


# --- item 1: processor activities ----------------------------------------------------------

def _with_processor_activity(*controller_subjects: str) -> Register:
    service = Activity(id="payroll", name=_l("Payroll service"), role="processor", data_subjects=["their-staff"],
                       data_categories=["contact", "health"], controllers=[ControllerOnBehalf(name="Customer Ltd")],
                       processors=[], transfers=[], recipients=[])
    return _register(_activity(data_subjects=list(controller_subjects)), service)


def test_an_audience_only_in_processor_activities_is_refused_with_the_reason(tmp_path: Path) -> None:
    register = _with_processor_activity("customers")
    with pytest.raises(NoticeRefused) as refused:
        build_notice(register, "their-staff", "en", today=DAY)
    message = str(refused.value)
    assert "Our customers' staff" in message and "processor" in message and "Art. 13, 14 and 28" in message
    assert list(tmp_path.iterdir()) == []  # nothing was built, so nothing can be written
    # The notice for all leaves them out without a word about them.
    assert "Our customers' staff" not in _notice_text(register, audience=None)


def test_an_audience_in_both_kinds_is_told_only_the_controller_activities() -> None:
    register = _with_processor_activity("customers", "their-staff")
    register.activities[1].data_subjects = ["their-staff"]
    notice = build_notice(register, "their-staff", "en", today=DAY)
    assert [a.id for a in notice.content.sections[0].activities] == ["accounts"]
    assert "Payroll service" not in render_html(notice)


# --- item 2: only the safeguard in force ---------------------------------------------------

@pytest.mark.parametrize("status", ["missing", "outdated", "in_negotiation"])
def test_sccs_not_in_force_refuse_the_notice_naming_the_transfer(status: str) -> None:
    transfer = Transfer(country="IN", processor="cloud", mechanism="scc", scc=Scc(status=status))
    with pytest.raises(NoticeRefused, match=r"Customer accounts.*Cloudy Inc\..*India.*no safeguard in force"):
        build_notice(_register(_activity(transfers=[transfer])), "customers", "en", today=DAY)


def test_mechanism_none_refuses_the_notice() -> None:
    transfer = Transfer(country="IN", recipient_name="Partner Ltd", mechanism="none")
    with pytest.raises(NoticeRefused, match="Partner Ltd"):
        build_notice(_register(_activity(transfers=[transfer])), None, "sv", today=DAY)


def test_unsigned_sccs_to_an_adequate_country_are_told_as_the_adequacy_decision() -> None:
    transfer = Transfer(country="JP", processor="cloud", mechanism="scc", scc=Scc(status="missing"))
    text = _notice_text(_register(_activity(transfers=[transfer])))
    assert "Adequacy decision (Art. 45): Commission Implementing Decision (EU) 2019/419" in text
    assert "Standard contractual clauses" not in text


def test_signed_sccs_are_told_with_their_module() -> None:
    transfer = Transfer(country="IN", processor="cloud", mechanism="scc", scc=Scc(status="signed", module=2))
    text = _notice_text(_register(_activity(transfers=[transfer])))
    assert "Standard contractual clauses (Art. 46(2)(c)): Commission Implementing Decision (EU) 2021/914" in text


def test_other_findings_do_not_block_a_notice() -> None:
    # A processor in a third country with no transfer recorded, and a processor with no DPA.
    processors = [Processor(id="cloud", name="Cloudy Inc.", country="US", dpa=Dpa(status="missing"))]
    notice = build_notice(_register(_activity(), processors=processors), "customers", "en", today=DAY)
    assert notice.content.sections[0].activities


# --- item 4: EEA is no third country -------------------------------------------------------

def test_a_transfer_to_an_eea_state_is_not_told_as_a_third_country_transfer() -> None:
    transfer = Transfer(country="NO", processor="cloud", mechanism="adequacy")
    text = _notice_text(_register(_activity(transfers=[transfer])))
    assert "Norway" not in text and "Adequacy decision" not in text
    assert Phrases("en").t("transfers.none") in text


# --- item 5: adequacy decisions in force, with their renewal -------------------------------

def test_the_uk_decision_is_cited_with_its_renewal_and_end_date() -> None:
    transfer = Transfer(country="GB", processor="cloud", mechanism="adequacy")
    register = _register(_activity(transfers=[transfer]))
    assert "(EU) 2021/1772, renewed on 19 Dec 2025, valid until 27 Dec 2031" in _notice_text(register)
    assert "(EU) 2021/1772, förnyat den 2025-12-19, giltigt till och med den 2031-12-27" in (
        _notice_text(register, "sv"))
    assert "Commission" not in _notice_text(register, "sv")  # no English inside a Swedish notice


def test_a_lapsed_adequacy_decision_is_never_cited_as_current() -> None:
    transfer = Transfer(country="GB", processor="cloud", mechanism="adequacy")
    with pytest.raises(NoticeRefused, match="ended on 2031-12-27"):
        build_notice(_register(_activity(transfers=[transfer])), "customers", "en", today=dt.date(2032, 1, 10))


# --- items 6 and 7: DPA and DPF only where recorded -----------------------------------------

def test_a_dpa_is_claimed_only_for_processors_with_a_signed_one() -> None:
    signed = Processor(id="cloud", name="Cloudy Inc.", dpa=Dpa(status="signed"))
    unsigned = Processor(id="mail", name="Mailer Ltd", dpa=Dpa(status="missing"))
    p = Phrases("en")
    text = _notice_text(_register(_activity(processors=["cloud", "mail"]), processors=[signed, unsigned]))
    assert p.t("processors.agreement_some", names="Cloudy Inc.") in text
    assert p.t("processors.agreement_all") not in text
    only_unsigned = _notice_text(_register(_activity(processors=["mail"]), processors=[unsigned]))
    assert "processing agreement" not in only_unsigned
    assert p.t("processors.agreement_all") in _notice_text(_register(_activity()))


def test_the_dpf_is_cited_only_when_certification_is_recorded() -> None:
    certified = Transfer(country="US", processor="cloud", mechanism="adequacy", dpf=Dpf(certified=True))
    text = _notice_text(_register(_activity(transfers=[certified])))
    assert "(EU) 2023/1795 (EU–US Data Privacy Framework; the recipient is certified under it)" in text
    uncertified = Transfer(country="US", processor="cloud", mechanism="adequacy")
    with pytest.raises(NoticeRefused, match="Data Privacy Framework is not recorded"):
        build_notice(_register(_activity(transfers=[uncertified])), "customers", "en", today=DAY)


# --- item 8: event-based retention ---------------------------------------------------------

def test_event_based_retention_is_worded_as_the_register_holds_it_in_every_language() -> None:
    rule = Retention(period="P3Y", trigger=_l("the end of employment", "anställningens upphörande"),
                     description=_l("Kept after employment ends."))
    until = Retention(period=None, trigger=_l("you withdraw consent", "du återkallar ditt samtycke"),
                      description=_l("Until withdrawn."), purposes=["q"])
    register = _register(_activity(_purpose(), _purpose("q", "consent"), retention=[rule, until]))
    english = _notice_text(register)
    assert "Period: 3 years after this event: the end of employment." in english
    assert "Kept until this event: you withdraw consent." in english
    assert "Lagringstid: 3 år efter denna händelse: anställningens upphörande." in _notice_text(register, "sv")
    for lang in NOTICE_LANGUAGES:
        text = _notice_text(register, lang)
        for banned in ("counted from", "räknat från", "Räknat från", "regnet fra", "Regnet fra"):
            assert banned not in text, (lang, banned)


# --- item 10: what belongs to other audiences ----------------------------------------------

def test_a_per_audience_notice_leaves_out_categories_the_register_ties_to_other_audiences() -> None:
    activity = _activity(
        _purpose("care", "consent", special_category_condition="a", data_subjects=["customers"],
                 data_categories=["contact", "health"]),
        _purpose("reach-relatives", "legitimate_interests", legitimate_interest=_l("Reach them"),
                 data_subjects=["relatives"], data_categories=["contact"]),
        _purpose("claims", "legitimate_interests", legitimate_interest=_l("Defend claims")),
        data_subjects=["customers", "relatives"], data_categories=["contact", "health"],
        retention=[Retention(period="P2Y", description=_l("Two years."), data_categories=["health", "contact"])],
    )
    register = _register(activity)
    relatives = build_notice(register, "relatives", "en", today=DAY)
    told = [(p.id, [d.text for d in p.data_categories], [d.text for r in p.retention for d in r.data_categories])
            for a in relatives.content.sections[0].activities for p in a.purposes]
    assert told == [("reach-relatives", ["Contact details"], ["Contact details"]),
                    ("claims", ["Contact details"], ["Contact details"])]
    assert "Health data" not in render_html(relatives)
    assert "Health data" in render_html(build_notice(register, "customers", "en", today=DAY))


# --- item 11: the right to object apart ----------------------------------------------------

def test_the_right_to_object_is_presented_separately_from_the_other_rights(tmp_path: Path) -> None:
    register = _register(_activity(_purpose("p", "legitimate_interests", legitimate_interest=_l("Fraud"))))
    notice = build_notice(register, "customers", "en", today=DAY)
    page = render_html(notice)
    p = Phrases("en")
    rights_list = re.search(r'<ul class="rights">(.*?)</ul>', page, flags=re.S)[1]
    assert p.t("right.object") not in rights_list and p.t("right.access") in rights_list
    objection = re.search(r'<section class="objection".*?</section>', page, flags=re.S)[0]
    assert p.t("h.object") in objection and p.t("right.object") in objection
    pdf = " ".join(page.extract_text() for page in PdfReader(write_pdf(notice, tmp_path / "n.pdf")).pages)
    assert p.t("h.object") in pdf
    # Where no objection right applies, there is no such part.
    assert p.t("h.object") not in _notice_text(_register(_activity()))


# --- item 14: joint controllers ------------------------------------------------------------

def test_a_joint_controller_is_told_with_the_arrangement_and_its_full_contact() -> None:
    partner = JointController(
        name="Partner AB",
        contact=Contact(name="Partner AB", email="dp@partner.example", phone="+46 8 123",
                        address=Address(street="Hamngatan 2", postal_code="111 47", city="Stockholm", country="SE")),
        responsibilities=_l("We answer all requests from data subjects."),
    )
    text = _notice_text(_register(_activity(role="joint_controller", joint_controllers=[partner])))
    for fact in ("The essence of our arrangement: We answer all requests from data subjects.",
                 "How to reach Partner AB:", "Hamngatan 2", "111 47 Stockholm", "dp@partner.example", "+46 8 123"):
        assert fact in text


# --- item 9 (last clause): no empty heading -----------------------------------------------

def test_a_notice_shows_no_heading_without_content(tmp_path: Path) -> None:
    from ropa_desktop.domain.missing import MISSING

    register = _register(_activity(recipients=MISSING, processors=MISSING, transfers=MISSING))
    notice = build_notice(register, "customers", "en", today=DAY)
    p = Phrases("en")
    page = render_html(notice)
    assert p.t("h.recipients") not in page and p.t("h.transfers") not in page
    pdf = " ".join(pg.extract_text() for pg in PdfReader(write_pdf(notice, tmp_path / "n.pdf")).pages)
    assert p.t("h.recipients") not in pdf and p.t("h.transfers") not in pdf


# --- item 17: words -------------------------------------------------------------------------

def test_the_complaint_names_the_authority_and_the_other_places_to_complain() -> None:
    register = _register(_activity(), country="NO")
    english = _notice_text(register)
    assert "with the supervisory authority, the Norwegian Data Protection Authority" in english
    assert "where you live or work or where the alleged infringement took place" in english
    assert "der du bor eller arbeider, eller der den påståtte overtredelsen" in _notice_text(register, "nb")
    assert "där du bor eller arbetar eller där den påstådda överträdelsen" in _notice_text(register, "sv")
    assert "hvor du bor eller arbejder, eller hvor den påståede overtrædelse" in _notice_text(register, "da")
    for lang in ("sv", "nb", "da"):
        assert "alleged" not in _notice_text(register, lang)


def test_danish_says_behandlingsgrundlag() -> None:
    text = _notice_text(_register(_activity(), country="DK"), "da")
    assert "Behandlingsgrundlag" in text and "etsgrundlag" not in text


@pytest.mark.parametrize(("country", "label"), [("DK", "CVR-nummer"), ("NO", "Organisasjonsnummer"),
                                                 ("SE", "Organisationsnummer")])
def test_the_org_number_is_named_as_the_organisation_s_country_names_it(country: str, label: str) -> None:
    register = _register(_activity(), country=country)
    for lang in NOTICE_LANGUAGES:
        assert f"{label} 12345678" in _notice_text(register, lang), lang


def test_a_requirement_recorded_as_none_is_stated() -> None:
    p = Phrases("en")
    assert p.t("requirement.none") in _notice_text(_register(_activity(requirement=None)))
    stated = _notice_text(_register(_activity(requirement=_l("Needed to deliver your order."))))
    assert "Needed to deliver your order." in stated and p.t("requirement.none") not in stated
