"""Item names in finding messages: the register's first language, and each message language."""

from __future__ import annotations

from typing import Any

from ropa_desktop.domain.ltext import LText


class Name(str):
    """An item's name in the register's first language, that also knows it in each message language.

    A message in Swedish names the items by their Swedish names where the register has
    them; everything else (sorting, ``entity_name``, logs) uses the plain string. The
    other languages are looked up only when a message is written (few names need them).
    """

    source: LText
    langs: list[str]

    def __new__(cls, first: str, source: LText, langs: list[str]) -> Name:
        obj = super().__new__(cls, first)
        obj.source, obj.langs = source, langs
        return obj

    def text(self, lang: str) -> str:
        return self.source.text([lang, *self.langs])


def in_lang(value: Any, lang: str) -> Any:
    """A message parameter in ``lang``: a per-language dict or a :class:`Name` picks that language."""
    if isinstance(value, dict):
        return value[lang]
    if isinstance(value, Name):
        return value.text(lang)
    return value
