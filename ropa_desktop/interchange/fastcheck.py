"""A fast yes/no validity check for the register schema, compiled to closures.

``jsonschema`` stays the authority: it gives the messages and decides every
document this check rejects. This check only lets a valid document through
quickly (jsonschema takes about 4 s per 1,000 activities on our reference
machine, this about a tenth of that). It implements exactly the keywords the
schema uses; a schema with any other keyword is refused at compile time, and
tests compare its verdict with jsonschema's on many altered documents.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

Check = Callable[[Any], bool]

_ANNOTATIONS = {"$schema", "$id", "$comment", "title", "description", "default", "$defs", "examples"}
_TYPES: dict[str, Callable[[Any], bool]] = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "integer": lambda v: (isinstance(v, int) and not isinstance(v, bool))
    or (isinstance(v, float) and v.is_integer()),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
}


def _format_date(v: Any) -> bool:
    if not isinstance(v, str):
        return True
    try:
        dt.date.fromisoformat(v)
    except ValueError:
        return False
    return len(v) == 10


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")


def _format_email(v: Any) -> bool:
    return not isinstance(v, str) or "@" in v


def _format_datetime(v: Any) -> bool:
    if not isinstance(v, str):
        return True
    try:
        dt.datetime.fromisoformat(v.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return False
    return True


_FORMATS: dict[str, Check] = {"date": _format_date, "email": _format_email, "date-time": _format_datetime}


def _equal(a: Any, b: Any) -> bool:
    """JSON equality: 1 == 1.0, but True != 1."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    return a == b


def compile_schema(schema: dict[str, Any]) -> Check:
    root = schema
    cache: dict[str, Check] = {}

    def ref(pointer: str) -> Check:
        if pointer not in cache:
            if not pointer.startswith("#/$defs/"):
                raise ValueError(f"unsupported $ref {pointer}")
            # A forward slot so that recursive references would work.
            slot: list[Check] = []
            cache[pointer] = lambda v: slot[0](v)
            slot.append(build(root["$defs"][pointer.removeprefix("#/$defs/")]))
            cache[pointer] = slot[0]
        return cache[pointer]

    def build(node: Any) -> Check:
        if node is True:
            return lambda v: True
        if node is False:
            return lambda v: False
        checks: list[Check] = []
        keys = set(node)
        unknown = keys - _ANNOTATIONS - _KEYWORDS
        if unknown:
            raise ValueError(f"fastcheck does not implement {sorted(unknown)}")
        if "$ref" in node:
            target = node["$ref"]
            resolved: list[Check] = []

            def via_ref(v: Any, target: str = target, resolved: list[Check] = resolved) -> bool:
                if not resolved:
                    resolved.append(ref(target))
                return resolved[0](v)

            checks.append(via_ref)
        if "type" in node:
            kinds = node["type"] if isinstance(node["type"], list) else [node["type"]]
            tests = [_TYPES[k] for k in kinds]
            if kinds == ["string"]:
                checks.append(lambda v: isinstance(v, str))
            elif kinds == ["object"]:
                checks.append(lambda v: isinstance(v, dict))
            elif kinds == ["array"]:
                checks.append(lambda v: isinstance(v, list))
            elif len(tests) == 1:
                checks.append(tests[0])
            else:
                checks.append(lambda v: any(t(v) for t in tests))
        if "const" in node:
            const = node["const"]
            checks.append(lambda v: _equal(v, const))
        if "enum" in node:
            options = node["enum"]
            strings = frozenset(o for o in options if isinstance(o, str))
            others = [o for o in options if not isinstance(o, str)]

            def in_enum(v: Any, strings: frozenset[str] = strings, others: list[Any] = others) -> bool:
                if isinstance(v, str):
                    return v in strings
                return any(_equal(v, o) for o in others)

            checks.append(in_enum)
        if "pattern" in node:
            search = re.compile(node["pattern"]).search
            checks.append(lambda v: not isinstance(v, str) or search(v) is not None)
        if "format" in node and node["format"] in _FORMATS:
            checks.append(_FORMATS[node["format"]])
        if "minLength" in node:
            n = node["minLength"]
            checks.append(lambda v: not isinstance(v, str) or len(v) >= n)
        if "minimum" in node:
            lo = node["minimum"]
            checks.append(lambda v: not _TYPES["number"](v) or v >= lo)
        if "maximum" in node:
            hi = node["maximum"]
            checks.append(lambda v: not _TYPES["number"](v) or v <= hi)
        if "minItems" in node:
            n = node["minItems"]
            checks.append(lambda v: not isinstance(v, list) or len(v) >= n)
        if "maxItems" in node:
            n = node["maxItems"]
            checks.append(lambda v: not isinstance(v, list) or len(v) <= n)
        if node.get("uniqueItems"):
            checks.append(_unique)
        if "items" in node:
            item = build(node["items"])

            def each_item(v: Any, item: Check = item) -> bool:
                if isinstance(v, list):
                    for x in v:
                        if not item(x):
                            return False
                return True

            checks.append(each_item)
        if "minProperties" in node:
            n = node["minProperties"]
            checks.append(lambda v: not isinstance(v, dict) or len(v) >= n)
        if "required" in node:
            req = tuple(node["required"])
            checks.append(lambda v: not isinstance(v, dict) or all(k in v for k in req))
        if "propertyNames" in node:
            name_check = build(node["propertyNames"])
            checks.append(lambda v: not isinstance(v, dict) or all(name_check(k) for k in v))
        if {"properties", "patternProperties", "additionalProperties"} & keys:
            checks.append(_object_check(node, build))
        if "allOf" in node:
            parts = tuple(build(s) for s in node["allOf"])
            checks.append(lambda v, parts=parts: all(p(v) for p in parts))
        if "anyOf" in node:
            parts = tuple(build(s) for s in node["anyOf"])

            def any_of(v: Any, parts: tuple[Check, ...] = parts) -> bool:
                # A plain loop: a generator costs a frame per call on the hottest path.
                for p in parts:  # noqa: SIM110
                    if p(v):
                        return True
                return False

            checks.append(any_of)
        if "oneOf" in node:
            parts = [build(s) for s in node["oneOf"]]
            checks.append(lambda v: sum(1 for p in parts if p(v)) == 1)
        if "not" in node:
            negated = build(node["not"])
            checks.append(lambda v: not negated(v))
        if "if" in node:
            cond = build(node["if"])
            then = build(node["then"]) if "then" in node else (lambda v: True)
            other = build(node["else"]) if "else" in node else (lambda v: True)
            checks.append(lambda v: then(v) if cond(v) else other(v))
        if not checks:
            return lambda v: True
        if len(checks) == 1:
            return checks[0]
        if len(checks) == 2:
            first, second = checks
            return lambda v: first(v) and second(v)

        def every(v: Any, checks: tuple[Check, ...] = tuple(checks)) -> bool:
            for c in checks:  # noqa: SIM110 (see any_of)
                if not c(v):
                    return False
            return True

        return every

    return build(schema)


_KEYWORDS = {
    "$ref", "type", "const", "enum", "pattern", "format", "minLength", "minimum", "maximum", "minItems",
    "maxItems", "uniqueItems", "items", "minProperties", "required", "propertyNames", "properties",
    "patternProperties", "additionalProperties", "allOf", "anyOf", "oneOf", "not", "if", "then", "else",
}


def _unique(v: Any) -> bool:
    if not isinstance(v, list):
        return True
    try:
        return len({_freeze(x) for x in v}) == len(v)
    except TypeError:
        return True


def _freeze(x: Any) -> Any:
    if isinstance(x, dict):
        return ("d", frozenset((k, _freeze(v)) for k, v in x.items()))
    if isinstance(x, list):
        return ("l", tuple(_freeze(v) for v in x))
    if isinstance(x, bool):
        return ("b", x)
    return x


def _key_matcher(pattern: str) -> Callable[[str], bool]:
    # '^x-' (every pattern the schema has) is a prefix test; a regex costs ten times more.
    literal = pattern[1:]
    if pattern.startswith("^") and literal and not any(ch in literal for ch in ".^$*+?{}[]\\|()"):
        return lambda key: key.startswith(literal)
    search = re.compile(pattern).search
    return lambda key: search(key) is not None


def _object_check(node: dict[str, Any], build: Callable[[Any], Check]) -> Check:
    props = {k: build(s) for k, s in node.get("properties", {}).items()}
    patterns = [(_key_matcher(p), build(s)) for p, s in node.get("patternProperties", {}).items()]
    extra = node.get("additionalProperties", True)
    extra_check = build(extra) if isinstance(extra, dict) else None

    def check(v: Any) -> bool:
        if not isinstance(v, dict):
            return True
        for key, value in v.items():
            known = False
            sub = props.get(key)
            if sub is not None:
                known = True
                if not sub(value):
                    return False
            for matches, pcheck in patterns:
                if matches(key):
                    known = True
                    if not pcheck(value):
                        return False
            if not known:
                if extra is False:
                    return False
                if extra_check is not None and not extra_check(value):
                    return False
        return True

    return check
