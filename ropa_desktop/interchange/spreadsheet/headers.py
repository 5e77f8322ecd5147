"""Finding the header row of a foreign register and recognising its columns and title block.

Templates put a title, the controller's details and instructions above the table, so the
header row is the row among the first ones where most cells are headers we know. Headers
are compared after folding case, punctuation and bracketed asides, with a fuzzy score
(rapidfuzz's token-sort ratio: word order does not count, a misspelt letter costs little).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from rapidfuzz import fuzz, process

from ropa_desktop.interchange.spreadsheet.vocabulary import HEADERS, LANGUAGE_WORDS, ORGANISATION_LABELS

# A header scoring below this is not recognised. Chosen on tests/interchange/test_spreadsheet_headers.py's
# corpus: every variant there passes, while neighbours such as "Kategorier av registrerade" and
# "Kategorier av personuppgifter" stay far apart (about 60).
THRESHOLD = 85
HEADER_SCAN_ROWS = 40  # the header row is looked for among the first rows only

_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NOT_WORD = re.compile(r"[^\w]+")


def normal(text: str) -> str:
    """Case, punctuation, bracketed asides and spacing folded away: the header as words."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = _BRACKETS.sub(" ", text)
    text = _NOT_WORD.sub(" ", text.replace("_", " "))
    return " ".join(text.split())


@cache
def _choices(table: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[list[str], list[str]]:
    names: list[str] = []
    fields: list[str] = []
    for target, aliases in table:
        for alias in aliases:
            names.append(normal(alias))
            fields.append(target)
    return names, fields


def _match(text: str, table: dict[str, tuple[str, ...]]) -> tuple[str, float] | None:
    key = normal(text)
    if not key:
        return None
    names, fields = _choices(tuple(table.items()))
    if key in names:
        return fields[names.index(key)], 100.0
    best = process.extractOne(key, names, scorer=fuzz.token_sort_ratio, score_cutoff=THRESHOLD)
    if best is None:
        return None
    _name, score, index = best
    return fields[index], float(score)


def match_header(text: str) -> tuple[str, float] | None:
    """The field a column header names, with its score (0-100), or None when it is not one we know."""
    return _match(text, HEADERS)


def match_label(text: str) -> str | None:
    """The organisation detail a title-block label names ('Organisationsnummer:' → org_number)."""
    found = _match(text, ORGANISATION_LABELS)
    return found[0] if found else None


def find_header_row(rows: list[list[str]], mapped: frozenset[str] = frozenset()) -> int | None:
    """The index of the row where most cells are known (or ``mapped``) headers, at least two; else None."""
    best, best_count = None, 1
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        count = sum(1 for cell in row if cell and len(cell) < 200 and (normal(cell) in mapped or match_header(cell)))
        if count > best_count:
            best, best_count = index, count
    return best


def header_language(headers: list[str]) -> str | None:
    """sv, nb or da when the headers are written in it (most telling words), else None."""
    text = " ".join(normal(h) for h in headers)
    counts = {lang: sum(1 for word in words if word in text) for lang, words in LANGUAGE_WORDS.items()}
    lang, count = max(counts.items(), key=lambda kv: kv[1])
    return lang if count else None


@dataclass
class TitleBlock:
    """The organisation's details found above the table, by detail (name, org_number, address, email, phone, dpo)."""

    details: dict[str, str] = field(default_factory=dict)
    cells: dict[str, str] = field(default_factory=dict)  # detail → the cell it came from, e.g. "B3"


def read_title_block(rows: list[list[str]]) -> TitleBlock:
    """The labelled details above the header row: 'Label: value' in a cell, or a label cell and its neighbour."""
    block = TitleBlock()
    for r, row in enumerate(rows):
        cells = [(c, cell) for c, cell in enumerate(row) if cell]
        i = 0
        while i < len(cells):
            c, cell = cells[i]
            label, _colon, value = cell.partition(":")
            detail = match_label(label) if len(label) < 60 else None
            if detail and not value.strip() and i + 1 < len(cells):
                value = cells[i + 1][1]
                i += 1
            if detail and value.strip() and detail not in block.details:
                block.details[detail] = value.strip()
                block.cells[detail] = cell_name(r, c)
            i += 1
    return block


def cell_name(row: int, column: int) -> str:
    """A cell's name as a spreadsheet shows it (row and column from 0): cell_name(2, 1) == 'B3'."""
    return f"{column_name(column)}{row + 1}"


def column_name(column: int) -> str:
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
