"""Validate a ``ropa-register`` value: the import pipeline's three steps, and the schema's words.

1. the parse guard (:mod:`parse_guard`): what JSON Schema cannot say (duplicate keys, NaN,
   depth, control characters, lengths, unkept numbers);
2. the JSON Schema: jsonschema-rs says yes or no quickly; a document it refuses goes to
   jsonschema, whose errors carry what the messages need (``bench/bench_validation.py``
   compares the two verdicts and error paths on a few hundred altered documents);
3. rules across items (:mod:`cross_rules`): references between ids, and code lists.

Each step runs only when the one before found nothing, so a later step may rely on the
shape the earlier ones promise. Every problem becomes an :class:`Issue` naming the JSON
path and saying in plain words what is wrong, because the person reading it is a DPO,
not a programmer.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import jsonschema_rs

from ropa_desktop.base.resources import resource_path
from ropa_desktop.base.worded import Worded
from ropa_desktop.interchange.cross_rules import cross_item_issues
from ropa_desktop.interchange.issues import Issue
from ropa_desktop.interchange.parse_guard import guard_issues

SCHEMA_PATH = ("schema", "register.schema.json")

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

__all__ = ["Issue", "schema", "schema_and_rule_issues", "validate_document"]


@functools.cache
def schema() -> dict[str, Any]:
    with resource_path(*SCHEMA_PATH).open(encoding="utf-8") as fh:
        return json.load(fh)


@functools.cache
def _validator() -> Draft202012Validator:
    # Only for a document jsonschema-rs refused (its errors word the messages): importing
    # jsonschema costs ~0.15 s and ~10 MB, which a valid document never needs.
    from jsonschema import Draft202012Validator, FormatChecker

    return Draft202012Validator(schema(), format_checker=FormatChecker())


def validate_document(doc: Any) -> list[Issue]:
    """All problems of ``doc`` found by the first step that finds any (see the module's steps)."""
    return guard_issues(doc) or schema_and_rule_issues(doc)


def schema_and_rule_issues(doc: Any) -> list[Issue]:
    """Steps 2 and 3, for a value the parse guard has passed."""
    return _schema_issues(doc) or cross_item_issues(doc)


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
def _fast_validator() -> jsonschema_rs.Draft202012Validator:
    return jsonschema_rs.Draft202012Validator(schema(), validate_formats=True)


def _schema_issues(doc: Any) -> list[Issue]:
    # jsonschema-rs passes a valid document in well under a millisecond, a tenth of what
    # our former hand-written check took and a few hundredth of jsonschema's time; a document
    # it refuses goes to jsonschema, whose errors give the messages.
    if _fast_validator().is_valid(doc):
        return []
    seen: dict[str, Issue] = {}
    for error in _validator().iter_errors(doc):
        issue = _describe(error)
        # One message per path: a bad date fails both 'format' and 'pattern'.
        seen.setdefault(issue.path, issue)
    return sorted(seen.values(), key=lambda i: _path_sort_key(i.path))


def _path_sort_key(path: str) -> list[Any]:
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


