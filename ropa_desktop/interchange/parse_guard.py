"""The first step of an import: what JSON Schema cannot say about a document.

The format ("Answers to questions raised in use") makes an importer refuse, naming the JSON
path and the reason and changing nothing: a duplicate key in an object; NaN and Infinity;
nesting deeper than 100 levels; text that is not valid Unicode (invalid UTF-8, a lone
surrogate); C0 control characters other than TAB, LF and CR; a name over 500 characters or
another text over 50,000; a number that cannot be kept exactly. Python's ``json`` accepts
all of these (the last key wins, NaN is a float, a surrogate is a str), and some of them
crash it (RecursionError, ValueError for 5,000 digits), so the parser's hooks turn each into
a marker that :func:`guard_issues` finds with its path after parsing.

A file is read to at most :data:`MAX_BYTES` (a synthetic register of 10,000 activities is about 36 MB),
so ``/dev/zero`` or a wrong multi-gigabyte file is refused instead of filling the memory.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from ropa_desktop.base.worded import Worded, WordedError
from ropa_desktop.interchange.issues import Issue, json_path_of

MAX_BYTES = 200 * 1024 * 1024  # 200 MB; said in the refusal
MAX_DEPTH = 100
MAX_NAME = 500
MAX_TEXT = 50_000
NAME_FIELDS = frozenset({"name", "trade_name", "recipient_name"})
_CHUNK = 1024 * 1024

# C0 controls but TAB, LF, CR; and the surrogate range, which only a lone surrogate can reach in a str.
_BAD_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


class ParseRefused(WordedError):
    """The bytes are not a JSON text the format allows (the caller adds the document's name)."""


# --- reading and parsing -----------------------------------------------------------


def read_bounded(path: Path) -> bytes:
    """The file's bytes, refusing early a file that is not text or is larger than MAX_BYTES.

    Reads in chunks, so a device that never ends (/dev/zero) stops at its first chunk: a raw
    NUL byte is never part of a JSON text.
    """
    chunks: list[bytes] = []
    size = 0
    with path.open("rb") as fh:
        while True:
            chunk = fh.read(_CHUNK)
            if not chunk:
                return b"".join(chunks)
            if b"\x00" in chunk:
                raise ParseRefused("it is not a text file (it holds NUL bytes)")
            size += len(chunk)
            if size > MAX_BYTES:
                raise ParseRefused("it is larger than {limit} MB, far more than any register needs; "
                                   "is it the right file?", limit=MAX_BYTES // (1024 * 1024))
            chunks.append(chunk)


def decode_text(data: bytes) -> str:
    """UTF-8 (a leading byte order mark is allowed); anything else is refused with the position."""
    if b"\x00" in data:
        raise ParseRefused("it is not a text file (it holds NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ParseRefused("it is not UTF-8 text: the byte at position {offset} cannot be read as UTF-8",
                           offset=exc.start) from None


@dataclass(frozen=True, slots=True)
class _Duplicate:
    """Stands for an object in which ``key`` appears more than once."""

    key: str


@dataclass(frozen=True, slots=True)
class _Unkept:
    """Stands for a number the parser could not keep exactly; ``reason`` says why."""

    reason: Worded


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any] | _Duplicate:
    result = dict(pairs)
    if len(result) == len(pairs):
        return result
    seen: set[str] = set()
    for key, _ in pairs:
        if key in seen:
            return _Duplicate(key)
        seen.add(key)
    raise AssertionError("unreachable: a shorter dict has a repeated key")


def _constant(name: str) -> _Unkept:
    return _Unkept(Worded("{value} is not a number JSON allows (NaN and Infinity are not JSON)", value=name))


def _integer(text: str) -> int | _Unkept:
    try:
        return int(text)
    except ValueError:  # more digits than Python converts (sys.get_int_max_str_digits)
        return _Unkept(Worded("a number of {digits} digits cannot be kept exactly; ropa-desktop keeps numbers "
                              "of up to {limit} digits", digits=len(text.lstrip("-")), limit=4300))


def _float(text: str) -> float | _Unkept:
    value = float(text)
    if not math.isfinite(value):
        return _Unkept(Worded("{value} is too large to keep as a number", value=_short(text)))
    # The value written back (repr) must be the value read: 0.1 is, 1.00000000000000000001 is not.
    if Decimal(text) != Decimal(repr(value)):
        return _Unkept(Worded("{value} has more digits than a number can keep exactly; it would be changed",
                              value=_short(text)))
    return value


def _short(text: str) -> str:
    return text if len(text) <= 30 else text[:27] + "…"


def parse_json(text: str) -> Any:
    """The JSON value, with markers in place of duplicate keys and unkept numbers."""
    try:
        return json.loads(text, object_pairs_hook=_object, parse_constant=_constant, parse_int=_integer,
                          parse_float=_float)
    except RecursionError:
        # The C parser gives up near the interpreter's recursion limit (about 1,000 levels);
        # anything between 100 levels and that is found by guard_issues with its path.
        raise ParseRefused("its values are nested deeper than {limit} levels", limit=MAX_DEPTH) from None


# --- the parsed value --------------------------------------------------------------


def guard_issues(doc: Any) -> list[Issue]:
    """Every problem of the parsed value that the schema cannot see, with its path."""
    return list(_walk(doc, (), 0, name=False, extension=False))


def _walk(value: Any, path: tuple[str | int, ...], depth: int, *, name: bool, extension: bool) -> Iterator[Issue]:
    if depth > MAX_DEPTH:
        yield Issue(json_path_of(path), Worded("is nested deeper than {limit} levels", limit=MAX_DEPTH))
        return
    if isinstance(value, str):
        yield from _text_issues(value, path, MAX_NAME if name else MAX_TEXT)
    elif isinstance(value, dict):
        for key, sub in value.items():
            here = (*path, key)
            # A key is text too; a bad one is named by the path that ends in it.
            yield from _text_issues(key, here, MAX_TEXT)
            inside_extension = extension or key.startswith("x-")
            # A name is a name in every language of a localized text: {"name": {"sv": ...}}.
            is_name = not inside_extension and (key in NAME_FIELDS or (name and isinstance(sub, str)))
            yield from _walk(sub, here, depth + 1, name=is_name, extension=inside_extension)
    elif isinstance(value, list):
        for index, sub in enumerate(value):
            yield from _walk(sub, (*path, index), depth + 1, name=False, extension=extension)
    elif isinstance(value, _Duplicate):
        yield Issue(json_path_of((*path, value.key)), Worded(
            "the key '{key}' appears twice in its object; which value is meant cannot be told, so the document is "
            "refused", key=value.key))
    elif isinstance(value, _Unkept):
        yield Issue(json_path_of(path), value.reason)
    elif isinstance(value, float) and not math.isfinite(value):  # from a value built in Python
        yield Issue(json_path_of(path), _constant(repr(value)).reason)


def _text_issues(text: str, path: tuple[str | int, ...], limit: int) -> Iterator[Issue]:
    if len(text) > limit:
        words = (Worded("is {length} characters long; a name may have at most {limit}", length=len(text),
                        limit=limit) if limit == MAX_NAME else
                 Worded("is {length} characters long; a text may have at most {limit}", length=len(text),
                        limit=limit))
        yield Issue(json_path_of(path), words)
    bad = _BAD_CHARACTER.search(text)
    if bad is None:
        return
    code = f"U+{ord(bad.group()):04X}"
    if "\ud800" <= bad.group() <= "\udfff":
        yield Issue(json_path_of(path), Worded("is not valid Unicode text: it holds a lone surrogate ({code})",
                                               code=code))
    else:
        yield Issue(json_path_of(path), Worded("holds the control character {code}; texts may hold no control "
                                               "characters but tab, line feed and carriage return", code=code))
