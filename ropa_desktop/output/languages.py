"""The languages findings and documents are worded in: one per catalogue under resources/locale.

Adding a language is adding its ``resources/locale/<lang>/LC_MESSAGES/ropa.po``; this module
finds it, so no code lists the languages.
"""

from __future__ import annotations

from functools import cache

from ropa_desktop.base.resources import resource_path

DEFAULT_LANGUAGE = "en"
_ORDER = ("en", "sv", "nb", "da")  # the order menus list them in; a language added later follows


def _shipped() -> tuple[str, ...]:
    folder = resource_path("locale")
    found = sorted(p.name for p in folder.iterdir() if (p / "LC_MESSAGES" / "ropa.po").is_file()) \
        if folder.is_dir() else []
    return tuple(sorted(found, key=lambda lang: (_ORDER.index(lang) if lang in _ORDER else len(_ORDER), lang)))


LANGUAGES = _shipped()  # English first: the source language, and the fallback (DEFAULT_LANGUAGE)


@cache
def language_of(lang: str) -> str:
    """The document language for ``lang`` ("nb_NO" -> "nb", "no" -> "nb"); English when we have none."""
    base = (lang or "").replace("-", "_").split("_")[0].lower()
    base = {"no": "nb", "nn": "nb"}.get(base, base)
    return base if base in LANGUAGES else DEFAULT_LANGUAGE
