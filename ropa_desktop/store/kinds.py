"""The lists a register holds, and how each is stored."""

from __future__ import annotations

import enum


class Kind(enum.Enum):
    """A top-level list of the register; the value is its table (and JSON key)."""

    DATA_SUBJECT_CATEGORY = "data_subject_categories"
    DATA_CATEGORY = "data_categories"
    RECIPIENT = "recipients"
    PROCESSOR = "processors"
    SECURITY_MEASURE = "security_measures"
    ACTIVITY = "activities"

    @property
    def table(self) -> str:
        return self.value

    @property
    def model_class(self) -> type:
        from ropa_desktop.domain import model  # on first use: the GUI shows its first list without the model

        return getattr(model, _CLASSES[self])

    @property
    def noun(self) -> str:
        """English noun for messages of the storage layer (the GUI translates its own)."""
        return _NOUNS[self]

    @property
    def optional(self) -> bool:
        """Lists the format lets a register leave out entirely (not recorded)."""
        return self in (Kind.RECIPIENT, Kind.PROCESSOR, Kind.SECURITY_MEASURE)

    @property
    def link_table(self) -> str | None:
        """The table linking activities to items of this catalogue (None for activities)."""
        return None if self is Kind.ACTIVITY else f"activity_{self.value}"


# Names, not classes: the domain model is imported when a class is first asked for.
_CLASSES = {
    Kind.DATA_SUBJECT_CATEGORY: "DataSubjectCategory",
    Kind.DATA_CATEGORY: "DataCategory",
    Kind.RECIPIENT: "Recipient",
    Kind.PROCESSOR: "Processor",
    Kind.SECURITY_MEASURE: "SecurityMeasure",
    Kind.ACTIVITY: "Activity",
}

_NOUNS = {
    Kind.DATA_SUBJECT_CATEGORY: "data subject category",
    Kind.DATA_CATEGORY: "data category",
    Kind.RECIPIENT: "recipient",
    Kind.PROCESSOR: "processor",
    Kind.SECURITY_MEASURE: "security measure",
    Kind.ACTIVITY: "activity",
}

CATALOGUES = [k for k in Kind if k is not Kind.ACTIVITY]
