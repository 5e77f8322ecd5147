"""National data protection supervisory authorities (GDPR Art. 51)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from ._data import DEFAULT_LANG, base_lang, load_json
from .countries import normalize_country_code


@dataclass(frozen=True)
class SupervisoryAuthority:
    country: str
    # Keyed by language code; always has the native language and "en".
    name: dict[str, str] = field(hash=False)
    short_name: str
    native_lang: str
    address: str
    website: str
    email: str | None
    phone: str | None
    eea: bool

    def display_name(self, lang: str) -> str:
        """Name in ``lang``, else English, else the authority's own language.

        Not limited to the UI languages: an authority's French or German name is
        returned for "fr"/"de" because the data has it.
        """
        for key in (base_lang(lang), DEFAULT_LANG, self.native_lang):
            if self.name.get(key):
                return self.name[key]
        return self.short_name

    @property
    def native_name(self) -> str:
        return self.name.get(self.native_lang) or self.display_name(DEFAULT_LANG)


@cache
def _authorities() -> dict[str, SupervisoryAuthority]:
    raw = load_json("authorities.json")["authorities"]
    result: dict[str, SupervisoryAuthority] = {}
    for item in raw:
        authority = SupervisoryAuthority(
            country=item["country"],
            name=dict(item["name"]),
            short_name=item["short_name"],
            native_lang=item["native_lang"],
            address=item["address"],
            website=item["website"],
            email=item.get("email"),
            phone=item.get("phone"),
            eea=bool(item["eea"]),
        )
        result[authority.country] = authority
    return result


def authority_for(country: str) -> SupervisoryAuthority | None:
    """The national supervisory authority of ``country`` (ISO alpha-2), if known.

    For Germany this is the federal BfDI; private-sector controllers there usually
    answer to their Land authority, which this data set does not cover.
    """
    return _authorities().get(normalize_country_code(country))


def all_authorities() -> list[SupervisoryAuthority]:
    """All known authorities, ordered by country code."""
    return sorted(_authorities().values(), key=lambda a: a.country)
