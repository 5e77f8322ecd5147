"""One date style and one duration formatter per language, from CLDR."""

from __future__ import annotations

import datetime as dt

import pytest

from ropa_desktop.output.local_formats import format_date, format_duration

DAY = dt.date(2026, 12, 2)


@pytest.mark.parametrize(("lang", "expected"), [("nb", "02.12.2026"), ("da", "02.12.2026"), ("sv", "2026-12-02"),
                                                ("en", "2 Dec 2026"), ("nb_NO", "02.12.2026")])
def test_dates_as_each_language_writes_them(lang: str, expected: str) -> None:
    assert format_date(DAY, lang) == expected


@pytest.mark.parametrize(("value", "lang", "expected"), [
    ("P24M", "nb", "24 måneder"),
    ("P12M", "sv", "12 månader"),  # never rounded to a year
    ("P1Y", "da", "1 år"),
    ("P1Y6M", "en", "1 year and 6 months"),
    ("P2W", "da", "2 uger"),
])
def test_durations_in_the_unit_the_register_holds(value: str, lang: str, expected: str) -> None:
    assert format_duration(value, lang) == expected


def test_a_duration_that_cannot_be_read_is_none() -> None:
    assert format_duration("three years", "en") is None and format_duration("P", "sv") is None
