"""Reference names in the reader's language: countries as CLDR names them, every national DPIA list's
items in every document language, and days as a DPO writes them."""

from __future__ import annotations

import pytest

from ropa_desktop.output.local_formats import format_duration
from ropa_desktop.reference import country_name
from ropa_desktop.reference.dpia_lists import dpia_list, dpia_list_countries

LANGS = ("en", "sv", "nb", "da")


@pytest.mark.parametrize(("code", "lang", "expected"), [
    ("US", "nb", "USA"),  # not the ISO translation "De forente stater"
    ("GB", "sv", "Storbritannien"),  # not "Förenade kungariket"
    ("RU", "nb", "Russland"),  # not "Den russiske føderasjon"
    ("KR", "da", "Sydkorea"),  # not "Korea, Republikken"
    ("DE", "da", "Tyskland"),
])
def test_countries_are_named_as_cldr_names_them(code: str, lang: str, expected: str) -> None:
    assert country_name(code, lang) == expected


@pytest.mark.parametrize("country", dpia_list_countries())
def test_every_dpia_list_speaks_every_document_language(country: str) -> None:
    found = dpia_list(country)
    assert found is not None and found.items
    assert [lang for lang in LANGS if not found.title.get(lang) or not found.authority.get(lang)] == []
    missing = [(item.id, lang) for item in found.items for lang in LANGS if not item.name.get(lang)]
    assert missing == []
    for item in found.items:  # each language's own words, not a copy of another's
        assert item.name["en"] != item.name[found.lang]


def test_a_swedish_list_item_reads_danish_in_a_danish_document() -> None:
    item = next(i for i in dpia_list("SE").items if i.id == "se-3")
    assert (item.display_name("da"), item.display_name("nb")) == ("Systematisk overvågning", "Systematisk overvåking")


@pytest.mark.parametrize(("lang", "expected"), [("sv", "30 dagar"), ("nb", "30 dager"), ("da", "30 dage"),
                                                ("en", "30 days")])
def test_a_period_in_days_reads_as_a_dpo_writes_it(lang: str, expected: str) -> None:
    assert format_duration("P30D", lang) == expected
    assert format_duration("P1D", lang) == expected.replace("30", "1").replace("dagar", "dag").replace(
        "dager", "dag").replace("dage", "dag").replace("days", "day")
    assert format_duration("P1M10D", lang).endswith(expected.replace("30", "10"))
