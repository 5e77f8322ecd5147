"""The languages the documents and findings are written in: those with a catalogue under resources/locale."""

from __future__ import annotations

LANGUAGES = ("en", "sv", "nb", "da")  # a new language is a new catalogue folder, added here
DEFAULT_LANGUAGE = "en"


def language_of(lang: str) -> str:
    """The document language for ``lang`` ("nb_NO" -> "nb", "no" -> "nb"); English when we have none."""
    base = (lang or "").replace("-", "_").split("_")[0].lower()
    base = {"no": "nb", "nn": "nb"}.get(base, base)
    return base if base in LANGUAGES else DEFAULT_LANGUAGE
