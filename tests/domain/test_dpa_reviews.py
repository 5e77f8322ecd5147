"""A processor's agreement marked reviewed: its review date moves on by the register's review interval."""

from __future__ import annotations

import datetime as dt

import pytest

from ropa_desktop.domain.model import Dpa, Organisation, Processor
from ropa_desktop.domain.reviews import mark_dpa_reviewed

TODAY = dt.date(2026, 1, 31)


def _processor(dpa: Dpa | None) -> Processor:
    return Processor(id="mail", name="Mailbolaget", dpa=dpa) if dpa else Processor(id="mail", name="Mailbolaget")


@pytest.mark.parametrize(("every", "expected"), [
    (None, dt.date(2027, 1, 31)),  # no interval in the register: twelve months
    ("P6M", dt.date(2026, 7, 31)),  # the organisation's review interval
    ("P1M", dt.date(2026, 2, 28)),  # a month-end stops at the month's last day
    ("not a duration", dt.date(2027, 1, 31)),
])
def test_the_review_date_moves_on_by_the_organisation_s_interval(every: str | None, expected: dt.date) -> None:
    processor = _processor(Dpa(status="signed", review_on=dt.date(2025, 12, 1), reference="Avtal 12"))
    organisation = Organisation(name="Bolaget", supervisory_authority="SE")
    if every:
        organisation.review_every = every
    reviewed = mark_dpa_reviewed(processor, organisation, TODAY)
    assert reviewed.dpa.review_on == expected
    assert (reviewed.dpa.status, reviewed.dpa.reference) == ("signed", "Avtal 12")  # nothing else changes
    assert processor.dpa.review_on == dt.date(2025, 12, 1)  # the original is untouched


def test_a_processor_without_an_agreement_has_nothing_to_review() -> None:
    with pytest.raises(ValueError, match="no agreement"):
        mark_dpa_reviewed(_processor(None), Organisation(name="Bolaget", supervisory_authority="SE"), TODAY)
