"""Country names and codes as people write them (in en/sv/nb/da, 'USA', 'UK') → ISO 3166-1 alpha-2.

The names come from the project's reference data (pycountry's names and their Swedish,
Norwegian and Danish translations) plus the short forms registers use. A code is taken
only when written in capitals ('US', 'DE'): 'de' or 'no' in a sentence are words.
"""

from __future__ import annotations

import re
from functools import cache

import pycountry
from rapidfuzz import fuzz, process

from ropa_desktop.interchange.spreadsheet.headers import normal
from ropa_desktop.reference import all_countries, eea_countries, normalize_country_code

_ALIASES = {
    "usa": "US", "u s a": "US", "us": "US", "u s": "US", "united states": "US", "america": "US", "amerika": "US",
    "förenta staterna": "US", "forente stater": "US", "de forenede stater": "US",
    "uk": "GB", "great britain": "GB", "britain": "GB", "england": "GB", "storbritannien": "GB",
    "storbritannia": "GB", "förenade kungariket": "GB", "det forente kongerike": "GB",
    "det forenede kongerige": "GB", "sydkorea": "KR", "south korea": "KR", "sør korea": "KR",
    "holland": "NL", "ryssland": "RU", "russia": "RU", "kina": "CN", "indien": "IN", "india": "IN",
}
# Written where a country is expected, but saying only "inside" or "outside" the EU/EEA.
INSIDE_EEA = frozenset(normal(w) for w in (
    "eu", "eea", "eu eea", "eu ees", "eu eøs", "eøs", "ees", "within the eu", "inom eu", "inom eu ees",
    "innenfor eøs", "inden for eu", "sverige", "norge", "danmark", "norden", "nordic countries", "nordics"))
OUTSIDE_EEA = frozenset(normal(w) for w in (
    "outside the eu", "outside eu", "outside the eea", "utanför eu", "utanför eu ees", "utenfor eøs",
    "utenfor eu", "uden for eu", "udenfor eu", "third country", "tredje land", "tredjeland", "worldwide",
    "global", "globally"))
_CODE = re.compile(r"^[A-Z]{2,3}$")


@cache
def _index() -> dict[str, str]:
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names.setdefault(normal(value), country.alpha_2)
    for lang in ("en", "sv", "nb", "da"):
        for code, name in all_countries(lang):
            names.setdefault(normal(name), code)
    names.update({normal(k): v for k, v in _ALIASES.items()})
    return names


def country_code(text: str) -> str | None:
    """The ISO code a country name or code stands for, or None when the text names no country."""
    raw = text.strip().strip(".")
    if _CODE.match(raw):
        if len(raw) == 2:
            code = normalize_country_code(raw)
            return code if pycountry.countries.get(alpha_2=code) else None
        found = pycountry.countries.get(alpha_3=raw)
        if found:
            return found.alpha_2
    key = normal(raw)
    if not key:
        return None
    index = _index()
    if key in index:
        return index[key]
    if len(key) < 5:
        return None  # short words are too easily near a country name
    best = process.extractOne(key, list(index), scorer=fuzz.ratio, score_cutoff=90)
    return index[best[0]] if best else None


def is_eea(code: str) -> bool:
    return code in eea_countries()
