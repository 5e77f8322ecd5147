"""What a form needs to know beyond the object it edits: languages and catalogue names."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.widgets.fields import Env
from ropa_desktop.store import Kind


def make_env(ctx: AppContext, activity: Any = None) -> Env:
    store = ctx.store
    langs = ctx.display_languages
    cache: dict[Kind, list[tuple[str, str]]] = {}

    def catalogue(kind: Kind) -> list[tuple[str, str]]:
        if kind not in cache:
            items = store.items(kind) if store is not None else []
            cache[kind] = [(i.id, i.name if isinstance(i.name, str) else i.name.text(langs)) for i in items]
        return cache[kind]

    def processor_country(processor_id: str) -> str | None:
        """Where a transfer to this processor goes: its country, else where it processes, outside the EEA."""
        from ropa_desktop.reference import is_eea

        processor = store.get(Kind.PROCESSOR, processor_id) if store is not None else None
        if processor is None:
            return None
        places = [processor.country] if isinstance(processor.country, str) else []
        places += processor.processing_locations if isinstance(processor.processing_locations, list) else []
        return next((c for c in places if not is_eea(c)), None)

    special: set[str] = set()
    national_id: set[str] = set()
    if activity is not None and store is not None:
        categories = store.items(Kind.DATA_CATEGORY)
        special = {c.id for c in categories if c.is_special}
        national_id = {c.id for c in categories if c.is_national_id}
    return {
        "languages": ctx.languages,
        "display_languages": langs,
        "ui_lang": ctx.ui_lang,
        "catalogue": catalogue,
        "processor_country": processor_country,
        "activity": activity,
        "special_ids": special,
        "national_id_ids": national_id,
    }


def slug(text: str) -> str:
    """A format id from a name: 'Lön & förmåner' -> 'lon-formaner'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    value = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return value[:56].strip("-") or "item"


def unique_id(name: str, taken: set[str] | list[str]) -> str:
    base = slug(name)
    candidate, n = base, 2
    while candidate in taken:
        candidate = f"{base}-{n}"
        n += 1
    return candidate
