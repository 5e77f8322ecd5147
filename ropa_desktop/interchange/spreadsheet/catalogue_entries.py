"""Catalogue entries made from names in cells: the same name in several rows becomes one entry.

A name already in the register's catalogue is reused (compared without regard to case, in
any of its languages); a new one gets an id made from its name, unique in its list.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any

from ropa_desktop.domain.ltext import LText

_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ä": "a", "ö": "o", "ü": "u", "ß": "ss", "Æ": "ae",
                       "Ø": "o", "Å": "a", "Ä": "a", "Ö": "o"})
_NOT_ID = re.compile(r"[^a-z0-9]+")


def slug(name: str, limit: int = 48) -> str:
    """An id made from a name: 'Löneadministration & HR' → 'loneadministration-hr' (the format's id pattern)."""
    text = unicodedata.normalize("NFKD", name.translate(_FOLD))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _NOT_ID.sub("-", text).strip("-")[:limit].strip("-")
    return text or "item"


def unique_id(base: str, taken: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3`` … whichever is not yet taken; the result is taken."""
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    taken.add(candidate)
    return candidate


def _names(item: Any) -> Iterable[str]:
    name = item.name
    if isinstance(name, LText):
        return name.values.values()
    return [name]


class Catalogue:
    """One catalogue list: the register's entries and those this import adds."""

    def __init__(self, existing: Iterable[Any], make: Callable[[str, str], Any]) -> None:
        self._make = make
        self._by_name: dict[str, str] = {}
        self.taken: set[str] = set()
        for item in existing:
            self.taken.add(item.id)
            for name in _names(item):
                self._by_name.setdefault(name.casefold().strip(), item.id)
        self.new: list[Any] = []

    def entry(self, name: str) -> str:
        """The id of the entry called ``name``, made if the register and this import have none."""
        key = name.casefold().strip()
        found = self._by_name.get(key)
        if found is not None:
            return found
        item = self._make(unique_id(slug(name), self.taken), name.strip())
        self.new.append(item)
        self._by_name[key] = item.id
        return item.id

    def find(self, item_id: str) -> Any | None:
        return next((item for item in self.new if item.id == item_id), None)
