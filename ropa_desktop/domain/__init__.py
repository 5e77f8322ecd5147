"""The register's domain model: plain Python types, no Qt and no storage.

The model mirrors the ``ropa-register`` interchange format field by field, and keeps
the distinction the format makes between *not recorded* (``MISSING``) and *recorded
as none* (``None`` or an empty list).
"""

from typing import Any

from ropa_desktop.domain.ltext import LText
from ropa_desktop.domain.missing import MISSING, Missing, is_recorded

# The model's classes are made on first use: making them (two dozen dataclasses) is a
# noticeable part of the desktop app's start-up, whose first screen (a list read from
# the store) needs none of them.
_MODEL_NAMES = frozenset({
    "Activity",
    "Address",
    "AutomatedDecisions",
    "Contact",
    "ControllerDpa",
    "ControllerOnBehalf",
    "DataCategory",
    "DataSubjectCategory",
    "Dpa",
    "Dpf",
    "Dpia",
    "JointController",
    "Organisation",
    "Processor",
    "Purpose",
    "Recipient",
    "Register",
    "Retention",
    "Scc",
    "SecurityMeasure",
    "Source",
    "SubProcessor",
    "Tia",
    "Transfer",
})


def __getattr__(name: str) -> Any:
    if name in _MODEL_NAMES:
        from ropa_desktop.domain import model

        return getattr(model, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["MISSING", "LText", "Missing", "is_recorded", *sorted(_MODEL_NAMES)]
