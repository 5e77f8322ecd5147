"""Reading the text of one cell: lists, legal bases, Art. 9 conditions, periods, yes and no.

Each reader returns what it understood and leaves the rest for the caller to report:
nothing is guessed silently. Words are matched after folding case and punctuation, in
English, Swedish, Norwegian (bokmål) and Danish.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ropa_desktop.interchange.spreadsheet.headers import normal

# A cell that records "none" or "not applicable" rather than leaving a gap.
NONE_WORDS = frozenset(normal(w) for w in (
    "-", "–", "—", "n/a", "na", "none", "no", "not applicable", "nej", "ingen", "inga", "inget",
    "ej tillämpligt", "ej aktuellt", "ei aktuelt", "ikke aktuelt", "ikke relevant", "ikke relevant",
    "ingen overføring", "ingen överföring", "ingen overførsel", "nei", "nej", "nil",
))
YES_WORDS = frozenset(normal(w) for w in ("yes", "y", "ja", "true", "x"))
NO_WORDS = frozenset(normal(w) for w in ("no", "n", "nej", "nei", "false", "none", "ingen", "inga", "n/a"))

_BULLET = re.compile(r"^\s*(?:[-*•·▪◦‣–]|\d+[.)])\s+")
_SPLIT = re.compile(r"[;\n•·▪◦]")
_ANY_SEPARATOR = re.compile(r"[;\n•·▪◦]|^\s*(?:[-*–]|\d+[.)])\s")


def is_none(text: str) -> bool:
    """Whether the cell records 'none' / 'not applicable' (and is not merely empty)."""
    return bool(text.strip()) and normal(text) in NONE_WORDS | {""}


def split_list(text: str, *, commas: bool = True) -> list[str]:
    """The items of a list written in one cell: by line, bullet, semicolon and (outside brackets) comma."""
    if not _ANY_SEPARATOR.search(text) and (not commas or "," not in text):
        item = text.strip().strip(".").strip()
        return [item] if item else []
    items: list[str] = []
    for line in text.splitlines():
        line = _BULLET.sub("", line)
        for part in _SPLIT.split(line):
            items.extend(_split_commas(part) if commas else [part])
    seen: list[str] = []
    folded: set[str] = set()
    for item in (i.strip().strip(".").strip() for i in items):
        item = _BULLET.sub("", item).strip()
        if item and item.casefold() not in folded:
            seen.append(item)
            folded.add(item.casefold())
    return seen


def _split_commas(text: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(depth - 1, 0)
        elif ch == "," and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


# --- legal bases (Art. 6(1)) ------------------------------------------------------------------

_ART6_LETTERS = {"a": "consent", "b": "contract", "c": "legal_obligation", "d": "vital_interests",
                 "e": "public_task", "f": "legitimate_interests"}
_ART6_REF = re.compile(r"\b6\s*[.(]?\s*1\s*\)?\s*[.(]?\s*([a-f])\b|\bart(?:icle|ikel|ikkel)?\s*6\s*([a-f])\b")
_ART6_WORDS: dict[str, tuple[str, ...]] = {
    "consent": ("consent", "samtycke", "samtykke", "samtykket"),
    "contract": ("contract", "performance of a contract", "avtal", "avtalet", "kontrakt", "avtale", "aftale",
                 "avtaleforhold", "aftaleforhold", "fullgöra avtal", "oppfylle avtale", "opfyldelse af kontrakt",
                 "anställningsavtal", "arbeidsavtale", "ansættelseskontrakt"),
    "legal_obligation": ("legal obligation", "rättslig förpliktelse", "rättslig skyldighet", "lagkrav",
                         "rettslig forpliktelse", "juridisk forpliktelse", "lovkrav", "retlig forpligtelse",
                         "retlig forpligtigelse", "lov", "lag"),
    "vital_interests": ("vital interests", "vital interest", "grundläggande intresse", "vitale interesser",
                        "vitale interesse", "vitale interesser"),
    "public_task": ("public task", "public interest", "allmänt intresse", "myndighetsutövning",
                    "allmennhetens interesse", "offentlig myndighet", "samfundets interesse",
                    "offentlig myndighedsudøvelse"),
    "legitimate_interests": ("legitimate interests", "legitimate interest", "berättigat intresse",
                             "berättigade intressen", "intresseavvägning", "berettiget interesse",
                             "berettigede interesser", "legitime interesser", "legitim interesse",
                             "interesseavveining", "interesseafvejning"),
}

# The phrases as matched: folded once, with the spaces that keep them whole words.
_ART6_KEYS = {code: tuple(f" {normal(p)} " for p in phrases) for code, phrases in _ART6_WORDS.items()}


def legal_bases(text: str) -> list[str]:
    """The Art. 6(1) bases the cell names, in the order written ('Art. 6.1 f', 'samtycke' …)."""
    low = text.casefold()
    found: list[tuple[int, str]] = []
    for m in _ART6_REF.finditer(low):
        found.append((m.start(), _ART6_LETTERS[m.group(1) or m.group(2)]))
    words = f" {normal(text)} "
    for code, phrases in _ART6_KEYS.items():
        for phrase in phrases:
            at = words.find(phrase)
            if at >= 0:
                found.append((at, code))
                break
    # "Legitimate interests" also contains no other basis; "uttryckligt samtycke" is still consent.
    codes: list[str] = []
    for _at, code in sorted(found):
        if code not in codes:
            codes.append(code)
    if "legal_obligation" in codes and len(codes) > 1 and not _names_obligation(words):
        codes.remove("legal_obligation")  # "lag"/"lov" alone was a word of another basis' text
    return codes


def _names_obligation(words: str) -> bool:
    return any(p in words for p in _ART6_KEYS["legal_obligation"][:-2]) or bool(
        re.search(r"6\s*[.(]?\s*1\s*\)?\s*[.(]?\s*c", words))


# --- Art. 9(2) conditions ----------------------------------------------------------------------

_ART9_REF = re.compile(r"\b9\s*[.(]?\s*2\s*\)?\s*[.(]?\s*([a-j])\b")
_ART9_WORDS: dict[str, tuple[str, ...]] = {
    "a": ("explicit consent", "uttryckligt samtycke", "uttrykkelig samtykke", "udtrykkeligt samtykke"),
    "b": ("employment", "social security", "arbetsrätt", "arbetsrättsliga", "social trygghet", "arbeidsrett",
          "arbeidsrettslige", "trygderett", "ansættelsesret", "arbejdsret", "social sikring"),
    "c": ("vital interests", "grundläggande intresse", "vitale interesser"),
    "d": ("not for profit", "ideell", "ideell organisation", "ideell organisasjon", "almennyttig"),
    "e": ("made public", "manifestly made public", "offentliggjort", "offentliggjorde", "offentliggjort af"),
    "f": ("legal claims", "rättsliga anspråk", "rettskrav", "retskrav"),
    "g": ("substantial public interest", "viktigt allmänt intresse", "viktig allmenn interesse",
          "væsentlige samfundsinteresser"),
    "h": ("occupational medicine", "health care", "health or social care", "företagshälsovård", "arbetsmedicin",
          "hälso och sjukvård", "bedriftshelsetjeneste", "arbeidsmedisin", "helsetjenester", "arbejdsmedicin",
          "sundhedspleje"),
    "i": ("public health", "folkhälsa", "folkehelse", "folkesundhed"),
    "j": ("archiving", "arkivändamål", "arkivformål", "arkivformål"),
}

_ART9_KEYS = {letter: tuple(f" {normal(p)} " for p in phrases) for letter, phrases in _ART9_WORDS.items()}


def art9_condition(text: str) -> str | bool | None:
    """The Art. 9(2) letter the cell names; None when it records 'none'; False when not understood."""
    if is_none(text):
        return None
    m = _ART9_REF.search(text.casefold())
    if m:
        return m.group(1)
    words = f" {normal(text)} "
    for letter, phrases in _ART9_KEYS.items():
        if any(p in words for p in phrases):
            return letter
    return False


# --- periods -------------------------------------------------------------------------------------

_UNITS = {
    "Y": ("years", "year", "yrs", "yr", "y", "år", "året", "åren", "aar", "års"),
    "M": ("months", "month", "mos", "mo", "månad", "månader", "mån", "månaden", "måned", "måneder", "mnd", "mdr",
          "md"),
    "W": ("weeks", "week", "wks", "vecka", "veckor", "uke", "uker", "uge", "uger"),
    "D": ("days", "day", "d", "dag", "dagar", "dager", "dage", "dygn", "døgn"),
}
_UNIT_OF = {word: unit for unit, words in _UNITS.items() for word in words}
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "five": 5, "ten": 10, "ett": 1, "en": 1, "två": 2,
                 "tre": 3, "fem": 5, "tio": 10, "et": 1, "to": 2, "ti": 10}
_PERIOD = re.compile(r"\b(\d+(?:[.,]5)?|" + "|".join(_NUMBER_WORDS) + r")\s*(" + "|".join(
    sorted((re.escape(w) for w in _UNIT_OF), key=len, reverse=True)) + r")\b", re.IGNORECASE)
_TRIGGER = re.compile(r"\b(?:after|from|following|efter|från|fr\.?o\.?m\.?|räknat från|etter|fra|regnet fra|"
                      r"fra og med|efter at|after the)\b\s*(.+)", re.IGNORECASE)
_UNTIL = re.compile(r"^\s*(?:until|till|tills|så länge|as long as|inntil|til|så lenge|indtil|så længe)\b",
                    re.IGNORECASE)
_AND = re.compile(r"^\s*(?:and|och|og|,|\+)?\s*$", re.IGNORECASE)


@dataclass
class Period:
    """A period read from a cell: the ISO duration (None for an event such as 'until consent is withdrawn')."""

    duration: str | None
    trigger: str | None


def period(text: str) -> Period | None:
    """'7 år' → P7Y; '2 years after end of employment' → P2Y from 'end of employment'; None if not understood."""
    parts: dict[str, int] = {}
    end = None
    for m in _PERIOD.finditer(text):
        number = _number(m.group(1))
        if number is None:
            continue
        if end is not None and not _AND.match(text[end:m.start()]):
            break  # a second, separate period ("6 months, then 2 years") is not summed into the first
        unit = _UNIT_OF[m.group(2).casefold()]
        if isinstance(number, float):  # "1,5 år" → 18 months
            if unit != "Y":
                return None
            unit, number = "M", int(number * 12)
        if unit in parts:
            break
        parts[unit] = number
        end = m.end()
    if not parts:
        if _UNTIL.match(text):
            return Period(None, text.strip())
        return None
    duration = "P" + "".join(f"{parts[u]}{u}" for u in "YMWD" if u in parts)
    if "W" in parts and len(parts) > 1:  # ISO mixes weeks with other units only in its extended form
        days = parts.pop("W") * 7 + parts.pop("D", 0)
        duration = "P" + "".join(f"{parts[u]}{u}" for u in "YM" if u in parts) + f"{days}D"
    rest = text[end:] if end is not None else ""
    found = _TRIGGER.search(rest)
    trigger = found.group(1).strip().rstrip(".").strip() if found else None
    return Period(duration, trigger or None)


def _number(word: str) -> int | float | None:
    word = word.casefold().replace(",", ".")
    if word.isdigit():
        return int(word)
    try:
        return float(word)
    except ValueError:
        return _NUMBER_WORDS.get(word)


def yes_no(text: str) -> bool | None:
    """True for yes/ja, False for no/nej/nei, None when the cell says neither."""
    key = normal(text)
    if key in YES_WORDS or key.startswith(("yes ", "ja ")):
        return True
    if key in NO_WORDS or key.startswith(("no ", "nej ", "nei ")):
        return False
    return None
