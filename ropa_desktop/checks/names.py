"""Item names in finding messages: the register's first language, and every language the register has."""

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


def param(value: Any) -> Any:
    """A message parameter as JSON data: a :class:`Name` becomes its text per language, the
    register's first language first (the one a reader without their own language sees)."""
    if isinstance(value, Name):
        texts = value.source.values
        ordered = {lang: texts[lang] for lang in value.langs if texts.get(lang)}
        return {**ordered, **{k: v for k, v in texts.items() if v and k not in ordered}}
    return value
