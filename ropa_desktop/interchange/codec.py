"""Convert between the domain dataclasses and the format's JSON values.

The converters are compiled once per class from the dataclass type hints, so that
decoding 10,000 activities stays well under a second. Decoding assumes the value
is already valid against the schema (see :mod:`ropa_desktop.interchange.validate`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import types
import typing
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from ropa_desktop.domain.ltext import LText
from ropa_desktop.domain.missing import MISSING, Missing

if TYPE_CHECKING:
    from ropa_desktop.domain import model

T = TypeVar("T")
Decoder = Callable[[Any, str], Any]
Encoder = Callable[[Any, str], Any]


def decode(cls: type[T], value: dict[str, Any], default_lang: str) -> T:
    """Build a ``cls`` instance from its JSON object; plain-string texts are in ``default_lang``."""
    return _class_decoder(cls)(value, default_lang)


def encode(obj: Any, default_lang: str) -> dict[str, Any]:
    """The JSON object of a domain instance, with absent fields left out."""
    return _class_encoder(type(obj))(obj, default_lang)


def decode_register(doc: dict[str, Any]) -> model.Register:
    from ropa_desktop.domain.model import Register  # on first use: the GUI starts without the model

    return decode(Register, doc, doc["languages"][0])


def encode_register(register: model.Register) -> dict[str, Any]:
    return encode(register, register.languages[0])


# --- leaf converters -------------------------------------------------------------

def _decode_ltext(value: Any, default_lang: str) -> LText:
    if isinstance(value, str):
        return LText.adopt({default_lang: value}, plain=True)
    return LText.adopt(value)


def _encode_ltext(value: LText, default_lang: str) -> Any:
    values = value.values
    if value.plain and list(values) == [default_lang]:
        return values[default_lang]
    return values


def _decode_date(value: Any, _lang: str) -> dt.date:
    return dt.date.fromisoformat(value)


def _encode_date(value: dt.date, _lang: str) -> str:
    return value.isoformat()


def _same(value: Any, _lang: str) -> Any:
    return value


def _decode_str_list(value: Any, _lang: str) -> list[str]:
    return list(value)


# --- compilation -------------------------------------------------------------------

def _split_optional(hint: Any) -> tuple[Any, bool, bool]:
    """(inner type, may be MISSING, may be None) for a field's type hint."""
    is_union = isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union
    args = typing.get_args(hint) if is_union else (hint,)
    may_miss = Missing in args
    may_null = type(None) in args
    inner = [a for a in args if a not in (Missing, type(None))]
    assert len(inner) == 1, hint
    return inner[0], may_miss, may_null


def _leaf(hint: Any) -> tuple[Decoder, Encoder]:
    if hint is LText:
        return _decode_ltext, _encode_ltext
    if hint is dt.date:
        return _decode_date, _encode_date
    if hint in (str, int, bool):
        return _same, _same
    if typing.get_origin(hint) is list:
        (item,) = typing.get_args(hint)
        if item is str:
            return _decode_str_list, _decode_str_list
        item_decode, item_encode = _leaf(item)
        return (
            lambda value, lang: [item_decode(v, lang) for v in value],
            lambda value, lang: [item_encode(v, lang) for v in value],
        )
    if dataclasses.is_dataclass(hint):
        return (
            lambda value, lang: _class_decoder(hint)(value, lang),
            lambda value, lang: _class_encoder(hint)(value, lang),
        )
    if typing.get_origin(hint) is dict:  # extras: kept as JSON
        return _same, _same
    raise TypeError(f"no converter for {hint!r}")


@functools.cache
def _fields(cls: type) -> list[tuple[str, Decoder, Encoder, bool]]:
    from ropa_desktop.domain import model  # on first use: the GUI starts without the model

    hints = typing.get_type_hints(cls, vars(model) | {"Missing": Missing, "LText": LText})
    result = []
    for f in dataclasses.fields(cls):
        if f.name == "extras":
            continue
        inner, _may_miss, may_null = _split_optional(hints[f.name])
        dec, enc = _leaf(inner)
        result.append((f.name, dec, enc, may_null))
    return result


@functools.cache
def _class_decoder(cls: type) -> Decoder:
    by_key = {name: (dec, may_null) for name, dec, _enc, may_null in _fields(cls)}

    def decode_obj(value: dict[str, Any], lang: str) -> Any:
        # Walk the document's keys (usually fewer than the class's fields). In a validated
        # document a key that is not a field is an x- property, or the envelope (format,
        # version, exported_at) at the top, which the model does not keep.
        kwargs: dict[str, Any] = {}
        extras: dict[str, Any] = {}
        for key, raw in value.items():
            spec = by_key.get(key)
            if spec is None:
                if key.startswith("x-"):
                    extras[key] = raw
            elif raw is None and spec[1]:
                kwargs[key] = None
            else:
                kwargs[key] = spec[0](raw, lang)
        return cls(**kwargs, extras=extras)

    return decode_obj


@functools.cache
def _class_encoder(cls: type) -> Encoder:
    specs = _fields(cls)

    def encode_obj(obj: Any, lang: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, _dec, enc, _may_null in specs:
            raw = getattr(obj, name)
            if raw is MISSING:
                continue
            out[name] = None if raw is None else enc(raw, lang)
        out.update(obj.extras)
        return out

    return encode_obj
