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

from ropa_desktop.interchange.fastcheck import compile_schema
from ropa_desktop.resources import resource_path

SCHEMA_PATH = ("schema", "register.schema.json")


@dataclass(frozen=True, slots=True)
class Issue:
    path: str  # JSON path, e.g. $.activities[3].purposes[0].legal_basis
    message: str
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

_FIELD_HINTS = {
    "Id": "an id of lowercase letters a–z, digits and hyphens, starting with a letter or digit "
    "(at most 64 characters)",
    "Date": "a date written YYYY-MM-DD",
    "DateTime": "a timestamp with a time zone, e.g. 2026-03-01T12:00:00Z",
    "Duration": "an ISO 8601 duration such as P12M, P7Y or P90D",
    "Country": "a two-letter ISO country code in capitals, e.g. SE",
    "LanguageCode": "a two-letter language code in lowercase, e.g. sv",
    "Email": "an e-mail address",
}


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
        return Issue(f"{path}.{missing}" if path != "$" else f"$.{missing}", "is required but missing")
    if kind == "additionalProperties":
        extra = sorted(set(value) - set(error.schema.get("properties", {})))
        extra = [k for k in extra if not k.startswith("x-")]
        names = ", ".join(f"'{k}'" for k in extra)
        return Issue(
            path,
            f"has unknown field {names}: the format does not define it "
            "(fields of your own must start with 'x-')",
        )
    if kind == "enum":
        allowed = ", ".join("none (null)" if v is None else str(v) for v in error.validator_value)
        return Issue(path, f"{json.dumps(value, ensure_ascii=False)} is not allowed here; use one of: {allowed}")
    if kind == "const":
        return Issue(path, f"must be {json.dumps(error.validator_value)}, not {json.dumps(value)}")
    if kind == "type":
        return Issue(path, f"must be {_type_words(error.validator_value)}, not {_type_words(_json_type(value))}")
    if kind in ("pattern", "format"):
        if ref_hint:
            return Issue(path, f"{json.dumps(value, ensure_ascii=False)} is not {ref_hint}")
        return Issue(path, f"{json.dumps(value, ensure_ascii=False)} is not in the expected form")
    if kind == "minItems":
        n = error.validator_value
        return Issue(path, "must not be empty" if n == 1 else f"must list at least {n} entries")
    if kind == "maxItems":
        if error.validator_value == 0 and path.endswith(".purposes"):
            return Issue(path, "a processor activity has no purposes of its own (the controller decides them)")
        return Issue(path, f"must list at most {error.validator_value} entries")
    if kind == "uniqueItems":
        return Issue(path, "lists the same entry twice")
    if kind == "minLength":
        return Issue(path, "must not be empty")
    if kind == "minProperties":
        return Issue(path, "must hold at least one text")
    if kind in ("minimum", "maximum"):
        return Issue(path, f"{value} is out of range ({kind} {error.validator_value})")
    if kind == "oneOf" and isinstance(value, dict) and {"processor", "recipient", "recipient_name"} & set(
        error.schema.get("properties", {})
    ) | _oneof_keys(error):
        present = [k for k in ("processor", "recipient", "recipient_name") if k in value]
        if not present:
            return Issue(path, "names no receiving party: give one of processor, recipient or recipient_name")
        return Issue(path, f"names more than one receiving party ({', '.join(present)}): give exactly one")
    if kind == "anyOf" and error.context:
        # LText or null-or-X: report the most relevant branch.
        best = _most_relevant(error.context)
        if best is not None:
            return _describe(best)
    if kind == "propertyNames":
        return Issue(path, "has a key that is not a two-letter lowercase language code")
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


def _hint_for(error: ValidationError) -> str | None:
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
                "email": _FIELD_HINTS["Email"], "uri": "an absolute web address such as https://example.com"}.get(
            error.validator_value
        )
    if error.validator == "pattern" and "://" in str(error.validator_value):
        return "an absolute web address such as https://example.com"
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


def _type_words(kind: Any) -> str:
    words = {
        "string": "a text",
        "object": "an object with fields",
        "array": "a list",
        "boolean": "true or false",
        "integer": "a whole number",
        "number": "a number",
        "null": "null",
    }
    if isinstance(kind, list):
        return " or ".join(words.get(k, k) for k in kind)
    return words.get(kind, str(kind))


# --- cross references ------------------------------------------------------------

_CATALOGUES = {
    "data_subject_categories": "data subject category",
    "data_categories": "data category",
    "recipients": "recipient",
    "processors": "processor",
    "security_measures": "security measure",
}


def _reference_issues(doc: dict[str, Any]) -> Iterator[Issue]:
    ids: dict[str, set[str]] = {}
    for key, noun in _CATALOGUES.items():
        ids[key] = set()
        for i, item in enumerate(doc.get(key, [])):
            if item["id"] in ids[key]:
                yield Issue(f"$.{key}[{i}].id", f"the {noun} id '{item['id']}' is used twice")
            ids[key].add(item["id"])
        yield from _ltext_language_warnings(doc, key)

    languages = set(doc["languages"])
    activity_ids: set[str] = set()
    for a_index, activity in enumerate(doc["activities"]):
        base = f"$.activities[{a_index}]"
        if activity["id"] in activity_ids:
            yield Issue(f"{base}.id", f"the activity id '{activity['id']}' is used twice")
        activity_ids.add(activity["id"])

        def refs(path: str, values: list[str] | None, catalogue: str) -> Iterator[Issue]:
            for j, ref in enumerate(values or []):
                if ref not in ids[catalogue]:
                    yield Issue(
                        f"{path}[{j}]",
                        f"refers to the {_CATALOGUES[catalogue]} '{ref}', which the register does not have",
                    )

        def subset(path: str, values: list[str] | None, allowed: list[str], catalogue: str) -> Iterator[Issue]:
            # Unknown ids are reported by refs(); here only known ids the activity does not list.
            for j, ref in enumerate(values or []):
                if ref in ids[catalogue] and ref not in allowed:
                    yield Issue(
                        f"{path}[{j}]",
                        f"'{ref}' narrows the activity's {catalogue.replace('_', ' ')}, "
                        "but the activity does not list it",
                    )

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
                yield Issue(f"{p_path}.id", f"the purpose id '{purpose['id']}' is used twice in this activity")
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
                                f"refers to the purpose '{ref}', which this activity does not have")
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
                            f"refers to the processor '{transfer['processor']}', which the register does not have")
            if "recipient" in transfer and transfer["recipient"] not in ids["recipients"]:
                yield Issue(f"{t_path}.recipient",
                            f"refers to the recipient '{transfer['recipient']}', which the register does not have")
    yield from _ltext_language_warnings(doc, "activities")
    yield from (
        Issue(i.path, i.message, "warning")
        for i in _foreign_language_keys(doc.get("organisation", {}), "$.organisation", languages)
    )


def _ltext_language_warnings(doc: dict[str, Any], key: str) -> Iterator[Issue]:
    languages = set(doc["languages"])
    for i, item in enumerate(doc.get(key, [])):
        yield from _foreign_language_keys(item, f"$.{key}[{i}]", languages)


_LTEXT_FIELDS = {
    "name", "description", "complaints_contact", "service", "responsibilities", "legitimate_interest",
    "law_reference", "supplementary_measures", "copy_available", "trigger", "logic", "consequences",
    "requirement",
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
                            f"has a text in '{lang}', which is not among the register's languages; it is kept",
                            "warning",
                        )
            else:
                yield from _foreign_language_keys(sub, f"{path}.{key}", languages)
    elif isinstance(value, list):
        for i, sub in enumerate(value):
            yield from _foreign_language_keys(sub, f"{path}[{i}]", languages)
