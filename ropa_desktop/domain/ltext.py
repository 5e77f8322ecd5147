"""Localized text: one text per language."""

from __future__ import annotations

from collections.abc import Iterable, Mapping


class LText:
    """A text kept in one or more languages.

    ``plain`` remembers that the document wrote the text as a bare string (which the
    format reads as the register's first language), so that export gives back the
    document as it was imported.
    """

    __slots__ = ("_values", "plain")

    def __init__(self, values: Mapping[str, str] | None = None, *, plain: bool = False) -> None:
        self._values: dict[str, str] = dict(values or {})
        self.plain = plain and len(self._values) == 1

    @classmethod
    def adopt(cls, values: dict[str, str], *, plain: bool = False) -> LText:
        """An LText that takes ``values`` as it is, without a copy: for decoders that own the dict."""
        obj = cls.__new__(cls)
        obj._values = values
        obj.plain = plain and len(values) == 1
        return obj

    @classmethod
    def of(cls, lang: str, text: str) -> LText:
        return cls({lang: text})

    @property
    def values(self) -> dict[str, str]:
        """A copy of the texts by language code, in the order they were recorded."""
        return dict(self._values)

    def languages(self) -> list[str]:
        return list(self._values)

    def get(self, lang: str) -> str | None:
        """The text in exactly this language, or None."""
        return self._values.get(lang)

    def text(self, langs: str | Iterable[str]) -> str:
        """The text in the first of ``langs`` that has one, else in any language, else ''."""
        order = [langs] if isinstance(langs, str) else list(langs)
        for lang in order:
            value = self._values.get(lang)
            if value:
                return value
        for value in self._values.values():
            if value:
                return value
        return ""

    def resolve(self, langs: str | Iterable[str]) -> tuple[str, str | None]:
        """Like :meth:`text`, but also says which language the text is in (None when empty)."""
        order = [langs] if isinstance(langs, str) else list(langs)
        for lang in [*order, *self._values]:
            value = self._values.get(lang)
            if value:
                return value, lang
        return "", None

    def with_text(self, lang: str, text: str) -> LText:
        """A copy with the text for ``lang`` set (or removed, when ``text`` is empty)."""
        values = dict(self._values)
        if text:
            values[lang] = text
        else:
            values.pop(lang, None)
        keep_plain = self.plain and list(values) == list(self._values)
        return LText(values, plain=keep_plain)

    def is_empty(self) -> bool:
        return not any(self._values.values())

    def __bool__(self) -> bool:
        return not self.is_empty()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LText):
            return NotImplemented
        return self._values == other._values and self.plain == other.plain

    def __hash__(self) -> int:
        return hash((tuple(sorted(self._values.items())), self.plain))

    def __repr__(self) -> str:
        return f"LText({self._values!r}{', plain=True' if self.plain else ''})"
