"""Locating and loading the bundled reference data (resources/reference/*.json)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from ropa_desktop.base.resources import resources_dir, shipped_languages

# The languages the catalogues under resources/locale are shipped for (the same list documents use).
SUPPORTED_LANGS: tuple[str, ...] = shipped_languages()
DEFAULT_LANG = "en"

# Generic Norwegian tags are treated as bokmål, the written standard the app ships.
_LANG_ALIASES = {"no": "nb"}


def reference_path(filename: str) -> Path:
    return resources_dir() / "reference" / filename


@cache
def load_json(filename: str) -> Any:
    """Parse ``resources/reference/<filename>`` once per process.

    Callers must treat the result as read-only: it is shared.
    """
    with reference_path(filename).open(encoding="utf-8") as fh:
        return json.load(fh)


def base_lang(lang: str | None) -> str:
    """Primary language subtag of a locale tag: "sv_SE" → "sv", "no" → "nb"."""
    base = (lang or "").replace("-", "_").split("_", 1)[0].strip().lower()
    return _LANG_ALIASES.get(base, base)


def normalize_lang(lang: str | None) -> str:
    """Map a UI language tag ("sv", "sv_SE", "nb-NO", "no") onto a supported code.

    Anything unsupported falls back to English so lookups never fail on a locale.
    """
    base = base_lang(lang)
    return base if base in SUPPORTED_LANGS else DEFAULT_LANG


def pick_text(texts: dict[str, str], lang: str) -> str:
    """Text in ``lang``, else English, else any available text, else ''."""
    lang = normalize_lang(lang)
    if texts.get(lang):
        return texts[lang]
    if texts.get(DEFAULT_LANG):
        return texts[DEFAULT_LANG]
    return next((t for t in texts.values() if t), "")
