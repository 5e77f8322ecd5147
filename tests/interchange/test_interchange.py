"""The JSON interchange format: import, validation messages, lossless round trip."""

from __future__ import annotations

import copy
import json

import pytest

from ropa_desktop.domain import MISSING
from ropa_desktop.interchange.jsonio import DocumentError, document_value, dump_document, load_document_value
from tests.conftest import shared_format_file


def _without_timestamp(doc: dict) -> dict:
    doc = dict(doc)
    doc.pop("exported_at", None)
    return doc


def test_example_imports_and_exports_as_the_same_document(example_doc):
    loaded = load_document_value(copy.deepcopy(example_doc))
    assert _without_timestamp(document_value(loaded.register)) == _without_timestamp(example_doc)


def test_the_shared_format_examples_import_and_export_as_the_same_document(shared_example_doc):
    # The format's own examples stand for the registers our users bring: the contract, kept apart
    # from the project's fixture registers (this test needs ../shared, or $ROPA_SHARED_DIR).
    loaded = load_document_value(copy.deepcopy(shared_example_doc))
    assert _without_timestamp(document_value(loaded.register)) == _without_timestamp(shared_example_doc)


def test_export_import_export_is_byte_identical_but_for_the_timestamp(example_doc):
    first = dump_document(load_document_value(example_doc).register)
    second = dump_document(load_document_value(json.loads(first)).register)
    strip = [line for line in first.splitlines() if '"exported_at"' not in line]
    assert strip == [line for line in second.splitlines() if '"exported_at"' not in line]


def test_absent_field_stays_apart_from_recorded_none(example_doc):
    doc = copy.deepcopy(example_doc)
    doc["activities"][0]["transfers"] = []
    doc["activities"][1].pop("transfers", None)
    register = load_document_value(doc).register
    assert register.activities[0].transfers == []
    assert register.activities[1].transfers is MISSING
    out = document_value(register)
    assert out["activities"][0]["transfers"] == []
    assert "transfers" not in out["activities"][1]


def test_x_properties_are_kept_everywhere(example_doc):
    doc = copy.deepcopy(example_doc)
    doc["x-tool"] = {"name": "other", "n": [1, 2]}
    doc["organisation"]["x-crm-id"] = 42
    doc["activities"][0]["x-note"] = "kept"
    doc["activities"][0]["purposes"][0]["x-ticket"] = "GDPR-12"
    out = document_value(load_document_value(doc).register)
    assert out["x-tool"] == {"name": "other", "n": [1, 2]}
    assert out["organisation"]["x-crm-id"] == 42
    assert out["activities"][0]["x-note"] == "kept"
    assert out["activities"][0]["purposes"][0]["x-ticket"] == "GDPR-12"


@pytest.mark.parametrize(
    ("mutate", "path", "words"),
    [
        (lambda d: d["activities"][0].update(last_reviewed="2023-02-31"), "$.activities[0].last_reviewed", "date"),
        (lambda d: d["activities"][0]["purposes"][0].update(legal_basis="contrakt"),
         "$.activities[0].purposes[0].legal_basis", "contract"),
        (lambda d: d.update(colour="blue"), "$", "unknown field 'colour'"),
        (lambda d: d["activities"][0].update(data_categories=["no-such-category"]),
         "$.activities[0].data_categories[0]", "does not have"),
        (lambda d: d["activities"][0].update(transfers=[{"mechanism": "scc", "country": "US",
                                                          "scc": {"status": "signed"}}]),
         "$.activities[0].transfers[0]", "receiving party"),
        (lambda d: d["data_categories"].append(dict(d["data_categories"][0])), "$.data_categories", "used twice"),
        (lambda d: d["organisation"].pop("name"), "$.organisation.name", "required"),
        (lambda d: d["activities"][0]["purposes"][0].update(
            data_categories=[next(c["id"] for c in d["data_categories"]
                                  if c["id"] not in d["activities"][0]["data_categories"])]),
         "$.activities[0].purposes[0].data_categories[0]", "does not list it"),
        (lambda d: d["activities"][0].update(retention=[{"purposes": ["nope"], "period": "P1Y",
                                                          "description": "x"}]),
         "$.activities[0].retention[0].purposes[0]", "purpose 'nope'"),
        (lambda d: d["activities"][0].update(retention=[{"period": "P", "description": "x"}]),
         "$.activities[0].retention[0].period", "ISO 8601 duration"),
    ],
)
def test_invalid_document_is_refused_with_path_and_words(example_doc, mutate, path, words):
    doc = copy.deepcopy(example_doc)
    mutate(doc)
    with pytest.raises(DocumentError) as err:
        load_document_value(doc)
    messages = [str(i) for i in err.value.issues]
    assert any(m.startswith(path) and words in m for m in messages), messages


def test_not_a_register_and_broken_json_are_named():
    from ropa_desktop.interchange.jsonio import parse_document

    with pytest.raises(DocumentError, match=r"not valid JSON: .* line 1"):
        parse_document('{"format": ', source="broken.json")
    with pytest.raises(DocumentError, match="not a register"):
        parse_document('{"hello": 1}', source="other.json")
    with pytest.raises(DocumentError, match="version 2"):
        parse_document('{"format": "ropa-register", "version": 2}')


def test_text_in_a_language_outside_the_register_is_kept_with_a_warning(example_doc):
    doc = copy.deepcopy(example_doc)
    doc["activities"][0]["name"] = {doc["languages"][0]: "Namn", "fi": "Nimi"}
    loaded = load_document_value(doc)
    assert loaded.register.activities[0].name.get("fi") == "Nimi"
    assert any("'fi'" in w.message for w in loaded.warnings)


def test_reading_an_export_gives_back_the_same_register(example_doc):
    register = load_document_value(example_doc).register
    again = load_document_value(json.loads(dump_document(register))).register
    assert again == register
    assert "format" not in again.extras and "exported_at" not in again.extras


def test_the_shipped_schema_is_the_format_s_normative_schema():
    # The app validates with its own copy (it must work inside the bundle); the copy must
    # stay the contract in ../shared/register-format.
    from ropa_desktop.base.resources import resource_path

    shared = shared_format_file("register.schema.json")
    shipped = resource_path("schema", "register.schema.json").read_bytes()
    assert shipped == shared.read_bytes()


def test_the_fields_added_in_2026_12_survive_the_round_trip(example_doc_with_late_fields):
    import datetime as dt

    from ropa_desktop.domain.model import Dpf

    doc = example_doc_with_late_fields
    register = load_document_value(copy.deepcopy(doc)).register
    assert register.organisation.review_every == "P12M"
    activity = register.activities[0]
    assert activity.review_every == "P6M"
    assert activity.national_id_justification.text(doc["languages"][0]).startswith("Identity")
    assert activity.transfers[-1].dpf == Dpf(certified=True, checked_on=dt.date(2026, 11, 30),
                                             reference="https://www.dataprivacyframework.gov/list")
    # Absent stays absent: not recorded is not the same as any value.
    assert register.activities[1].review_every is MISSING
    assert all(t.dpf is MISSING for t in register.activities[1].transfers or [])

    first = dump_document(register)
    assert _without_timestamp(json.loads(first)) == _without_timestamp(doc)
    second = dump_document(load_document_value(json.loads(first)).register)
    assert [line for line in first.splitlines() if '"exported_at"' not in line] == [
        line for line in second.splitlines() if '"exported_at"' not in line]


def _last_transfer(doc: dict) -> dict:
    return doc["activities"][0]["transfers"][-1]


@pytest.mark.parametrize(
    ("mutate", "field", "words"),
    [
        (lambda d: _last_transfer(d)["dpf"].pop("certified"), "transfers[{t}].dpf.certified", "required"),
        (lambda d: _last_transfer(d)["dpf"].update(certified="yes"), "transfers[{t}].dpf.certified",
         "true or false"),
        (lambda d: _last_transfer(d)["dpf"].update(colour="blue"), "transfers[{t}].dpf", "unknown field 'colour'"),
        # Unlike every other object of the format, a dpf object takes no x- keys either.
        (lambda d: _last_transfer(d)["dpf"].update({"x-note": 1}), "transfers[{t}].dpf", "unknown field"),
        (lambda d: _last_transfer(d)["dpf"].update(checked_on="2026-02-30"), "transfers[{t}].dpf.checked_on",
         "date"),
        (lambda d: _last_transfer(d)["dpf"].update(reference=""), "transfers[{t}].dpf.reference", "empty"),
        (lambda d: _last_transfer(d).update(dpf=True), "transfers[{t}].dpf", "object"),
        (lambda d: d["activities"][0].update(review_every="12 months"), "review_every", "ISO 8601 duration"),
        (lambda d: d["activities"][0].update(review_every="P"), "review_every", "ISO 8601 duration"),
        (lambda d: d["activities"][0].update(review_every="P1YT"), "review_every", "ISO 8601 duration"),
        (lambda d: d["activities"][0].update(national_id_justification={}), "national_id_justification",
         "at least one text"),
    ],
)
def test_a_bad_value_of_a_field_added_in_2026_12_is_refused(example_doc_with_late_fields, mutate, field, words):
    doc = copy.deepcopy(example_doc_with_late_fields)
    mutate(doc)
    path = "$.activities[0]." + field.format(t=len(doc["activities"][0]["transfers"]) - 1)
    with pytest.raises(DocumentError) as err:
        load_document_value(doc)
    messages = [str(i) for i in err.value.issues]
    assert any(m.startswith(path) and words in m for m in messages), messages


def test_a_bad_organisation_review_interval_is_refused(example_doc_with_late_fields):
    doc = copy.deepcopy(example_doc_with_late_fields)
    doc["organisation"]["review_every"] = "yearly"
    with pytest.raises(DocumentError) as err:
        load_document_value(doc)
    assert [str(i) for i in err.value.issues] == [
        '$.organisation.review_every: "yearly" is not an ISO 8601 duration such as P12M, P7Y or P90D']


def test_a_justification_in_a_language_outside_the_register_is_kept_with_a_warning(example_doc_with_late_fields):
    doc = copy.deepcopy(example_doc_with_late_fields)
    doc["activities"][0]["national_id_justification"] = {doc["languages"][0]: "Text", "fi": "Teksti"}
    loaded = load_document_value(doc)
    assert loaded.register.activities[0].national_id_justification.get("fi") == "Teksti"
    assert [w.path for w in loaded.warnings] == ["$.activities[0].national_id_justification.fi"]
