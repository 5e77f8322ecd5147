"""Country names (CLDR's through Babel, else pycountry's ISO 3166-1 translations) and EU/EEA membership."""

from __future__ import annotations

import gettext
import os
import unicodedata
from functools import cache

from ._data import load_json, normalize_lang

# Codes people commonly type that are not ISO 3166-1: the EU's own style guide
# uses EL for Greece and UK for the United Kingdom.
_CODE_ALIASES = {"UK": "GB", "EL": "GR"}

# pycountry ships Norwegian bokmål as nb_NO in some releases and nb in others.
_LOCALE_CANDIDATES = {"nb": ("nb_NO", "nb"), "sv": ("sv",), "da": ("da",)}

# Letters that the Nordic alphabets place after z, in alphabet order. Neighbour-
# language variants are folded in (ä/æ, ö/ø) the way Nordic dictionaries do.
_AFTER_Z = {
    "sv": {"å": 0, "ä": 1, "æ": 1, "ö": 2, "ø": 2},
    "nb": {"æ": 0, "ä": 0, "ø": 1, "ö": 1, "å": 2},
    "da": {"æ": 0, "ä": 0, "ø": 1, "ö": 1, "å": 2},
}
# Swedish collates ü as y (e.g. "Müller" next to "Myller").
_SV_EXTRA = {"ü": "y"}


class _Untranslated(gettext.NullTranslations):
    """Fallback that makes a missing msgid detectable.

    GNUTranslations returns the msgid itself when it has no entry, which cannot be
    told apart from a translation that happens to be identical (e.g. "Taiwan").
    """

    MISSING = "\x00missing\x00"

    def gettext(self, message: str) -> str:
        return self.MISSING


def normalize_country_code(code: str) -> str:
    """Upper-case, strip and map the EU aliases EL→GR and UK→GB."""
    code = (code or "").strip().upper()
    return _CODE_ALIASES.get(code, code)


def _pycountry():  # type: ignore[no-untyped-def]
    # On first use: importing pycountry costs ~0.1 s, which commands that name no country
    # (`ropa check`, `ropa history`) should not pay.
    import pycountry

    return pycountry


@cache
def _translator(lang: str) -> gettext.NullTranslations | None:
    for locale in _LOCALE_CANDIDATES.get(lang, ()):
        if not os.path.isdir(os.path.join(_pycountry().LOCALES_DIR, locale)):
            continue
        try:
            translation = gettext.translation("iso3166-1", _pycountry().LOCALES_DIR, languages=[locale])
        except OSError:
            continue
        translation.add_fallback(_Untranslated())
        return translation
    return None


def _lookup(code: str) -> object | None:
    if len(code) != 2 or not code.isalpha():
        return None
    try:
        return _pycountry().countries.get(alpha_2=code)
    except (KeyError, LookupError):
        return None


@cache
def _cldr_names(lang: str) -> dict[str, str]:
    """CLDR's country names in ``lang`` (through Babel): the names each language's own style guides use
    ("USA" in nb, not the ISO translation "De forente stater"; "Storbritannien" in sv, not
    "Förenade kungariket"), for every language Babel knows, so a new language needs no table."""
    from babel import Locale, UnknownLocaleError  # CLDR only when a country is named

    try:
        return dict(Locale.parse(lang).territories)
    except (ValueError, UnknownLocaleError):
        return {}


@cache
def _name(code: str, lang: str) -> str:
    country = _lookup(code)
    if country is None:
        return code
    cldr = _cldr_names(lang).get(code)
    if cldr:
        return cldr
    common = getattr(country, "common_name", None)
    official = country.name
    english = common or official
    if lang == "en":
        return english
    translator = _translator(lang)
    if translator is None:
        return english
    # The common name ("South Korea") reads better than the ISO name ("Korea,
    # Republic of"), but translators do not always cover it; try it first.
    for msgid in (common, official):
        if not msgid:
            continue
        translated = translator.gettext(msgid)
        if translated != _Untranslated.MISSING:
            return translated
    return english


def country_name(code: str, lang: str) -> str:
    """Name of an ISO 3166-1 alpha-2 country in ``lang`` (en, sv, nb, da).

    Other languages fall back to English; an unknown code is returned as given
    (normalised to upper case) so the UI can still show something.
    """
    normalized = normalize_country_code(code)
    if not normalized:
        return code
    return _name(normalized, normalize_lang(lang))


def sort_key(text: str, lang: str) -> tuple[str, str]:
    """Collation key good enough for country/organisation lists in ``lang``.

    Diacritics are ignored except for the letters the language alphabetises after
    z (å ä ö in Swedish, æ ø å in Danish and Norwegian).
    """
    lang = normalize_lang(lang)
    after_z = _AFTER_Z.get(lang, {})
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text).casefold():
        if lang == "sv" and ch in _SV_EXTRA:
            out.append(_SV_EXTRA[ch])
        elif ch in after_z:
            # "{" and the following code points sort right after "z".
            out.append(chr(ord("z") + 1 + after_z[ch]))
        elif ch.isalnum():
            base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
            out.append(base)
        elif ch in " -":
            out.append(" ")
        # Other punctuation (commas, apostrophes, brackets) is ignored.
    return ("".join(out), text)


@cache
def _all_countries(lang: str) -> tuple[tuple[str, str], ...]:
    pairs = [(c.alpha_2, _name(c.alpha_2, lang)) for c in _pycountry().countries]
    pairs.sort(key=lambda pair: sort_key(pair[1], lang))
    return tuple(pairs)


def all_countries(lang: str) -> list[tuple[str, str]]:
    """All ISO 3166-1 countries as (code, name), sorted by name for ``lang``."""
    return list(_all_countries(normalize_lang(lang)))


@cache
def _membership() -> tuple[frozenset[str], frozenset[str]]:
    data = load_json("eea.json")
    eu = frozenset(data["eu"])
    return eu, eu | frozenset(data["eea_efta"])


def eu_countries() -> frozenset[str]:
    """ISO codes of the EU member states."""
    return _membership()[0]


def eea_countries() -> frozenset[str]:
    """ISO codes of the EEA states (EU plus Iceland, Liechtenstein, Norway)."""
    return _membership()[1]


def is_eu(code: str) -> bool:
    return normalize_country_code(code) in eu_countries()


def is_eea(code: str) -> bool:
    """True for EU member states and the EEA EFTA states IS, LI and NO.

    Transfers between EEA states are not third-country transfers under GDPR
    Chapter V, which is what callers normally use this for.
    """
    return normalize_country_code(code) in eea_countries()
