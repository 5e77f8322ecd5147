"""Reference data for third-country transfers (GDPR Chapter V) and Art. 9(2)."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from functools import cache

from ._data import load_json, normalize_lang, pick_text
from .countries import normalize_country_code

MECHANISMS: tuple[str, ...] = (
    "adequacy",
    "scc",
    "bcr",
    "codes_of_conduct",
    "certification",
    "derogation",
    "none",
)

# Short enough for a combo box; the article reference lets a reviewer check the
# register against the regulation without a lookup.
_MECHANISM_LABELS: dict[str, dict[str, str]] = {
    "adequacy": {
        "en": "Adequacy decision (Art. 45)",
        "sv": "Beslut om adekvat skyddsnivå (art. 45)",
        "nb": "Beslutning om tilstrekkelig beskyttelsesnivå (art. 45)",
        "da": "Afgørelse om tilstrækkeligt beskyttelsesniveau (art. 45)",
    },
    "scc": {
        "en": "Standard contractual clauses (Art. 46(2)(c))",
        "sv": "Standardavtalsklausuler (art. 46.2 c)",
        "nb": "Standard personvernbestemmelser (art. 46 nr. 2 bokstav c)",
        "da": "Standardkontraktbestemmelser (art. 46, stk. 2, litra c)",
    },
    "bcr": {
        "en": "Binding corporate rules (Art. 47)",
        "sv": "Bindande företagsbestämmelser (art. 47)",
        "nb": "Bindende virksomhetsregler (art. 47)",
        "da": "Bindende virksomhedsregler (art. 47)",
    },
    "codes_of_conduct": {
        "en": "Approved code of conduct (Art. 46(2)(e))",
        "sv": "Godkänd uppförandekod (art. 46.2 e)",
        "nb": "Godkjente atferdsnormer (art. 46 nr. 2 bokstav e)",
        "da": "Godkendt adfærdskodeks (art. 46, stk. 2, litra e)",
    },
    "certification": {
        "en": "Approved certification mechanism (Art. 46(2)(f))",
        "sv": "Godkänd certifieringsmekanism (art. 46.2 f)",
        "nb": "Godkjent sertifiseringsmekanisme (art. 46 nr. 2 bokstav f)",
        "da": "Godkendt certificeringsmekanisme (art. 46, stk. 2, litra f)",
    },
    "derogation": {
        "en": "Derogation for specific situations (Art. 49)",
        "sv": "Undantag i särskilda situationer (art. 49)",
        "nb": "Unntak i særlige situasjoner (art. 49)",
        "da": "Undtagelser i specifikke situationer (art. 49)",
    },
    "none": {
        "en": "No transfer mechanism",
        "sv": "Ingen överföringsmekanism",
        "nb": "Ikke noe overføringsgrunnlag",
        "da": "Intet overførselsgrundlag",
    },
}


_DECISION = re.compile(r"^Commission (?P<implementing>Implementing )?Decision (?P<number>.+)$")


@dataclass(frozen=True)
class AdequacyDecision:
    country: str
    decision: str
    adopted_on: datetime.date
    scope: dict[str, str] = field(hash=False)
    partial: bool
    url: str | None
    # Set when the Commission renewed or time-limited the decision (e.g. the UK).
    renewed_on: datetime.date | None = None
    valid_until: datetime.date | None = None
    note: dict[str, str] = field(default_factory=dict, hash=False)

    def scope_text(self, lang: str) -> str:
        return pick_text(self.scope, lang)

    @property
    def number(self) -> str:
        """The decision's number as cited, e.g. '(EU) 2021/1772' or '2000/518/EC'."""
        match = _DECISION.match(self.decision)
        return match["number"] if match else self.decision

    @property
    def implementing(self) -> bool:
        """An implementing decision (the form adequacy decisions take since 2011)."""
        match = _DECISION.match(self.decision)
        return bool(match and match["implementing"])

    def in_force_on(self, day: datetime.date) -> bool:
        """Adopted by ``day`` and not past its end date (a renewal's end date, where renewed)."""
        return self.adopted_on <= day and (self.valid_until is None or day <= self.valid_until)

    def lapsed_on(self, day: datetime.date) -> bool:
        """Past its end date on ``day``: a transfer relying on it needs another safeguard."""
        return self.valid_until is not None and day > self.valid_until

    def note_text(self, lang: str) -> str:
        return pick_text(self.note, lang)


@dataclass(frozen=True)
class SccModule:
    number: int
    title: dict[str, str] = field(hash=False)
    exporter_role: str
    importer_role: str

    def title_text(self, lang: str) -> str:
        return pick_text(self.title, lang)

    def label(self, lang: str) -> str:
        """E.g. "Module 2: Controller to processor" / "Modul 2: …"."""
        word = pick_text(load_json("scc_modules.json")["module_word"], lang)
        return f"{word} {self.number}: {self.title_text(lang)}"


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


@cache
def _adequacy() -> dict[str, AdequacyDecision]:
    result: dict[str, AdequacyDecision] = {}
    for item in load_json("adequacy.json")["decisions"]:
        decision = AdequacyDecision(
            country=item["country"],
            decision=item["decision"],
            adopted_on=datetime.date.fromisoformat(item["adopted_on"]),
            scope=dict(item["scope"]),
            partial=bool(item["partial"]),
            url=item.get("url"),
            renewed_on=_date(item.get("renewed_on")),
            valid_until=_date(item.get("valid_until")),
            note=dict(item.get("note") or {}),
        )
        result[decision.country] = decision
    return result


def adequacy_decision(country: str) -> AdequacyDecision | None:
    """The Commission adequacy decision covering ``country``, if any.

    A non-None result may still be ``partial``: check the scope before treating a
    particular recipient as covered (e.g. US recipients must be DPF-certified).
    """
    return _adequacy().get(normalize_country_code(country))


def adequacy_in_force(country: str, day: datetime.date) -> AdequacyDecision | None:
    """The adequacy decision for ``country`` if it is in force on ``day``; never one past its end date."""
    decision = adequacy_decision(country)
    return decision if decision is not None and decision.in_force_on(day) else None


def adequacy_decisions() -> list[AdequacyDecision]:
    """All country adequacy decisions in the bundled data, ordered by country code."""
    return sorted(_adequacy().values(), key=lambda d: d.country)


def is_adequate(country: str) -> bool:
    """True if any adequacy decision (possibly partial) exists for ``country``."""
    return adequacy_decision(country) is not None


def adequacy_data_as_of() -> datetime.date:
    """Date the adequacy list was last reviewed, for "as of" hints in the UI."""
    return datetime.date.fromisoformat(load_json("adequacy.json")["as_of"])


@cache
def _scc_modules() -> tuple[SccModule, ...]:
    return tuple(
        SccModule(
            number=int(item["number"]),
            title=dict(item["title"]),
            exporter_role=item["exporter_role"],
            importer_role=item["importer_role"],
        )
        for item in load_json("scc_modules.json")["modules"]
    )


def scc_modules() -> list[SccModule]:
    """The four modules of the SCCs in Decision (EU) 2021/914, by number."""
    return sorted(_scc_modules(), key=lambda m: m.number)


def scc_module(number: int) -> SccModule | None:
    return next((m for m in _scc_modules() if m.number == number), None)


def _items(filename: str) -> dict[str, dict[str, str]]:
    items = load_json(filename)["items"]
    # Copies, so callers mutating the result cannot corrupt the shared cache.
    return {letter: dict(texts) for letter, texts in items.items()}


def _letter_text(filename: str, letter: str, lang: str) -> str:
    items = load_json(filename)["items"]
    key = letter.strip().strip("()").lower()
    if key not in items:
        raise KeyError(f"unknown point {letter!r} in {filename}")
    return pick_text(items[key], lang)


def derogations() -> dict[str, dict[str, str]]:
    """Art. 49(1) derogations: letter ("a"–"g") → {lang: short description}."""
    return _items("derogations.json")


def derogation_text(letter: str, lang: str) -> str:
    """Short description of Art. 49(1)(letter); raises KeyError for an unknown letter."""
    return _letter_text("derogations.json", letter, lang)


def article9_conditions() -> dict[str, dict[str, str]]:
    """Art. 9(2) conditions: letter ("a"–"j") → {lang: short description}."""
    return _items("article9_conditions.json")


def article9_condition_text(letter: str, lang: str) -> str:
    """Short description of Art. 9(2)(letter); raises KeyError for an unknown letter."""
    return _letter_text("article9_conditions.json", letter, lang)


def mechanism_label(mechanism: str, lang: str) -> str:
    """UI label for a transfer mechanism key (see MECHANISMS).

    An unknown key is returned unchanged rather than raising, so a register saved
    by a newer version still displays.
    """
    labels = _MECHANISM_LABELS.get(mechanism)
    if labels is None:
        return mechanism
    return labels.get(normalize_lang(lang), labels["en"])
