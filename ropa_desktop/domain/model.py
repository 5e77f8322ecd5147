"""Dataclasses for every object of the ``ropa-register`` format (version 1).

Field names are the format's; field order is the schema's. A field typed
``... | Missing`` may be absent from a register (*not recorded*); ``None`` and
``[]`` are recorded answers. ``extras`` keeps the object's ``x-`` properties so
that nothing a user or another tool put there is lost on a round trip.

Rules that read several fields (which data categories a purpose covers, whether
an activity is in force) live here as methods, so that the checks, the notices and
the exports apply them the same way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from ropa_desktop.domain.ltext import LText
from ropa_desktop.domain.missing import MISSING, Missing

Extras = dict[str, Any]

ROLES = ("controller", "joint_controller", "processor")
STATUSES = ("draft", "active", "retired")
LEGAL_BASES = (
    "consent",
    "contract",
    "legal_obligation",
    "vital_interests",
    "public_task",
    "legitimate_interests",
)
SPECIAL_CATEGORIES = (
    "racial_ethnic_origin",
    "political_opinions",
    "religious_beliefs",
    "trade_union_membership",
    "genetic",
    "biometric",
    "health",
    "sex_life_orientation",
    "unspecified",
)
RECIPIENT_TYPES = ("authority", "third_party", "joint_controller", "group_company", "other")
DPA_STATUSES = ("signed", "pending", "missing", "not_required")
MEASURE_KINDS = ("technical", "organisational")
SOURCE_TYPES = ("data_subject", "third_party", "public")
MECHANISMS = ("adequacy", "scc", "bcr", "codes_of_conduct", "certification", "derogation", "none")
SCC_STATUSES = ("signed", "in_negotiation", "missing", "outdated")
TIA_STATUSES = ("not_needed", "pending", "done")
DPIA_REQUIRED = ("yes", "no", "unknown")
DPIA_STATUSES = ("not_started", "in_progress", "done")
DEROGATIONS = ("a", "b", "c", "d", "e", "f", "g")
ART9_CONDITIONS = ("a", "b", "c", "d", "e", "f", "g", "h", "i", "j")

_model = dataclass(kw_only=True, slots=True, eq=True)


@_model
class Address:
    street: str | Missing = MISSING
    postal_code: str | Missing = MISSING
    city: str | Missing = MISSING
    country: str | Missing = MISSING
    extras: Extras = field(default_factory=dict)


@_model
class Contact:
    name: str
    email: str | Missing = MISSING
    phone: str | Missing = MISSING
    address: Address | Missing = MISSING
    extras: Extras = field(default_factory=dict)


@_model
class Organisation:
    name: str
    trade_name: str | Missing = MISSING
    org_number: str | Missing = MISSING
    address: Address | Missing = MISSING
    email: str | Missing = MISSING
    phone: str | Missing = MISSING
    website: str | Missing = MISSING
    dpo: Contact | Missing | None = MISSING
    representative: Contact | Missing | None = MISSING
    supervisory_authority: str
    complaints_contact: LText | Missing = MISSING
    review_every: str | Missing = MISSING  # ISO 8601 duration; the activities' default
    extras: Extras = field(default_factory=dict)


def unrecorded_details(organisation: Organisation, details: dict[str, Any]) -> dict[str, Any]:
    """Those of ``details`` (field → value) that the organisation has not recorded.

    Details found elsewhere (a spreadsheet's title block) fill gaps and never overwrite: what
    the DPO recorded — including a DPO recorded as none (``None``) — is theirs. An unknown
    field is a programming error (KeyError), not a detail to drop quietly.
    """
    for key in details:
        if key not in Organisation.__dataclass_fields__:
            raise KeyError(key)
    return {key: value for key, value in details.items() if isinstance(getattr(organisation, key), Missing)}


def with_details(organisation: Organisation, details: dict[str, Any]) -> Organisation:
    """A copy of the organisation with the details it has not recorded filled in (see :func:`unrecorded_details`)."""
    return replace(organisation, **unrecorded_details(organisation, details))


@_model
class DataSubjectCategory:
    id: str
    name: LText
    description: LText | Missing = MISSING
    extras: Extras = field(default_factory=dict)


@_model
class DataCategory:
    id: str
    name: LText
    description: LText | Missing = MISSING
    special_category: str | Missing | None = MISSING
    criminal_offences: bool | Missing = MISSING
    national_id: bool | Missing = MISSING
    extras: Extras = field(default_factory=dict)

    @property
    def is_special(self) -> bool:
        """Art. 9(1) data, including a special category stated as 'unspecified'."""
        return bool(self.special_category)

    @property
    def is_criminal(self) -> bool:
        return self.criminal_offences is True

    @property
    def is_national_id(self) -> bool:
        return self.national_id is True


@_model
class Recipient:
    id: str
    name: LText
    type: str
    country: str | Missing = MISSING
    extras: Extras = field(default_factory=dict)


@_model
class Dpa:
    status: str
    signed_on: dt.date | Missing = MISSING
    reference: str | Missing = MISSING
    review_on: dt.date | Missing = MISSING
    extras: Extras = field(default_factory=dict)


@_model
class ControllerDpa:
    status: str
    signed_on: dt.date | Missing = MISSING
    reference: str | Missing = MISSING
    extras: Extras = field(default_factory=dict)


@_model
class SubProcessor:
    name: str
    country: str | Missing = MISSING
    service: LText | Missing = MISSING
    extras: Extras = field(default_factory=dict)


@_model
class Processor:
    id: str
    name: str
    category: bool | Missing = MISSING
    service: LText | Missing = MISSING
    country: str | Missing = MISSING
    address: Address | Missing = MISSING
    contact: Contact | Missing = MISSING
    dpa: Dpa | Missing = MISSING
    sub_processors: list[SubProcessor] | Missing = MISSING
    processing_locations: list[str] | Missing = MISSING
    extras: Extras = field(default_factory=dict)

    @property
    def is_category(self) -> bool:
        return self.category is True

    def countries(self) -> list[str]:
        """Every country where this processor is established, processes, or has a sub-processor."""
        found: list[str] = []
        for code in [
            self.country,
            *(self.processing_locations or []),
            *(sp.country for sp in self.sub_processors or []),
        ]:
            if isinstance(code, str) and code not in found:
                found.append(code)
        return found


@_model
class SecurityMeasure:
    id: str
    name: LText
    kind: str
    description: LText | Missing = MISSING
    extras: Extras = field(default_factory=dict)


@_model
class JointController:
    name: str
    contact: Contact | Missing = MISSING
    responsibilities: LText | Missing = MISSING
    extras: Extras = field(default_factory=dict)


@_model
class ControllerOnBehalf:
    name: str
    contact: Contact | Missing = MISSING
    dpo: Contact | Missing | None = MISSING
    dpa: ControllerDpa | Missing = MISSING
    extras: Extras = field(default_factory=dict)


@_model
class Source:
    type: str
    description: LText | Missing = MISSING
    extras: Extras = field(default_factory=dict)


@_model
class Purpose:
    id: str
    description: LText
    legal_basis: str | Missing = MISSING
    legitimate_interest: LText | Missing = MISSING
    law_reference: LText | Missing = MISSING
    special_category_condition: str | Missing | None = MISSING
    data_categories: list[str] | Missing = MISSING
    data_subjects: list[str] | Missing = MISSING
    extras: Extras = field(default_factory=dict)


@_model
class Scc:
    module: int | Missing = MISSING
    status: str
    signed_on: dt.date | Missing = MISSING
    reference: str | Missing = MISSING
    extras: Extras = field(default_factory=dict)


@_model
class Tia:
    status: str
    done_on: dt.date | Missing = MISSING
    reference: str | Missing = MISSING
    extras: Extras = field(default_factory=dict)


@_model
class Dpf:
    """EU-US Data Privacy Framework: adequacy (EU) 2023/1795 covers certified organisations only."""

    certified: bool
    checked_on: dt.date | Missing = MISSING
    reference: str | Missing = MISSING
    # The format allows no x- keys here (unlike its other objects); kept for the codec's sake.
    extras: Extras = field(default_factory=dict)


@_model
class Transfer:
    country: str | Missing | None = MISSING
    processor: str | Missing = MISSING
    recipient: str | Missing = MISSING
    recipient_name: str | Missing = MISSING
    mechanism: str
    scc: Scc | Missing = MISSING
    derogation: str | Missing = MISSING
    tia: Tia | Missing = MISSING
    supplementary_measures: LText | Missing = MISSING
    copy_available: LText | Missing = MISSING
    dpf: Dpf | Missing = MISSING
    extras: Extras = field(default_factory=dict)


@_model
class Retention:
    purposes: list[str] | Missing = MISSING
    data_subjects: list[str] | Missing = MISSING
    data_categories: list[str] | Missing = MISSING
    period: str | None
    trigger: LText | Missing = MISSING
    description: LText
    law_reference: LText | Missing = MISSING
    extras: Extras = field(default_factory=dict)

    def applies_to_purpose(self, purpose_id: str) -> bool:
        return not self.purposes or purpose_id in self.purposes


@_model
class AutomatedDecisions:
    exists: bool
    profiling: bool
    logic: LText | Missing = MISSING
    consequences: LText | Missing = MISSING
    extras: Extras = field(default_factory=dict)


@_model
class Dpia:
    required: str
    status: str | Missing = MISSING
    reference: str | Missing = MISSING
    done_on: dt.date | Missing = MISSING
    extras: Extras = field(default_factory=dict)


@_model
class Activity:
    id: str
    name: LText
    description: LText | Missing = MISSING
    role: str
    joint_controllers: list[JointController] | Missing = MISSING
    controllers: list[ControllerOnBehalf] | Missing = MISSING
    status: str | Missing = MISSING
    owner: str | Missing = MISSING
    systems: list[str] | Missing = MISSING
    data_subjects: list[str] = field(default_factory=list)
    data_categories: list[str] = field(default_factory=list)
    sources: list[Source] | Missing = MISSING
    purposes: list[Purpose] | Missing = MISSING
    recipients: list[str] | Missing = MISSING
    processors: list[str] | Missing = MISSING
    transfers: list[Transfer] | Missing = MISSING
    retention: list[Retention] | Missing = MISSING
    security_measures: list[str] | Missing = MISSING
    automated_decisions: AutomatedDecisions | Missing = MISSING
    requirement: LText | Missing | None = MISSING
    dpia: Dpia | Missing = MISSING
    last_reviewed: dt.date | Missing = MISSING
    next_review: dt.date | Missing = MISSING
    review_every: str | Missing = MISSING  # ISO 8601 duration; absent: the organisation's
    national_id_justification: LText | Missing = MISSING
    extras: Extras = field(default_factory=dict)

    @property
    def effective_status(self) -> str:
        """The format reads an absent status as 'active'."""
        return self.status if isinstance(self.status, str) else "active"

    @property
    def is_processor_activity(self) -> bool:
        return self.role == "processor"

    def purpose(self, purpose_id: str) -> Purpose | None:
        for purpose in self.purposes or []:
            if purpose.id == purpose_id:
                return purpose
        return None

    def purpose_data_categories(self, purpose: Purpose) -> list[str]:
        """The data categories a purpose covers: its own narrowing, else the activity's."""
        return list(purpose.data_categories) if purpose.data_categories else list(self.data_categories)

    def purpose_data_subjects(self, purpose: Purpose) -> list[str]:
        return list(purpose.data_subjects) if purpose.data_subjects else list(self.data_subjects)

    def retention_for(self, purpose_id: str) -> list[Retention]:
        """The retention rules that apply to a purpose, in the order they chain."""
        return [rule for rule in self.retention or [] if rule.applies_to_purpose(purpose_id)]


@_model
class Register:
    """One organisation's whole register: the document the interchange format holds."""

    languages: list[str]
    organisation: Organisation
    data_subject_categories: list[DataSubjectCategory] = field(default_factory=list)
    data_categories: list[DataCategory] = field(default_factory=list)
    recipients: list[Recipient] | Missing = MISSING
    processors: list[Processor] | Missing = MISSING
    security_measures: list[SecurityMeasure] | Missing = MISSING
    activities: list[Activity] = field(default_factory=list)
    extras: Extras = field(default_factory=dict)

    @property
    def default_language(self) -> str:
        return self.languages[0]

    # Look-ups by id. Registers are small enough (thousands of items) that building the
    # index per call would still be fast, but the checks call these in loops.
    def data_subject_category(self, item_id: str) -> DataSubjectCategory | None:
        return _index(self.data_subject_categories).get(item_id)

    def data_category(self, item_id: str) -> DataCategory | None:
        return _index(self.data_categories).get(item_id)

    def recipient(self, item_id: str) -> Recipient | None:
        return _index(self.recipients or []).get(item_id)

    def processor(self, item_id: str) -> Processor | None:
        return _index(self.processors or []).get(item_id)

    def security_measure(self, item_id: str) -> SecurityMeasure | None:
        return _index(self.security_measures or []).get(item_id)

    def activity(self, item_id: str) -> Activity | None:
        return _index(self.activities).get(item_id)


def _index(items: list[Any]) -> dict[str, Any]:
    return {item.id: item for item in items}
