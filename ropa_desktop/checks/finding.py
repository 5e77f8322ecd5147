"""A finding: one gap or risk in the register, kept as data and worded when it is shown.

A finding holds its rule's code, the article, the item it concerns and the parameters of
its message (JSON data: item names as {lang: text} per register language, words and
countries as codes; see output/wording.py). The CLI, the Overview and the export annex
each word it in their own language with :meth:`Finding.message`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

from ropa_desktop.output.languages import LANGUAGES
from ropa_desktop.output.wording import word


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
    article: str  # the GDPR provision it rests on, canonical EU notation, e.g. "Art. 30(1)(e), Art. 44"
    entity: str  # "organisation", or a list name: "activities", "processors", ...
    entity_id: str  # the item's id ("" for the organisation)
    field: str  # path inside the item, e.g. "purposes[0].legal_basis" ("" for the whole item)
    params: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)  # the message's fields
    entity_name: str = ""  # the item's name, for lists and reports
    message_id: str = ""  # the catalogue message when one code has several ("not-recorded" per field)
    # Messages already worded by the process that found it (read back from JSON): the window shows
    # them without loading the catalogues itself.
    worded: dict[str, str] = field(default_factory=dict, hash=False, compare=False, repr=False)

    @property
    def msgid(self) -> str:
        return f"finding.{self.message_id or self.code}"

    def message(self, lang: str = "en") -> str:
        """The finding in ``lang`` (English for a language without a catalogue)."""
        return self.worded.get(lang) or word(self.msgid, lang, **self.params)

    @property
    def messages(self) -> dict[str, str]:
        """The message in every catalogue language."""
        return {lang: self.message(lang) for lang in LANGUAGES}

    def to_json(self) -> dict[str, Any]:
        # "message" keeps its old form ({lang: text}) for scripts; "params" lets a reader word it anew.
        data = {
            "code": self.code,
            "severity": self.severity.label,
            "article": self.article,
            "entity": self.entity,
            "entity_id": self.entity_id,
            "entity_name": self.entity_name,
            "field": self.field,
            "message": self.messages,
            "params": self.params,
        }
        if self.message_id:
            data["message_id"] = self.message_id
        return data

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
            params=dict(data.get("params") or {}),
            entity_name=data.get("entity_name", ""),
            message_id=data.get("message_id", ""),
            worded=dict(data["message"]) if isinstance(data.get("message"), dict) else {},
        )
