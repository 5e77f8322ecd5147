"""The transfer checks that read the safeguard in force: a lapsed adequacy decision, US adequacy without DPF."""

from __future__ import annotations

import datetime as dt

from ropa_desktop.checks import Severity, run_checks
from ropa_desktop.domain import (
    Activity,
    DataCategory,
    DataSubjectCategory,
    LText,
    Organisation,
    Purpose,
    Register,
    Transfer,
)
from ropa_desktop.domain.model import Dpf


def _register(transfer: Transfer) -> Register:
    return Register(
        languages=["en", "sv"],
        organisation=Organisation(name="Acme AB", supervisory_authority="SE"),
        data_subject_categories=[DataSubjectCategory(id="customers", name=LText({"en": "Customers"}))],
        data_categories=[DataCategory(id="contact", name=LText({"en": "Contact"}))],
        activities=[Activity(id="a", name=LText({"en": "Orders", "sv": "Ordrar"}), role="controller",
                             data_subjects=["customers"], data_categories=["contact"],
                             purposes=[Purpose(id="p", description=LText({"en": "Deliver"}), legal_basis="contract")],
                             transfers=[transfer])],
    )


def _codes(transfer: Transfer, today: dt.date) -> dict[str, object]:
    return {f.code: f for f in run_checks(_register(transfer), today=today)}


def test_a_transfer_under_a_lapsed_adequacy_decision_is_to_be_reviewed() -> None:
    uk = Transfer(country="GB", recipient_name="London Ltd", mechanism="adequacy")
    assert "adequacy-lapsed" not in _codes(uk, dt.date(2031, 12, 27))
    found = _codes(uk, dt.date(2032, 1, 5))["adequacy-lapsed"]
    assert found.severity is Severity.ERROR and found.article.startswith("Art. 45")
    assert found.field == "transfers[0].mechanism"
    assert "(EU) 2021/1772" in found.message("en") and "27 Dec 2031" in found.message("en")
    assert "2031-12-27" in found.message("sv")
    assert "27.12.2031" in found.message("nb") and "27.12.2031" in found.message("da")
    assert "review" in found.message("en") and "se över" in found.message("sv")


def test_us_adequacy_without_dpf_certification_is_reported() -> None:
    today = dt.date(2026, 6, 1)
    uncertified = Transfer(country="US", recipient_name="Cloud Inc.", mechanism="adequacy")
    found = _codes(uncertified, today)["adequacy-us-no-dpf"]
    assert found.field == "transfers[0].dpf" and "Data Privacy Framework" in found.message("en")
    certified = Transfer(country="US", recipient_name="Cloud Inc.", mechanism="adequacy", dpf=Dpf(certified=True))
    assert "adequacy-us-no-dpf" not in _codes(certified, today)


def test_swedish_transfer_messages_agree() -> None:
    from ropa_desktop.domain.model import Scc

    today = dt.date(2026, 6, 1)
    missing = _codes(Transfer(country="IN", recipient_name="X", mechanism="scc", scc=Scc(status="missing")), today)
    assert "är saknas" not in missing["scc-not-signed"].message("sv")
    partial = _codes(Transfer(country="JP", recipient_name="X", mechanism="adequacy"), today)
    assert "stöds på" not in partial["transfer-adequacy-partial"].message("sv")
    assert "stöder sig på" in partial["transfer-adequacy-partial"].message("sv")


def test_a_dpf_certified_us_recipient_is_not_called_partly_covered() -> None:
    # Decision (EU) 2023/1795 covers certified organisations: once the register records the
    # certification, "covers only part of the country's recipients" would misstate Art. 45.
    today = dt.date(2026, 6, 1)
    certified = Transfer(country="US", recipient_name="Cloud Inc.", mechanism="adequacy", dpf=Dpf(certified=True))
    assert "transfer-adequacy-partial" not in _codes(certified, today)
    for uncertain in (Dpf(certified=False), None):
        t = Transfer(country="US", recipient_name="Cloud Inc.", mechanism="adequacy")
        if uncertain is not None:
            t.dpf = uncertain
        found = _codes(t, today)
        assert "adequacy-us-no-dpf" in found and "transfer-adequacy-partial" in found
