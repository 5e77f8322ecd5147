"""Documents the format refuses beyond its schema: each is refused with its path and reason."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from ropa_desktop.interchange import parse_guard
from ropa_desktop.interchange.jsonio import DocumentError, parse_document, read_document


def refusal(document: str | bytes) -> str:
    with pytest.raises(DocumentError) as err:
        parse_document(document, source="doc.json")
    return str(err.value)


def with_activities(doc: dict, count: int) -> dict:
    doc = copy.deepcopy(doc)
    first = doc["activities"][0]
    doc["activities"] = [dict(copy.deepcopy(first), id=f"activity-{n}") for n in range(count)]
    return doc


def test_a_duplicate_key_is_refused_not_the_last_value_kept(demo_doc):
    doc = with_activities(demo_doc, 20)
    activities = json.dumps(doc.pop("activities")[:19], ensure_ascii=False)
    last = json.dumps([dict(demo_doc["activities"][0], id="activity-19")], ensure_ascii=False)
    # The same key twice: json.loads keeps the last list, which held 1 of the 20 activities.
    text = json.dumps(doc, ensure_ascii=False)[:-1] + f', "activities": {activities}, "activities": {last}}}'
    message = refusal(text)
    assert message.startswith("doc.json was not imported: $.activities: the key 'activities' appears twice")


def test_a_duplicate_key_deep_inside_is_named_by_its_path(demo_doc):
    text = json.dumps(demo_doc).replace('"legal_basis":', '"legal_basis": "consent", "legal_basis":', 1)
    assert "$.activities[0].purposes[0].legal_basis: the key 'legal_basis' appears twice" in refusal(text)


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_refused(demo_doc, constant):
    text = json.dumps(demo_doc).replace('"module": 2', f'"module": {constant}', 1)
    assert f"scc.module: {constant} is not a number JSON allows" in refusal(text)


def test_ten_thousand_levels_of_nesting_give_one_clear_error_not_a_recursion_error():
    message = refusal("[" * 10_000 + "]" * 10_000)
    assert message == "doc.json was not imported: its values are nested deeper than 100 levels"


def test_nesting_just_past_the_limit_is_named_by_its_path(demo_doc):
    demo_doc["x-deep"] = json.loads("[" * 101 + "]" * 101)
    message = refusal(json.dumps(demo_doc))
    assert "$.x-deep[0]" in message and "is nested deeper than 100 levels" in message
    demo_doc["x-deep"] = json.loads("[" * 98 + "]" * 98)
    assert parse_document(json.dumps(demo_doc)).register.extras["x-deep"]


def test_a_five_thousand_digit_number_is_refused_clearly(demo_doc):
    text = json.dumps(demo_doc)[:-1] + ', "x-big": ' + "7" * 5000 + "}"
    assert "$.x-big: a number of 5000 digits cannot be kept exactly" in refusal(text)


def test_a_number_that_would_change_is_refused_and_one_that_would_not_is_kept(demo_doc):
    assert "has more digits than a number can keep exactly" in refusal(
        json.dumps(demo_doc)[:-1] + ', "x-ratio": 1.00000000000000000001}')
    assert "too large to keep" in refusal(json.dumps(demo_doc)[:-1] + ', "x-ratio": 1e400}')
    assert parse_document(json.dumps(demo_doc)[:-1] + ', "x-ratio": 0.1}').register.extras["x-ratio"] == 0.1


def test_a_float_where_the_format_wants_a_whole_number_is_refused(demo_doc):
    text = json.dumps(demo_doc).replace('"module": 2', '"module": 2.0', 1)
    assert "scc.module: must be a whole number written without a decimal point, not 2.0" in refusal(text)


def test_a_lone_surrogate_is_refused(demo_doc):
    text = json.dumps(demo_doc).replace('"name": "Norrsken', '"name": "\\ud800Norrsken', 1)
    assert "$.organisation.name: is not valid Unicode text: it holds a lone surrogate (U+D800)" in refusal(text)


def test_bytes_that_are_not_utf8_are_refused_with_their_position(demo_doc):
    data = json.dumps(demo_doc, ensure_ascii=False).encode("utf-8").replace(b"Norrsken", b"Norr\xffken", 1)
    assert "is not UTF-8 text: the byte at position" in refusal(data)
    # A surrogate written as UTF-8 bytes (CESU) is not UTF-8 either.
    assert "is not UTF-8 text" in refusal(b'{"format": "\xed\xa0\x80"}')


def test_binary_content_is_refused_without_reading_it_all(tmp_path):
    binary = tmp_path / "picture.json"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 100)
    with pytest.raises(DocumentError, match=r"picture\.json was not imported: it is not a text file"):
        read_document(binary)
    zero = Path("/dev/zero")
    if zero.exists():  # endless: only a bounded read returns at all
        with pytest.raises(DocumentError, match="zero was not imported: it is not a text file"):
            read_document(zero)


def test_a_file_over_the_size_limit_is_refused_saying_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(parse_guard, "MAX_BYTES", 3 * 1024 * 1024)
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (4 * 1024 * 1024) + b"{}")
    with pytest.raises(DocumentError, match=r"big\.json was not imported: it is larger than 3 MB"):
        read_document(big)


@pytest.mark.parametrize(("char", "code"), [("\x00", "U+0000"), ("\x07", "U+0007"), ("\x1b", "U+001B")])
def test_control_characters_are_refused_but_tab_line_feed_and_carriage_return_kept(demo_doc, char, code):
    demo_doc["activities"][0]["description"] = {"sv": "Rad ett\r\nRad\ttvå\n"}
    demo_doc["activities"][0]["name"] = {"sv": f"Kund{char}register"}
    message = refusal(json.dumps(demo_doc))
    assert message == f"doc.json was not imported: $.activities[0].name.sv: holds the control character {code}; " \
                      "texts may hold no control characters but tab, line feed and carriage return"
    demo_doc["activities"][0]["name"] = {"sv": "Kundregister"}
    register = parse_document(json.dumps(demo_doc)).register
    assert register.activities[0].description.get("sv") == "Rad ett\r\nRad\ttvå\n"


def test_a_control_character_in_a_key_is_refused(demo_doc):
    demo_doc["x-note\x01"] = "hi"
    assert '$["x-note\\u0001"]: holds the control character U+0001' in refusal(json.dumps(demo_doc))


def test_a_name_may_have_500_characters_not_501(demo_doc):
    demo_doc["organisation"]["name"] = "N" * 500
    assert parse_document(json.dumps(demo_doc)).register.organisation.name == "N" * 500
    demo_doc["organisation"]["name"] = "N" * 501
    assert "$.organisation.name: is 501 characters long; a name may have at most 500" in refusal(
        json.dumps(demo_doc))
    demo_doc["organisation"]["name"] = "N"
    demo_doc["activities"][1]["name"] = {"sv": "N" * 501}
    assert "$.activities[1].name.sv: is 501 characters long" in refusal(json.dumps(demo_doc))


def test_another_text_may_have_50000_characters(demo_doc):
    demo_doc["activities"][0]["description"] = {"sv": "d" * 50_000}
    parse_document(json.dumps(demo_doc))
    demo_doc["activities"][0]["description"] = {"sv": "d" * 50_001}
    assert "is 50001 characters long; a text may have at most 50000" in refusal(json.dumps(demo_doc))


def test_an_unknown_supervisory_authority_is_refused(demo_doc):
    demo_doc["organisation"]["supervisory_authority"] = "XX"
    assert ("$.organisation.supervisory_authority: 'XX' is not the code of a known country"
            in refusal(json.dumps(demo_doc)))


def test_a_supervisory_authority_outside_the_eea_is_refused(demo_doc):
    demo_doc["organisation"]["supervisory_authority"] = "US"
    assert ("$.organisation.supervisory_authority: 'US' is not an EU/EEA country with a supervisory authority"
            in refusal(json.dumps(demo_doc)))


def test_an_unknown_country_is_refused(demo_doc):
    transfer_path = next((a, t) for a, act in enumerate(demo_doc["activities"])
                         for t, _ in enumerate(act.get("transfers", [])))
    demo_doc["activities"][transfer_path[0]]["transfers"][transfer_path[1]]["country"] = "XX"
    where = f"$.activities[{transfer_path[0]}].transfers[{transfer_path[1]}].country"
    assert f"{where}: 'XX' is not the code of a known country" in refusal(json.dumps(demo_doc))


def test_a_transfer_to_an_eea_state_is_refused_naming_the_transfer(demo_doc):
    text = json.dumps(demo_doc).replace('"country": "US", "processor": "utskick"',
                                        '"country": "DE", "processor": "utskick"', 1)
    assert "the transfer to 'utskick' goes to DE, an EU/EEA state" in refusal(text)


def test_several_problems_are_listed_one_per_line(demo_doc):
    demo_doc["organisation"]["name"] = "A\x00"
    demo_doc["activities"][0]["name"] = {"sv": "B\x07"}
    lines = refusal(json.dumps(demo_doc)).splitlines()
    assert lines[0] == "doc.json was not imported: 2 problems found"
    assert [line.split(":")[0].strip() for line in lines[1:]] == ["$.organisation.name", "$.activities[0].name.sv"]
