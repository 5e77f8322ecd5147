"""The catalogue of every text below the UI: ``word(msgid, lang, **fields)``.

One GNU gettext catalogue per language, ``resources/locale/<lang>/LC_MESSAGES/ropa.po``, so
translators work with ordinary tools (Poedit, Weblate, ``pybabel``). The catalogues are read
as ``.po`` with Babel's ``read_po`` when first needed and kept for the process: there is no
compiled ``.mo`` to forget to rebuild, and the same files work in a checkout, an editable
install, a wheel and the PyInstaller bundle (all of which carry ``resources/``). Reading the
four catalogues takes a few milliseconds, and only commands that word something pay it.

Message ids are stable, code-like keys (``finding.no-retention``, ``word.legal_obligation``),
not the English sentence: the English text can be improved without touching the other
languages, and a finding's code names its message. Placeholders are ``str.format`` names
(``{activity}``), so every translation is a whole sentence.

A message parameter is JSON data, worded here in the reader's language:

* a string or number is used as it is (a code, a number, a name in one language);
* ``{"sv": ..., "en": ...}``: an item's name per register language (the reader's language,
  else the first one given);
* ``{"word": key}``: the catalogue's ``word.<key>`` ("a legal obligation");
* ``{"country": "US"}``: the country's name; ``{"date": "2026-12-02"}``: the language's date;
* ``{"quoted": value}``: the value between the language's quotation marks;
* ``{"list": [value, ...], "sep": ", "}``: the values worded and joined.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ropa_desktop.base.resources import resource_path
from ropa_desktop.output.languages import DEFAULT_LANGUAGE, language_of
from ropa_desktop.output.local_formats import format_iso_date
from ropa_desktop.reference import country_name

_DOMAIN = "ropa"
_TAGS = frozenset({"word", "country", "date", "quoted", "list"})


def catalogue_path(lang: str) -> Any:
    return resource_path("locale", lang, "LC_MESSAGES", f"{_DOMAIN}.po")


@cache
def catalogue(lang: str) -> dict[str, str]:
    """The translated messages of ``lang`` (an empty dict for a language we ship no catalogue for)."""
    path = catalogue_path(lang)
    if not path.is_file():
        return {}
    from babel.messages.pofile import read_po  # Babel only where something is worded

    with path.open("rb") as fh:
        cat = read_po(fh, domain=_DOMAIN)  # no locale: plural rules are not used, and parsing CLDR costs time
    return {str(m.id): str(m.string) for m in cat if m.id and m.string and not m.fuzzy}


def template(msgid: str, lang: str) -> str:
    """The text of ``msgid`` in ``lang``, else in English, else the id itself (never an exception:
    a missing translation is caught by the catalogue test, not by the user)."""
    return catalogue(language_of(lang)).get(msgid) or catalogue(DEFAULT_LANGUAGE).get(msgid) or msgid


def word(msgid: str, lang: str, **fields: Any) -> str:
    """The message ``msgid`` in ``lang`` with its placeholders filled (each field worded by :func:`fill`)."""
    text = template(msgid, lang)
    if not fields:
        return text
    return text.format_map({k: fill(v, lang) for k, v in fields.items()})


def fill(value: Any, lang: str) -> str:
    """One message parameter in ``lang`` (see the module's doc for its forms)."""
    if isinstance(value, dict):
        tag = next(iter(value), None) if len(value) <= 2 else None
        if tag in _TAGS:
            return _tagged(tag, value, lang)
        return value.get(language_of(lang)) or value.get(lang) or next((v for v in value.values() if v), "")
    if isinstance(value, list):
        return ", ".join(fill(v, lang) for v in value)
    return "" if value is None else str(value)


def _tagged(tag: str, value: dict[str, Any], lang: str) -> str:
    inner = value[tag]
    if tag == "word":
        return word(f"word.{inner}", lang)
    if tag == "quoted":
        return word("quote", lang, text=fill(inner, lang))
    if tag == "list":
        return str(value.get("sep", ", ")).join(fill(v, lang) for v in inner)
    if tag == "country":
        return country_name(str(inner), language_of(lang))
    return format_iso_date(str(inner), lang)
