"""Which safeguard is in force for a transfer, on which day; an EEA country is no third country."""

from __future__ import annotations

import datetime as dt

import pytest

from ropa_desktop.domain.model import Dpf, Scc, Transfer
from ropa_desktop.reference import (
    adequacy_decision,
    adequacy_in_force,
    is_third_country_transfer,
    org_number_label,
    transfer_safeguard,
)

DAY = dt.date(2026, 6, 1)


def _t(country: str | None, mechanism: str, **fields: object) -> Transfer:
    return Transfer(country=country, recipient_name="Recipient", mechanism=mechanism, **fields)


@pytest.mark.parametrize(
    ("transfer", "mechanism", "problem"),
    [
        (_t("IN", "scc", scc=Scc(status="signed", module=2)), "scc", ""),
        (_t("IN", "scc", scc=Scc(status="missing")), "", "scc_not_signed"),
        (_t("IN", "scc", scc=Scc(status="in_negotiation")), "", "scc_not_signed"),
        (_t("IN", "scc", scc=Scc(status="outdated")), "", "scc_outdated"),
        (_t("IN", "scc"), "", "scc_not_signed"),
        (_t("IN", "none"), "", "none"),
        (_t("IN", "adequacy"), "", "no_adequacy"),
        (_t(None, "adequacy"), "", "no_country"),
        (_t("US", "adequacy"), "", "dpf_not_certified"),
        (_t("US", "adequacy", dpf=Dpf(certified=False)), "", "dpf_not_certified"),
        (_t("US", "adequacy", dpf=Dpf(certified=True)), "adequacy", ""),
        (_t("CH", "adequacy"), "adequacy", ""),
        (_t("IN", "derogation", derogation="b"), "derogation", ""),
        (_t("IN", "derogation"), "", "no_derogation"),
        (_t("IN", "bcr"), "bcr", ""),
        # SCCs not in force, but the country is adequate: the adequacy decision covers the transfer.
        (_t("JP", "scc", scc=Scc(status="missing")), "adequacy", "scc_not_signed"),
        # Nothing in force but an Art. 49(1) letter recorded: the derogation covers it.
        (_t("IN", "none", derogation="a"), "derogation", "none"),
    ],
)
def test_the_safeguard_in_force(transfer: Transfer, mechanism: str, problem: str) -> None:
    found = transfer_safeguard(transfer, DAY)
    assert (found.mechanism, found.problem) == (mechanism, problem)
    assert found.in_force == bool(mechanism)


def test_the_uk_decision_holds_with_its_renewal_until_its_end_and_not_a_day_longer() -> None:
    uk = adequacy_decision("GB")
    assert uk.number == "(EU) 2021/1772" and uk.renewed_on == dt.date(2025, 12, 19)
    assert uk.valid_until == dt.date(2031, 12, 27)
    assert adequacy_in_force("GB", dt.date(2031, 12, 27)) is uk
    assert adequacy_in_force("GB", dt.date(2031, 12, 28)) is None
    lapsed = transfer_safeguard(_t("GB", "adequacy"), dt.date(2032, 1, 1))
    assert (lapsed.in_force, lapsed.problem, lapsed.decision) == (False, "adequacy_lapsed", uk)
    assert transfer_safeguard(_t("GB", "adequacy"), DAY).decision is uk


@pytest.mark.parametrize("country", ["NO", "IS", "LI", "SE", "DE", "no"])
def test_a_transfer_to_an_eea_state_is_no_third_country_transfer(country: str) -> None:
    assert not is_third_country_transfer(_t(country, "adequacy"))


def test_unknown_or_non_eea_countries_are_third_countries() -> None:
    assert is_third_country_transfer(_t("US", "scc"))
    assert is_third_country_transfer(_t("GB", "adequacy"))
    assert is_third_country_transfer(_t(None, "scc"))


def test_the_org_number_is_named_as_its_country_names_it() -> None:
    assert org_number_label("DK") == "CVR-nummer"
    assert org_number_label("NO") == "Organisasjonsnummer"
    assert org_number_label("SE") == "Organisationsnummer"
    assert org_number_label("US") is None
