"""A finding: one gap or risk in the register."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any


class Severity(enum.IntEnum):
    """Ordered so that sorting puts errors first."""

    ERROR = 0
    WARNING = 1
    INFO = 2

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class Finding:
    code: str  # stable rule code, e.g. "transfer-no-mechanism"
    severity: Severity
    article: str  # the GDPR provision it rests on, e.g. "Art. 30(1)(e), Art. 44"
    entity: str  # "organisation", or a list name: "activities", "processors", ...
    entity_id: str  # the item's id ("" for the organisation)
    field: str  # path inside the item, e.g. "purposes[0].legal_basis" ("" for the whole item)
    messages: dict[str, str] = field(hash=False, compare=False)  # {"en": ..., "sv": ...}
    entity_name: str = ""  # the item's name, for lists and reports

    def message(self, lang: str = "en") -> str:
        return self.messages.get(lang) or self.messages["en"]

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": self.severity.label,
            "article": self.article,
            "entity": self.entity,
            "entity_id": self.entity_id,
            "entity_name": self.entity_name,
            "field": self.field,
            "message": dict(self.messages),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Finding:
        """The finding that :meth:`to_json` wrote (the app reads its checks process's lines)."""
        return cls(
            code=data["code"],
            severity=Severity[data["severity"].upper()],
            article=data["article"],
            entity=data["entity"],
            entity_id=data["entity_id"],
            field=data["field"],
            messages=dict(data["message"]),
            entity_name=data.get("entity_name", ""),
        )
