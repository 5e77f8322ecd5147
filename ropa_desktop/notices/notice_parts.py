"""The content of an information notice, independent of its format (HTML, PDF).

``NoticeContent`` holds exactly what the notice says; its hash identifies a text, so it
holds no date and no version (those belong to a publication, not to the content).
Register texts are kept as :class:`RText` (text plus the language it is in), so a
renderer can mark a text that fell back to another language with its own ``lang``.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class RText:
    """A text taken from the register, with the language it is written in."""

    text: str
    lang: str


@dataclass(frozen=True, slots=True)
class ContactInfo:
    name: str
    address_lines: list[str] = field(default_factory=list)
    email: str = ""
    phone: str = ""
    website: str = ""


@dataclass(frozen=True, slots=True)
class Controller:
    name: str
    trade_name: str = ""
    org_number: str = ""
    org_number_label: str = ""  # the country's own name for the number (e.g. CVR-nummer)
    address_lines: list[str] = field(default_factory=list)
    email: str = ""
    phone: str = ""
    website: str = ""


@dataclass(frozen=True, slots=True)
class Authority:
    name: str
    address_lines: list[str]
    website: str
    email: str
    phone: str


@dataclass(frozen=True, slots=True)
class RetentionItem:
    description: RText
    period: str  # in words, '' for a rule that is an event ("until you withdraw consent")
    trigger: RText | None = None
    law_reference: RText | None = None
    data_categories: list[RText] = field(default_factory=list)  # the rule's narrowing, if any


@dataclass(frozen=True, slots=True)
class PurposeItem:
    id: str
    description: RText
    data_categories: list[RText]
    legal_basis: str  # one of LEGAL_BASES, '' when not recorded
    legitimate_interest: RText | None = None
    law_reference: RText | None = None
    special_condition: str = ""  # Art. 9(2) condition in words
    retention: list[RetentionItem] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class SourceItem:
    type: str  # data_subject, third_party, public
    description: RText | None = None
    # The description already opens with the kind's own words ("From you when you shop"): the
    # notice then prints it alone, since "From you: From you when you shop" reads doubled.
    says_kind: bool = False


@dataclass(frozen=True, slots=True)
class JointControllerItem:
    name: str
    contact: ContactInfo | None = None  # name, address, email, phone as recorded
    responsibilities: RText | None = None


@dataclass(frozen=True, slots=True)
class AutomatedItem:
    exists: bool
    profiling: bool
    logic: RText | None = None
    consequences: RText | None = None


@dataclass(frozen=True, slots=True)
class ActivityBlock:
    id: str
    name: RText
    purposes: list[PurposeItem]
    sources: list[SourceItem] = field(default_factory=list)
    joint_controllers: list[JointControllerItem] = field(default_factory=list)
    requirement: RText | None = None
    no_requirement: bool = False  # recorded (null): providing the data is not required (Art. 13(2)(e))
    automated: AutomatedItem | None = None


@dataclass(frozen=True, slots=True)
class RecipientItem:
    name: RText
    type: str


@dataclass(frozen=True, slots=True)
class ProcessorItem:
    name: RText  # the vendor's name, or the kind of service when named by category
    service: RText | None = None
    agreement: bool = False  # a signed data processing agreement is recorded (Art. 28(3))


@dataclass(frozen=True, slots=True)
class TransferItem:
    country: str  # ISO code, '' when not stated
    country_name: str  # in the notice's language, or the phrase for "outside the EU/EEA"
    recipient: RText
    mechanism: str
    safeguard: str  # in words: the safeguard in force, with its decision, module or derogation
    copy: RText | None = None  # how to get a copy of the safeguards


@dataclass(frozen=True, slots=True)
class AudienceSection:
    id: str
    name: RText
    description: RText | None
    activities: list[ActivityBlock]
    recipients: list[RecipientItem]
    processors: list[ProcessorItem]
    transfers: list[TransferItem]
    recipients_recorded: bool  # False when some activity has no recipients/processors recorded
    transfers_recorded: bool

    @property
    def indirect(self) -> bool:
        """Art. 14 applies: some data comes from someone other than the data subject."""
        return any(s.type != "data_subject" for a in self.activities for s in a.sources)


@dataclass(frozen=True, slots=True)
class NoticeContent:
    lang: str
    audience: str  # a data-subject category id, or "" for all audiences
    processors_by: str  # "name" or "category"
    controller: Controller
    dpo: ContactInfo | None
    representative: ContactInfo | None
    sections: list[AudienceSection]
    rights: list[str]  # keys: access, rectification, erasure, restriction, portability, object, withdraw, automated
    # ("object" is shown apart from the others: Art. 21(4))
    exercise: RText | None  # how to exercise the rights (organisation.complaints_contact)
    authority: Authority | None

    @property
    def other_rights(self) -> list[str]:
        """The rights listed together; the right to object is presented separately (Art. 21(4))."""
        return [r for r in self.rights if r != "object"]

    @property
    def may_object(self) -> bool:
        return "object" in self.rights

    def to_json(self) -> dict:
        return _plain(self)

    def canonical_json(self) -> str:
        """The content as JSON, keys sorted, no spaces: what its hash covers and what the log keeps."""
        return json.dumps(self.to_json(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    def sha256(self) -> str:
        """Identifies the text: the same register facts give the same hash, whatever the date."""
        return hashlib.sha256(self.canonical_json().encode("utf-8")).hexdigest()


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _plain(value: Any) -> Any:
    """What ``dataclasses.asdict`` gives, without its deep copy of every string: at 1,000 activities
    asdict took ~1 s of a notice, and the content was converted two or three times."""
    kind = type(value)
    if kind is str or value is None or kind is int or kind is bool or kind is float:
        return value
    names = _FIELD_NAMES.get(kind)
    if names is None and is_dataclass(value) and not isinstance(value, type):
        names = _FIELD_NAMES[kind] = tuple(f.name for f in fields(value))
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if kind is list:
        return [_plain(v) for v in value]
    if isinstance(value, tuple) and not hasattr(value, "_fields"):
        return kind(_plain(v) for v in value)
    if isinstance(value, dict):
        return kind((_plain(k), _plain(v)) for k, v in value.items())
    return copy.deepcopy(value)


@dataclass(frozen=True, slots=True)
class Fallback:
    """A register text shown in another language than the notice's."""

    where: str  # in the notice's language, e.g. 'Purpose «Skicka marknadsföring…»'
    used_lang: str
    message: str


@dataclass(frozen=True, slots=True)
class Gap:
    """An Art. 13/14 item the register cannot fill yet."""

    article: str
    message: str  # in the notice's language


@dataclass(slots=True)
class Notice:
    """A notice ready to render: the content plus its publication details and warnings."""

    content: NoticeContent
    date: dt.date
    version: int | None = None  # the version it gets when published (None: not known, no store)
    fallbacks: list[Fallback] = field(default_factory=list)
    completeness: list[Gap] = field(default_factory=list)
    _canonical: tuple[NoticeContent, str] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def lang(self) -> str:
        return self.content.lang

    @property
    def audience(self) -> str | None:
        return self.content.audience or None

    @property
    def content_sha256(self) -> str:
        return hashlib.sha256(self.canonical_content().encode("utf-8")).hexdigest()

    def canonical_content(self) -> str:
        """``content.canonical_json()``, made once per content: its version, its hash and its log
        entry all need it, and at 10,000 activities it is tens of megabytes."""
        cached = self._canonical
        if cached is None or cached[0] is not self.content:
            cached = self._canonical = (self.content, self.content.canonical_json())
        return cached[1]
