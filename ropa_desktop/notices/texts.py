"""The fixed wording of the notices: the ``notice.*`` messages of the one catalogue below the GUI.

The phrases live in ``resources/locale/<lang>/LC_MESSAGES/ropa.po`` beside the findings and
the export labels (read by output/wording), so a translator works in one file per language
with ordinary gettext tools, the catalogue test checks every phrase in every language, and
adding a language is adding its ``.po``. Every sentence is one whole message with named
placeholders (``{controller}``): no sentence is glued together from fragments.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ropa_desktop.output.hyphenation import hyphenate
from ropa_desktop.output.languages import LANGUAGES
from ropa_desktop.output.local_formats import format_date, format_duration
from ropa_desktop.output.wording import catalogue, template

NOTICE_LANGUAGES: tuple[str, ...] = LANGUAGES  # a notice is written in every language the catalogue has
_PREFIX = "notice."
# CLDR names the written standard ("norskt bokmål"); a reader is told the text is in "norska".
_SPOKEN_NAME = {"nb": "no", "nn": "no"}


class PhraseError(Exception):
    """The notice asks for a phrase the catalogue lacks, or a phrase's placeholder cannot be filled."""


class Phrases:
    """The notice phrases of one language."""

    def __init__(self, lang: str) -> None:
        if lang not in NOTICE_LANGUAGES:
            raise PhraseError(f"notices are written in {', '.join(NOTICE_LANGUAGES)}, not {lang!r}")
        self.lang = lang

    def keys(self) -> set[str]:
        return {msgid.removeprefix(_PREFIX) for msgid in catalogue(self.lang) if msgid.startswith(_PREFIX)}

    def raw(self, key: str) -> str:
        msgid = _PREFIX + key
        if msgid not in catalogue("en"):  # a phrase the code asks for and no catalogue has: a programming error
            raise PhraseError(f"the catalogue has no notice phrase {key!r}")
        return template(msgid, self.lang)

    def t(self, key: str, *, hyphenate_in: bool = False, **values: Any) -> str:
        """The phrase ``key`` with its placeholders filled in; ``hyphenate_in``: the phrase's own long words
        carry soft hyphens where this language breaks them (for a PDF), the values none."""
        text = self.raw(key)
        if hyphenate_in:
            text = hyphenate(text, self.lang)
        try:
            return text.format_map(values)
        except (KeyError, IndexError, ValueError) as exc:
            raise PhraseError(
                f"the {self.lang} phrase {key!r} has a placeholder that cannot be filled: {exc}"
            ) from None

    def language_name(self, code: str) -> str:
        """The name of a language in this language ('engelska', from CLDR), or its code when CLDR has none."""
        from babel import Locale, UnknownLocaleError  # CLDR only when a fallback is worded

        try:
            names = Locale.parse(self.lang).languages
        except (ValueError, UnknownLocaleError):
            return code
        return names.get(_SPOKEN_NAME.get(code, code)) or names.get(code) or code

    def join(self, items: list[str]) -> str:
        """A list in words: 'a, b and c'."""
        items = [i for i in items if i]
        if not items:
            return ""
        if len(items) == 1:
            return items[0]
        head = self.raw("list.separator").join(items[:-1])
        return self.t("list.last", head=head, last=items[-1])

    def date(self, value: dt.date) -> str:
        """A date as this language writes it in every document (one style per language: output/local_formats)."""
        return format_date(value, self.lang)

    def period(self, duration: str) -> str | None:
        """An ISO 8601 duration in words ('P1Y6M' -> '1 year and 6 months'); None if it cannot be read."""
        return format_duration(duration, self.lang)
