"""Details found outside the register (a spreadsheet's title block) fill what the organisation has not recorded,
and never overwrite what the DPO recorded — not even a DPO recorded as none."""

from __future__ import annotations

import pytest

from ropa_desktop.domain.missing import Missing
from ropa_desktop.domain.model import Contact, Organisation, unrecorded_details, with_details


def _organisation() -> Organisation:
    return Organisation(name="Exempel AB", supervisory_authority="SE", email="info@exempel.se", dpo=None)


def test_only_unrecorded_details_are_filled_and_the_original_is_left_as_it_was() -> None:
    organisation = _organisation()
    found = {"name": "Annat namn AB", "email": "gdpr@annat.se", "org_number": "556677-8899",
             "dpo": Contact(name="Eva Ek"), "phone": "08-123 456"}
    filled = with_details(organisation, found)
    assert (filled.name, filled.email, filled.dpo) == ("Exempel AB", "info@exempel.se", None)
    assert (filled.org_number, filled.phone) == ("556677-8899", "08-123 456")
    assert isinstance(organisation.org_number, Missing)  # a copy: the register's object is untouched


def test_unrecorded_details_names_what_would_be_filled() -> None:
    found = {"name": "Annat", "email": "x@y.se", "org_number": "1", "dpo": Contact(name="Eva Ek")}
    assert unrecorded_details(_organisation(), found) == {"org_number": "1"}


def test_a_detail_the_organisation_has_no_field_for_is_refused() -> None:
    with pytest.raises(KeyError):
        with_details(_organisation(), {"favourite_colour": "blue"})
