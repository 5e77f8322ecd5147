"""The third step of an import: rules across items, once the schema has passed.

Ids a document refers to must exist (and a purpose or retention rule may narrow only what
its activity lists); country codes must name a known country, the lead supervisory authority
an EU/EEA state; a transfer goes to a third country (Chapter V), never to an EU/EEA state;
a whole number is written as one. Each problem is an :class:`Issue` with its JSON path.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

from ropa_desktop.base.worded import Worded
from ropa_desktop.interchange.issues import Issue, json_path_of
from ropa_desktop.reference import all_countries, authority_for, is_eea

# --- cross references ------------------------------------------------------------

_CATALOGUES = {
    "data_subject_categories": Worded("data subject category"),
    "data_categories": Worded("data category"),
    "recipients": Worded("recipient"),
    "processors": Worded("processor"),
    "security_measures": Worded("security measure"),
}


def _missing_ref(catalogue: str, ref: str) -> Worded:
    return Worded("refers to the {kind} '{id}', which the register does not have", kind=_CATALOGUES[catalogue],
                  id=ref)


def _not_in_activity(catalogue: str, ref: str) -> Worded:
    if catalogue == "data_subject_categories":
        return Worded("'{id}' narrows the activity's data subject categories, but the activity does not list it",
                      id=ref)
    return Worded("'{id}' narrows the activity's data categories, but the activity does not list it", id=ref)


def _reference_issues(doc: dict[str, Any]) -> Iterator[Issue]:
    ids: dict[str, set[str]] = {}
    for key, noun in _CATALOGUES.items():
        ids[key] = set()
        for i, item in enumerate(doc.get(key, [])):
            if item["id"] in ids[key]:
                yield Issue(f"$.{key}[{i}].id", Worded("the {kind} id '{id}' is used twice", kind=noun,
                                                        id=item["id"]))
            ids[key].add(item["id"])
        yield from _ltext_language_warnings(doc, key)

    languages = set(doc["languages"])
    activity_ids: set[str] = set()
    for a_index, activity in enumerate(doc["activities"]):
        base = f"$.activities[{a_index}]"
        if activity["id"] in activity_ids:
            yield Issue(f"{base}.id", Worded("the activity id '{id}' is used twice", id=activity["id"]))
        activity_ids.add(activity["id"])

        def refs(path: str, values: list[str] | None, catalogue: str) -> Iterator[Issue]:
            for j, ref in enumerate(values or []):
                if ref not in ids[catalogue]:
                    yield Issue(f"{path}[{j}]", _missing_ref(catalogue, ref))

        def subset(path: str, values: list[str] | None, allowed: list[str], catalogue: str) -> Iterator[Issue]:
            # Unknown ids are reported by refs(); here only known ids the activity does not list.
            for j, ref in enumerate(values or []):
                if ref in ids[catalogue] and ref not in allowed:
                    yield Issue(f"{path}[{j}]", _not_in_activity(catalogue, ref))

        a_subjects = activity["data_subjects"]
        a_categories = activity["data_categories"]

        lists = (("data_subjects", "data_subject_categories", a_subjects),
                 ("data_categories", "data_categories", a_categories))

        def narrowing(path: str, item: dict[str, Any], lists: tuple = lists) -> Iterator[Issue]:
            """A purpose's or retention rule's narrowing: known ids, and among the activity's own."""
            for key, catalogue, _ in lists:
                yield from refs(f"{path}.{key}", item.get(key), catalogue)
            for key, catalogue, allowed in lists:
                yield from subset(f"{path}.{key}", item.get(key), allowed, catalogue)
        yield from refs(f"{base}.data_subjects", a_subjects, "data_subject_categories")
        yield from refs(f"{base}.data_categories", a_categories, "data_categories")
        yield from refs(f"{base}.recipients", activity.get("recipients"), "recipients")
        yield from refs(f"{base}.processors", activity.get("processors"), "processors")
        yield from refs(f"{base}.security_measures", activity.get("security_measures"), "security_measures")

        purpose_ids: set[str] = set()
        for p_index, purpose in enumerate(activity.get("purposes", [])):
            p_path = f"{base}.purposes[{p_index}]"
            if purpose["id"] in purpose_ids:
                yield Issue(f"{p_path}.id", Worded("the purpose id '{id}' is used twice in this activity",
                                                   id=purpose["id"]))
            purpose_ids.add(purpose["id"])
            yield from narrowing(p_path, purpose)

        for r_index, rule in enumerate(activity.get("retention", [])):
            r_path = f"{base}.retention[{r_index}]"
            for j, ref in enumerate(rule.get("purposes") or []):
                if ref not in purpose_ids:
                    yield Issue(f"{r_path}.purposes[{j}]",
                                Worded("refers to the purpose '{id}', which this activity does not have", id=ref))
            yield from narrowing(r_path, rule)

        for t_index, transfer in enumerate(activity.get("transfers", [])):
            t_path = f"{base}.transfers[{t_index}]"
            if "processor" in transfer and transfer["processor"] not in ids["processors"]:
                yield Issue(f"{t_path}.processor",
                            _missing_ref("processors", transfer["processor"]))
            if "recipient" in transfer and transfer["recipient"] not in ids["recipients"]:
                yield Issue(f"{t_path}.recipient",
                            _missing_ref("recipients", transfer["recipient"]))
    yield from _ltext_language_warnings(doc, "activities")
    yield from (
        Issue(i.path, i.message, "warning")
        for i in _foreign_language_keys(doc.get("organisation", {}), "$.organisation", languages)
    )


def _ltext_language_warnings(doc: dict[str, Any], key: str) -> Iterator[Issue]:
    languages = set(doc["languages"])
    for i, item in enumerate(doc.get(key, [])):
        yield from _foreign_language_keys(item, f"$.{key}[{i}]", languages)


# Every LText field of the format by name (a key with an object value that is not listed
# here is walked into as a nested object, so a missing name loses its language warnings).
_LTEXT_FIELDS = {
    "name", "description", "complaints_contact", "service", "responsibilities", "legitimate_interest",
    "law_reference", "supplementary_measures", "copy_available", "trigger", "logic", "consequences",
    "requirement", "national_id_justification",
}


def _foreign_language_keys(value: Any, path: str, languages: set[str]) -> Iterator[Issue]:
    if isinstance(value, dict):
        for key, sub in value.items():
            if key.startswith("x-"):
                continue
            if key in _LTEXT_FIELDS and isinstance(sub, dict):
                for lang in sub:
                    if lang not in languages:
                        yield Issue(
                            f"{path}.{key}.{lang}",
                            Worded("has a text in '{lang}', which is not among the register's languages; it is kept",
                                   lang=lang),
                            "warning",
                        )
            else:
                yield from _foreign_language_keys(sub, f"{path}.{key}", languages)
    elif isinstance(value, list):
        for i, sub in enumerate(value):
            yield from _foreign_language_keys(sub, f"{path}[{i}]", languages)


def cross_item_issues(doc: dict[str, Any]) -> list[Issue]:
    """Every problem across items of a document whose shape the schema has passed (and warnings)."""
    return [*_reference_issues(doc), *_code_issues(doc, ()), *_transfer_issues(doc)]


# --- code lists --------------------------------------------------------------------

_COUNTRY_FIELDS = frozenset({"country", "supervisory_authority"})


@cache
def _known_countries() -> frozenset[str]:
    return frozenset(code for code, _ in all_countries("en"))


def _code_issues(value: Any, path: tuple[str | int, ...]) -> Iterator[Issue]:
    """Country codes wherever the format has them (the schema checks only their shape)."""
    if isinstance(value, dict):
        for key, sub in value.items():
            if key.startswith("x-"):
                continue  # extensions are the writer's own; the format gives them no meaning
            here = (*path, key)
            if key in _COUNTRY_FIELDS and isinstance(sub, str):
                yield from _country_issues(sub, here, authority=key == "supervisory_authority")
            elif key == "processing_locations" and isinstance(sub, list):
                for index, code in enumerate(sub):
                    if isinstance(code, str):
                        yield from _country_issues(code, (*here, index), authority=False)
            else:
                yield from _code_issues(sub, here)
    elif isinstance(value, list):
        for index, sub in enumerate(value):
            yield from _code_issues(sub, (*path, index))


def _country_issues(code: str, path: tuple[str | int, ...], *, authority: bool) -> Iterator[Issue]:
    if code not in _known_countries():
        yield Issue(json_path_of(path), Worded("'{code}' is not the code of a known country (ISO 3166-1 "
                                               "alpha-2, e.g. SE)", code=code))
    elif authority and authority_for(code) is None:
        # The same rule as `ropa init --country`: the lead authority is one of the EU/EEA's.
        yield Issue(json_path_of(path), Worded("'{code}' is not an EU/EEA country with a supervisory "
                                               "authority ropa-desktop knows", code=code))


# --- transfers ---------------------------------------------------------------------


def _transfer_issues(doc: dict[str, Any]) -> Iterator[Issue]:
    for a_index, activity in enumerate(doc["activities"]):
        for t_index, transfer in enumerate(activity.get("transfers", [])):
            path = ("activities", a_index, "transfers", t_index)
            country = transfer.get("country")
            if isinstance(country, str) and country in _known_countries() and is_eea(country):
                # The format lets an importer refuse it or keep it as no transfer; keeping it would
                # show a Chapter V transfer in the register, so it is refused, naming the transfer.
                party = transfer.get("processor") or transfer.get("recipient") or transfer.get("recipient_name")
                yield Issue(json_path_of((*path, "country")), Worded(
                    "the transfer to '{party}' goes to {country}, an EU/EEA state: that is not a transfer "
                    "to a third country (GDPR Chapter V); remove it from the activity's transfers",
                    party=party, country=country))
            module = (transfer.get("scc") or {}).get("module")
            if isinstance(module, float):
                # JSON Schema counts 2.0 as an integer; the format's module is a whole number, written as one.
                yield Issue(json_path_of((*path, "scc", "module")),
                            Worded("must be a whole number written without a decimal point, not {value}",
                                   value=repr(module)))
