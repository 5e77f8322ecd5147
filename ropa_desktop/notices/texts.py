"""The fixed wording of the notices: one phrase table per language under resources/notices/phrases/.

Every sentence is one whole phrase with named placeholders (``{controller}``), so a
translator or a DPO can reword it without touching code and no sentence is glued
together from fragments. The tables are plain JSON so a DPO can edit them.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from typing import Any

from ropa_desktop.base.resources import resource_path
from ropa_desktop.output.local_formats import format_date, format_duration

NOTICE_LANGUAGES: tuple[str, ...] = ("sv", "nb", "da", "en")



class PhraseError(Exception):
    """A phrase table is missing, unreadable or lacks a phrase; names the file and key."""


@cache
def _table(lang: str) -> dict[str, Any]:
    path = resource_path("notices", "phrases", f"{lang}.json")
    try:
        with path.open(encoding="utf-8") as fh:
            data = json.load(fh)
    except FileNotFoundError:
        raise PhraseError(f"no phrase table for language {lang!r} ({path})") from None
    except (OSError, json.JSONDecodeError) as exc:
        raise PhraseError(f"the phrase table {path} cannot be read: {exc}") from None
    return data


class Phrases:
    """The phrase table of one language."""

    def __init__(self, lang: str) -> None:
        if lang not in NOTICE_LANGUAGES:
            raise PhraseError(f"notices are written in {', '.join(NOTICE_LANGUAGES)}, not {lang!r}")
        self.lang = lang
        self._data = _table(lang)

    def keys(self) -> set[str]:
        return set(self._data)

    def raw(self, key: str) -> Any:
        try:
            return self._data[key]
        except KeyError:
            raise PhraseError(f"the {self.lang} phrase table has no phrase {key!r}") from None

    def t(self, key: str, **values: Any) -> str:
        """The phrase ``key`` with its placeholders filled in."""
        template = self.raw(key)
        try:
            return template.format_map(values)
        except (KeyError, IndexError, ValueError) as exc:
            raise PhraseError(
                f"the {self.lang} phrase {key!r} has a placeholder that cannot be filled: {exc}"
            ) from None

    def language_name(self, code: str) -> str:
        """The name of a language in this language ('engelska'), or its code when the table has none."""
        return self.raw("languages").get(code, code)

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
