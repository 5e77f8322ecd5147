"""Rights, escaping, language fallback and the completeness list, on small registers built here."""

from __future__ import annotations

import pytest

from ropa_desktop.domain.ltext import LText
from ropa_desktop.domain.model import (
    Activity,
    Address,
    AutomatedDecisions,
    DataCategory,
    DataSubjectCategory,
    Organisation,
    Processor,
    Purpose,
    Register,
    Retention,
    Scc,
    Source,
    Transfer,
)
from ropa_desktop.notices import build_notice, render_html
from ropa_desktop.notices.texts import Phrases


def _register(*purposes: Purpose, **activity_fields: object) -> Register:
    fields = {
        "id": "act",
        "name": LText({"en": "Customer accounts", "sv": "Kundkonton"}),
        "role": "controller",
        "data_subjects": ["customers"],
        "data_categories": ["contact"],
        "sources": [Source(type="data_subject")],
        "recipients": [],
        "processors": ["cloud"],
        "transfers": [],
        "retention": [Retention(period="P2Y", description=LText({"en": "Two years after the account closes.",
                                                                   "sv": "Två år efter att kontot avslutats."}))],
        "automated_decisions": AutomatedDecisions(exists=False, profiling=False),
        "requirement": None,
    }
    fields.update(activity_fields)
    return Register(
        languages=["en", "sv"],
        organisation=Organisation(
            name="Acme AB",
            email="privacy@acme.example",
            address=Address(street="Storgatan 1", postal_code="111 22", city="Stockholm", country="SE"),
            dpo=None,
            representative=None,
            supervisory_authority="SE",
        ),
        data_subject_categories=[DataSubjectCategory(id="customers", name=LText({"en": "Customers", "sv": "Kunder"}))],
        data_categories=[DataCategory(id="contact", name=LText({"en": "Contact details", "sv": "Kontaktuppgifter"}))],
        recipients=[],
        processors=[Processor(id="cloud", name="Cloudy Inc.", service=LText({"en": "Hosting", "sv": "Drift"}),
                              country="US")],
        activities=[Activity(purposes=list(purposes), **fields)],
    )


def _purpose(basis: str, pid: str = "p", **extra: object) -> Purpose:
    return Purpose(id=pid, description=LText({"en": f"Purpose {pid}", "sv": f"Ändamål {pid}"}), legal_basis=basis,
                   **extra)


@pytest.mark.parametrize(
    ("bases", "expected"),
    [
        (["legal_obligation"], {"access", "rectification", "erasure", "restriction"}),
        (["contract"], {"access", "rectification", "erasure", "restriction", "portability"}),
        (["consent"], {"access", "rectification", "erasure", "restriction", "portability", "withdraw"}),
        (["legitimate_interests"], {"access", "rectification", "erasure", "restriction", "object"}),
        (["public_task"], {"access", "rectification", "erasure", "restriction", "object"}),
        (["vital_interests"], {"access", "rectification", "erasure", "restriction"}),
        (["consent", "legitimate_interests"],
         {"access", "rectification", "erasure", "restriction", "portability", "withdraw", "object"}),
    ],
)
def test_rights_follow_the_legal_bases(bases: list[str], expected: set[str]) -> None:
    purposes = [
        _purpose(b, f"p{i}", legitimate_interest=LText.of("en", "Fraud"), law_reference=LText.of("en", "Act"))
        for i, b in enumerate(bases)
    ]
    notice = build_notice(_register(*purposes), "customers", "en")
    assert set(notice.content.rights) == expected
    text = render_html(notice)
    p = Phrases("en")
    for right in ("portability", "object", "withdraw", "automated"):
        assert (p.t(f"right.{right}") in text) == (right in expected)
    # The right to complain is always there.
    assert "Swedish Authority for Privacy Protection (IMY)" in text


def test_automated_decisions_add_the_article_22_right_and_their_logic() -> None:
    register = _register(
        _purpose("contract"),
        automated_decisions=AutomatedDecisions(exists=True, profiling=True, logic=LText.of("en", "A credit score."),
                                               consequences=LText.of("en", "You may be refused credit.")),
    )
    notice = build_notice(register, None, "en")
    assert "automated" in notice.content.rights
    text = render_html(notice)
    assert "A credit score." in text and "You may be refused credit." in text
    assert not any("automated" in g.message.lower() for g in notice.completeness)


def test_register_texts_are_escaped_in_the_html() -> None:
    evil = "<script>alert('x')</script>"
    register = _register(_purpose("consent"))
    register.organisation.name = f"Acme {evil}"
    register.activities[0].purposes[0].description = LText.of("en", f"Newsletter {evil}")
    register.processors[0].name = f"Cloudy {evil}"
    register.data_categories[0].name = LText.of("en", f"Email {evil}")
    text = render_html(build_notice(register, None, "en"))
    assert "<script" not in text
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in text
    assert text.count("&lt;script&gt;") >= 4


def test_texts_missing_in_the_notice_language_fall_back_and_are_listed() -> None:
    register = _register(_purpose("contract"))
    register.activities[0].purposes[0].description = LText.of("en", "Only in English")
    notice = build_notice(register, None, "sv")
    assert [f.used_lang for f in notice.fallbacks] == ["en"]
    assert "Only in English" in notice.fallbacks[0].where
    assert "ändamål ”Only in English”" in notice.fallbacks[0].where  # Swedish quotation marks
    assert "engelska" in notice.fallbacks[0].message
    text = render_html(notice)
    assert '<span lang="en">Only in English</span>' in text
    assert '<html lang="sv">' in text
    assert build_notice(register, None, "en").fallbacks == []


def test_completeness_names_each_missing_item() -> None:
    register = _register(
        _purpose("legitimate_interests"),
        retention=[],
        transfers=[Transfer(country="US", processor="cloud", mechanism="scc", scc=Scc(status="signed"))],
    )
    register.activities[0].purposes[0].description = LText({"sv": "Marknadsföring", "en": "Marketing"})
    messages = [g.message for g in build_notice(register, "customers", "en").completeness]
    assert "Purpose “Marketing”: no retention rule" in messages
    assert "Purpose “Marketing”: the legitimate interest is not described" in messages
    assert "Transfer to United States: how to get a copy of the safeguards is not stated" in messages
    sv = [g.message for g in build_notice(register, "customers", "sv").completeness]
    assert "Ändamål ”Marknadsföring”: ingen lagringsregel" in sv  # Swedish quotation marks, from the catalogue
    nb = [g.message for g in build_notice(register, "customers", "nb").completeness]
    assert "Formål «Marketing»: mangler regel for lagringstid" in nb
    da = [g.message for g in build_notice(register, "customers", "da").completeness]
    assert "Formål »Marketing«: ingen regel for opbevaringsperiode" in da


def test_a_complete_register_has_no_gaps() -> None:
    register = _register(_purpose("contract"))
    assert build_notice(register, None, "en").completeness == []


def test_the_content_hash_ignores_the_date_but_not_the_facts() -> None:
    import datetime as dt

    register = _register(_purpose("contract"))
    a = build_notice(register, None, "en", today=dt.date(2026, 1, 1))
    b = build_notice(register, None, "en", today=dt.date(2026, 6, 1))
    assert a.content_sha256 == b.content_sha256
    register.activities[0].retention[0].period = "P3Y"
    assert build_notice(register, None, "en").content_sha256 != a.content_sha256
    assert "3 years" in render_html(build_notice(register, None, "en"))
