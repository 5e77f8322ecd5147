"""Validate a ``ropa-register`` document: the JSON Schema, then the cross references.

Every problem becomes an :class:`Issue` naming the JSON path and saying in plain
words what is wrong, because the person reading it is a DPO, not a programmer.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError

from ropa_desktop.base.resources import resource_path
from ropa_desktop.base.worded import Worded
from ropa_desktop.interchange.fastcheck import compile_schema

SCHEMA_PATH = ("schema", "register.schema.json")


@dataclass(frozen=True, slots=True)
class Issue:
    path: str  # JSON path, e.g. $.activities[3].purposes[0].legal_basis
    message: str  # mostly Worded, so the GUI can say it in its language
    severity: str = "error"  # "error" refuses the import; "warning" is reported only

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@functools.cache
def schema() -> dict[str, Any]:
    with resource_path(*SCHEMA_PATH).open(encoding="utf-8") as fh:
        return json.load(fh)


@functools.cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(schema(), format_checker=FormatChecker())


def validate_document(doc: Any) -> list[Issue]:
    """All problems of ``doc``: schema errors first; cross references only when the shape is right."""
    issues = _schema_issues(doc)
    if issues:
        return issues
    return list(_reference_issues(doc))


# --- schema errors in words --------------------------------------------------------

# What a value of each kind must look like, as the whole message about the value found
# (whole sentences, so that each can be translated as one).
_FIELD_HINTS: dict[str, Callable[[str], Worded]] = {
    "Id": lambda value: Worded("{value} is not an id of lowercase letters a–z, digits and hyphens, starting "
                               "with a letter or digit (at most 64 characters)", value=value),
    "Date": lambda value: Worded("{value} is not a date written YYYY-MM-DD", value=value),
    "DateTime": lambda value: Worded("{value} is not a timestamp with a time zone, e.g. 2026-03-01T12:00:00Z",
                                     value=value),
    "Duration": lambda value: Worded("{value} is not an ISO 8601 duration such as P12M, P7Y or P90D", value=value),
    "Country": lambda value: Worded("{value} is not a two-letter ISO country code in capitals, e.g. SE",
                                    value=value),
    "LanguageCode": lambda value: Worded("{value} is not a two-letter language code in lowercase, e.g. sv",
                                         value=value),
    "Email": lambda value: Worded("{value} is not an e-mail address", value=value),
}


def _uri_hint(value: str) -> Worded:
    return Worded("{value} is not an absolute web address such as https://example.com", value=value)


@functools.cache
def _fast_check() -> Callable[[Any], bool]:
    return compile_schema(schema())


def _schema_issues(doc: Any) -> list[Issue]:
    # The fast check passes valid documents at once; anything it rejects goes to jsonschema,
    # which has the last word and the messages.
    if _fast_check()(doc):
        return []
    seen: dict[str, Issue] = {}
    for error in _validator().iter_errors(doc):
        issue = _describe(error)
        # One message per path: a bad date fails both 'format' and 'pattern'.
        seen.setdefault(issue.path, issue)
    return sorted(seen.values(), key=lambda i: _path_sort_key(i.path))


def _path_sort_key(path: str) -> list[Any]:
    import re

    return [int(p) if p.isdigit() else p for p in re.split(r"[\[\].]+", path) if p]


def _describe(error: ValidationError) -> Issue:
    path = error.json_path
    kind = error.validator
    value = error.instance
    ref_hint = _hint_for(error)

    if kind == "required":
        missing = error.message.split("'")[1] if "'" in error.message else "?"
        return Issue(f"{path}.{missing}" if path != "$" else f"$.{missing}", Worded("is required but missing"))
    if kind == "additionalProperties":
        extra = sorted(set(value) - set(error.schema.get("properties", {})))
        extra = [k for k in extra if not k.startswith("x-")]
        names = ", ".join(f"'{k}'" for k in extra)
        return Issue(
            path,
            Worded("has unknown field {names}: the format does not define it "
                   "(fields of your own must start with 'x-')", names=names),
        )
    if kind == "enum":
        # null is the value to write (the format's word for "none"), so it is shown as such.
        allowed = ", ".join("null" if v is None else str(v) for v in error.validator_value)
        return Issue(path, Worded("{value} is not allowed here; use one of: {allowed}",
                                  value=json.dumps(value, ensure_ascii=False), allowed=allowed))
    if kind == "const":
        return Issue(path, Worded("must be {expected}, not {value}", expected=json.dumps(error.validator_value),
                                  value=json.dumps(value)))
    if kind == "type":
        return Issue(path, Worded("must be {expected}, not {found}", expected=_type_words(error.validator_value),
                                  found=_type_words(_json_type(value))))
    # 'not' is how the schema refuses a duration without a component (P, P1YT): the same hint.
    if kind in ("pattern", "format", "not"):
        shown = json.dumps(value, ensure_ascii=False)
        return Issue(path, ref_hint(shown) if ref_hint else Worded("{value} is not in the expected form", value=shown))
    if kind == "minItems":
        n = error.validator_value
        return Issue(path, Worded("must not be empty") if n == 1
                     else Worded("must list at least {count} entries", count=n))
    if kind == "maxItems":
        if error.validator_value == 0 and path.endswith(".purposes"):
            return Issue(path, Worded("a processor activity has no purposes of its own (the controller decides them)"))
        return Issue(path, Worded("must list at most {count} entries", count=error.validator_value))
    if kind == "uniqueItems":
        return Issue(path, Worded("lists the same entry twice"))
    if kind == "minLength":
        return Issue(path, Worded("must not be empty"))
    if kind == "minProperties":
        return Issue(path, Worded("must hold at least one text"))
    if kind == "minimum":
        return Issue(path, Worded("{value} is too small: the least allowed is {limit}", value=value,
                                  limit=error.validator_value))
    if kind == "maximum":
        return Issue(path, Worded("{value} is too large: the most allowed is {limit}", value=value,
                                  limit=error.validator_value))
    if kind == "oneOf" and isinstance(value, dict) and {"processor", "recipient", "recipient_name"} & set(
        error.schema.get("properties", {})
    ) | _oneof_keys(error):
        present = [k for k in ("processor", "recipient", "recipient_name") if k in value]
        if not present:
            return Issue(path, Worded("names no receiving party: give one of processor, recipient or recipient_name"))
        return Issue(path, Worded("names more than one receiving party ({names}): give exactly one",
                                  names=", ".join(present)))
    if kind == "anyOf" and error.context:
        # LText or null-or-X: report the most relevant branch.
        best = _most_relevant(error.context)
        if best is not None:
            return _describe(best)
    if kind == "propertyNames":
        return Issue(path, Worded("has a key that is not a two-letter lowercase language code"))
    return Issue(path, error.message)


def _oneof_keys(error: ValidationError) -> set[str]:
    keys: set[str] = set()
    for branch in error.validator_value:
        keys.update(branch.get("required", []))
    return keys


def _most_relevant(errors: Iterable[ValidationError]) -> ValidationError | None:
    candidates = [e for e in errors if e.validator != "type"]
    if candidates:
        return candidates[0]
    return None


def _hint_for(error: ValidationError) -> Callable[[str], Worded] | None:
    for part in reversed(list(error.schema_path)):
        if isinstance(part, str) and part in _FIELD_HINTS:
            return _FIELD_HINTS[part]
    ref = error.schema.get("$ref", "") if isinstance(error.schema, dict) else ""
    for name, hint in _FIELD_HINTS.items():
        if ref.endswith(f"/{name}"):
            return hint
    # the schema fragment itself: compare with the defs
    defs = schema()["$defs"]
    for name, hint in _FIELD_HINTS.items():
        d = defs.get(name, {})
        if error.schema is d or (
            isinstance(error.schema, dict)
            and error.schema.get("pattern")
            and error.schema.get("pattern") == d.get("pattern")
        ):
            return hint
        for sub in d.get("allOf", []):
            if error.schema == sub:
                return hint
    if error.validator == "format":
        return {"date": _FIELD_HINTS["Date"], "date-time": _FIELD_HINTS["DateTime"],
                "email": _FIELD_HINTS["Email"], "uri": _uri_hint}.get(error.validator_value)
    if error.validator == "pattern" and "://" in str(error.validator_value):
        return _uri_hint
    return None


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


_TYPE_WORDS = {
    "string": Worded("a text"),
    "object": Worded("an object with fields"),
    "array": Worded("a list"),
    "boolean": Worded("true or false"),
    "integer": Worded("a whole number"),
    "number": Worded("a number"),
}


def _type_words(kind: Any) -> str:
    if isinstance(kind, list):
        words = [_type_words(k) for k in kind]
        result = words[-1]
        for word in reversed(words[:-1]):
            result = Worded("{first} or {second}", first=word, second=result)
        return result
    return _TYPE_WORDS.get(kind, str(kind))  # "null" is the format's own word


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
            yield from refs(f"{p_path}.data_subjects", purpose.get("data_subjects"), "data_subject_categories")
            yield from refs(f"{p_path}.data_categories", purpose.get("data_categories"), "data_categories")
            yield from subset(f"{p_path}.data_subjects", purpose.get("data_subjects"), a_subjects,
                              "data_subject_categories")
            yield from subset(f"{p_path}.data_categories", purpose.get("data_categories"), a_categories,
                              "data_categories")

        for r_index, rule in enumerate(activity.get("retention", [])):
            r_path = f"{base}.retention[{r_index}]"
            for j, ref in enumerate(rule.get("purposes") or []):
                if ref not in purpose_ids:
                    yield Issue(f"{r_path}.purposes[{j}]",
                                Worded("refers to the purpose '{id}', which this activity does not have", id=ref))
            yield from refs(f"{r_path}.data_subjects", rule.get("data_subjects"), "data_subject_categories")
            yield from refs(f"{r_path}.data_categories", rule.get("data_categories"), "data_categories")
            yield from subset(f"{r_path}.data_subjects", rule.get("data_subjects"), a_subjects,
                              "data_subject_categories")
            yield from subset(f"{r_path}.data_categories", rule.get("data_categories"), a_categories,
                              "data_categories")

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
