"""The notices generated from the example registers say what the register holds, in all four languages."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from ropa_desktop.interchange.jsonio import read_document
from ropa_desktop.notices import (
    NOTICE_LANGUAGES,
    NoticeRefused,
    build_notice,
    notice_audiences,
    processor_only_audiences,
    render_html,
)
from ropa_desktop.notices.content import audience_activities
from ropa_desktop.notices.texts import Phrases
from ropa_desktop.reference import authority_for, mechanism_label
from tests.conftest import NORWEGIAN_REGISTER, SWEDISH_REGISTER


def _text(doc: str) -> str:
    """The visible text of the HTML, entities decoded, whitespace collapsed."""
    body = re.sub(r"<style.*?</style>", " ", doc, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())


def _squash(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(params=NOTICE_LANGUAGES)
def lang(request: pytest.FixtureRequest) -> str:
    return request.param


def test_notice_for_all_audiences_holds_the_register_facts(example_path: Path, lang: str) -> None:
    register = read_document(example_path).register
    p = Phrases(lang)
    notice = build_notice(register, "all", lang)
    text = _text(render_html(notice))
    org = register.organisation

    assert org.name in text
    for contact in (org.email, org.phone):
        if contact:
            assert contact in text
    authority = authority_for(org.supervisory_authority)
    assert authority is not None
    assert authority.display_name(lang) in text
    assert authority.website in text

    bases: set[str] = set()
    processors_used: set[str] = set()
    for category in register.data_subject_categories:
        for activity, purposes in audience_activities(register, category.id):
            processors_used |= set(activity.processors or [])
            for purpose in purposes:
                bases.add(purpose.legal_basis)
                assert p.t(f"basis.{purpose.legal_basis}") in text
                assert _squash(purpose.description.text([lang, *register.languages])) in text
                if purpose.legitimate_interest:
                    assert _squash(purpose.legitimate_interest.text([lang, *register.languages])) in text
                if purpose.law_reference:
                    assert purpose.law_reference.text([lang, *register.languages]) in text
                for rule in activity.retention_for(purpose.id):
                    if rule.period and (not rule.data_subjects or category.id in rule.data_subjects):
                        assert p.period(rule.period) in text
            for transfer in activity.transfers or []:
                assert mechanism_label(transfer.mechanism, lang) in text
                if transfer.copy_available:
                    assert _squash(transfer.copy_available.text([lang, *register.languages])) in text
    assert bases, "the example should have purposes told to some audience"
    for processor_id in processors_used:
        assert register.processor(processor_id).name in text

    # Rights: the ones that apply, and not the others.
    assert p.t("right.access") in text and p.t("right.erasure") in text
    assert (p.t("right.portability") in text) == bool(bases & {"consent", "contract"})
    assert (p.t("right.object") in text) == bool(bases & {"legitimate_interests", "public_task"})
    assert (p.t("right.withdraw") in text) == ("consent" in bases)


def test_literal_facts_in_each_language() -> None:
    swedish = read_document(SWEDISH_REGISTER).register
    expected = {
        "sv": ["Integritetsskyddsmyndigheten (IMY)", "12 månader", "Samtycke:", "Rätt till dataportabilitet",
               "Standardavtalsklausuler", "personuppgiftsansvarig"],
        "nb": ["Integritetsskyddsmyndigheten (IMY)", "12 måneder", "Samtykke:", "Rett til dataportabilitet",
               "Standard personvernbestemmelser", "behandlingsansvarlig"],
        "da": ["Integritetsskyddsmyndigheten (IMY)", "12 måneder", "Samtykke:", "Ret til dataportabilitet",
               "Standardkontraktbestemmelser", "dataansvarlig"],
        "en": ["Swedish Authority for Privacy Protection (IMY)", "12 months", "Consent:", "Right to data portability",
               "Standard contractual clauses", "controller"],
    }
    for lang, phrases in expected.items():
        text = _text(render_html(build_notice(swedish, None, lang)))
        for phrase in phrases:
            assert phrase in text, (lang, phrase)
        assert "hej@klarsikt.example" in text and "021-80 90 10" in text


def test_norwegian_controller_gets_the_norwegian_authority() -> None:
    norwegian = read_document(NORWEGIAN_REGISTER).register
    text = _text(render_html(build_notice(norwegian, None, "nb")))
    assert "Datatilsynet" in text and "postkasse@datatilsynet.no" in text
    assert "Integritetsskyddsmyndigheten" not in text
    assert "Bokføringsloven § 13" in text
    assert "Norwegian Data Protection Authority" in _text(render_html(build_notice(norwegian, None, "en")))


def test_one_audience_gets_only_its_purposes() -> None:
    swedish = read_document(SWEDISH_REGISTER).register
    customers = build_notice(swedish, "privatkunder", "sv")
    assert [s.id for s in customers.content.sections] == ["privatkunder"]
    purposes = {p.id for a in customers.content.sections[0].activities for p in a.purposes}
    assert "utfora-uppdrag" in purposes
    # Narrowed to business contacts, not to private customers:
    assert "utfora-uppdrag-foretag" not in purposes
    text = _text(render_html(customers))
    assert "Privatkunder" in text
    assert "Besökare på webbplatsen" not in text


def test_the_notice_for_all_has_a_section_per_audience_with_activities() -> None:
    norwegian = read_document(NORWEGIAN_REGISTER).register
    notice = build_notice(norwegian, None, "nb")
    ids = [s.id for s in notice.content.sections]
    # The clients' employees are processed only on the clients' behalf: the client informs them.
    assert "ansatte-hos-kundene" not in ids
    assert "kundekontakter" in ids
    # Asked for by name, the notice is refused: the client (the controller) informs them.
    with pytest.raises(NoticeRefused, match=r"Ansatte hos kundene.*processor"):
        build_notice(norwegian, "ansatte-hos-kundene", "nb")
    assert processor_only_audiences(norwegian) == ["ansatte-hos-kundene"]
    assert "ansatte-hos-kundene" not in notice_audiences(norwegian)


def test_every_example_publishes_for_each_of_its_controller_audiences(example_path: Path) -> None:
    register = read_document(example_path).register
    audiences = notice_audiences(register)
    assert audiences
    for audience in audiences:
        for lang in NOTICE_LANGUAGES:
            assert build_notice(register, audience, lang).content.sections[0].activities


def test_unknown_audience_and_language_are_refused() -> None:
    swedish = read_document(SWEDISH_REGISTER).register
    with pytest.raises(KeyError, match="nobody"):
        build_notice(swedish, "nobody", "sv")
    with pytest.raises(ValueError, match="de"):
        build_notice(swedish, None, "de")
