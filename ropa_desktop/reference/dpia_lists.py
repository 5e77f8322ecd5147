"""National lists of processing that always requires a DPIA (Art. 35(4)): IMY, Datatilsynet NO and DK.

Each list is ``resources/reference/dpia_<country>.json``: the authority, the source, and
the items, each with an id, a short name in the list's language and in English, and
(where the register can show it) ``when``: the signals an activity must show.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from ._data import load_json, pick_text

_FILES = {"SE": "dpia_se.json", "NO": "dpia_no.json", "DK": "dpia_dk.json"}


@dataclass(frozen=True)
class DpiaListItem:
    id: str
    name: dict[str, str] = field(hash=False)  # the list's language and "en"
    all_of: tuple[str, ...] = ()  # signals the activity must show; empty: never matched
    plus_criteria: int = 0  # WP248 criteria needed beyond those in all_of

    def display_name(self, lang: str) -> str:
        return pick_text(self.name, lang)


@dataclass(frozen=True)
class DpiaList:
    country: str
    lang: str
    authority: dict[str, str] = field(hash=False)
    title: dict[str, str] = field(hash=False)
    source: str
    verified: bool
    items: tuple[DpiaListItem, ...]

    def authority_name(self, lang: str) -> str:
        return pick_text(self.authority, lang)


@cache
def dpia_list(country: str) -> DpiaList | None:
    """The national DPIA list of ``country`` (ISO code), or None where we ship none."""
    filename = _FILES.get(country.upper())
    if filename is None:
        return None
    raw = load_json(filename)
    items = tuple(
        DpiaListItem(
            id=item["id"],
            name=dict(item["name"]),
            all_of=tuple(item.get("when", {}).get("all_of", ())),
            plus_criteria=int(item.get("when", {}).get("plus_criteria", 0)),
        )
        for item in raw["items"]
    )
    return DpiaList(
        country=raw["country"],
        lang=raw["lang"],
        authority=dict(raw["authority"]),
        title=dict(raw["title"]),
        source=raw["source"],
        verified=bool(raw.get("verified", False)),
        items=items,
    )


def dpia_list_countries() -> tuple[str, ...]:
    return tuple(_FILES)
