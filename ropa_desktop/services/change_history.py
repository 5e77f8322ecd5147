"""Who changed what and when, for the whole register or one item (`ropa history`).

An id is unique only within its list: an activity and a data category may both be "kunder".
Asking for an id therefore names the kind (``kind``) or gets the entries grouped per kind, so
the two are never shown as one item's history.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ropa_desktop.store.register_store import HistoryEntry, RegisterStore

# The words a user types for a kind (`--kind`), and the history's entity for each.
KINDS: dict[str, str] = {
    "activity": "activities",
    "processor": "processors",
    "recipient": "recipients",
    "data-category": "data_categories",
    "data-subject-category": "data_subject_categories",
    "security-measure": "security_measures",
    "organisation": "organisation",
    "register": "register",
}


@dataclass(frozen=True)
class ItemHistory:
    """The entries asked for, oldest first, and the kinds (history entities) they belong to."""

    entries: list[HistoryEntry]

    @property
    def kinds(self) -> list[str]:
        """The entities the entries touch, in the order first changed."""
        return list(dict.fromkeys(e.entity for e in self.entries))

    def of_kind(self, entity: str) -> list[HistoryEntry]:
        return [e for e in self.entries if e.entity == entity]


def item_history(path: str | Path, entity_id: str | None = None, kind: str | None = None) -> ItemHistory:
    """The history of the register at ``path``; of one id, and of one kind (a :data:`KINDS` key)."""
    with RegisterStore.open(Path(path)) as store:
        entries = store.history(entity_id=entity_id)
    if kind is not None:
        entity = KINDS[kind]
        entries = [e for e in entries if e.entity == entity]
    return ItemHistory(entries)
