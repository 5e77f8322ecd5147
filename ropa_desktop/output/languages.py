"""The languages findings and documents are worded in: one per catalogue under resources/locale.

Adding a language is adding its ``resources/locale/<lang>/LC_MESSAGES/ropa.po``; this module
finds it, so no code lists the languages.
"""

from __future__ import annotations

from functools import cache

from ropa_desktop.base.resources import shipped_languages

DEFAULT_LANGUAGE = "en"

LANGUAGES = shipped_languages()  # English first: the source language, and the fallback (DEFAULT_LANGUAGE)


@cache
def language_of(lang: str) -> str:
    """The document language for ``lang`` ("nb_NO" -> "nb", "no" -> "nb"); English when we have none."""
    base = (lang or "").replace("-", "_").split("_")[0].lower()
    base = {"no": "nb", "nn": "nb"}.get(base, base)
    return base if base in LANGUAGES else DEFAULT_LANGUAGE
