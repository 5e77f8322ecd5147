"""Break points in long words of running text and labels, by the rules of the text's language.

A Nordic label column is narrow for words such as "Personvernkonsekvensvurdering"; cut where
the line ends, such a word reads as two ("Personvernkonsekvensvurderin|g"). Here each long word
gets soft hyphens where the language's hyphenation dictionary (pyphen, the LibreOffice/Hunspell
patterns) allows a break; the layout engine (output/pdf_layout) breaks a word there, with a
visible hyphen, only when the word does not fit its line.

Only texts worded by us go through here (labels, headings, the notices' sentences before their
placeholders are filled): never names of activities, organisations or people, which readers
and search tools look for whole. A language without a dictionary (a new catalogue) is not
hyphenated, and its long words are cut where they must be, as before.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from ropa_desktop.output.languages import language_of

SOFT_HYPHEN = "\u00ad"
MIN_LENGTH = 10  # shorter words fit any column we draw
_DICTIONARY = {"en": "en_US"}  # its patterns break as readers expect ("re-spon-si-bil-i-ties"); en_GB's do not
_WORD = re.compile(rf"[^\W\d_]{{{MIN_LENGTH},}}")  # runs of letters: no codes or numbers
_SKIP = re.compile(r"[{}@/\\]|www\.|^[A-Z]{2,}")  # {placeholders}, addresses and acronyms stay whole


@cache
def _pyphen(lang: str) -> Any:
    import pyphen  # only when a PDF is laid out

    name = pyphen.language_fallback(_DICTIONARY.get(lang, lang))
    return pyphen.Pyphen(lang=name, left=2, right=3) if name else None


@lru_cache(maxsize=16384)
def _word(word: str, lang: str) -> str:
    dictionary = _pyphen(lang)
    if dictionary is None:
        return word
    pieces = dictionary.inserted(word, hyphen=SOFT_HYPHEN).split(SOFT_HYPHEN)
    merged: list[str] = []
    for piece in pieces:
        # A one-letter piece ("rå-d-gi-ver") is a dictionary quirk: no reader breaks a word there.
        if merged and len(piece) < 2:
            merged[-1] += piece
        else:
            merged.append(piece)
    return SOFT_HYPHEN.join(merged)


@lru_cache(maxsize=4096)  # the same labels come back on every record: a 1,000-activity PDF asks 17,000 times
def hyphenate(text: str, lang: str) -> str:
    """``text`` with soft hyphens at the allowed breaks of its long words (in ``lang``)."""
    if not text or len(text) < MIN_LENGTH:
        return text
    lang = language_of(lang)
    out = []
    for token in text.split(" "):
        if len(token) >= MIN_LENGTH and SOFT_HYPHEN not in token and not _SKIP.search(token):
            token = _WORD.sub(lambda m: _word(m.group(0), lang), token)
        out.append(token)
    return " ".join(out)
