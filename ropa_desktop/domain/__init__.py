"""The register's domain model: plain Python types, no Qt and no storage.

The model mirrors the ``ropa-register`` interchange format field by field, and keeps
the distinction the format makes between *not recorded* (``MISSING``) and *recorded
as none* (``None`` or an empty list).
"""

from ropa_desktop.domain.ltext import LText
from ropa_desktop.domain.missing import MISSING, Missing, is_recorded
from ropa_desktop.domain.model import (
    Activity,
    Address,
    AutomatedDecisions,
    Contact,
    ControllerDpa,
    ControllerOnBehalf,
    DataCategory,
    DataSubjectCategory,
    Dpa,
    Dpia,
    JointController,
    Organisation,
    Processor,
    Purpose,
    Recipient,
    Register,
    Retention,
    Scc,
    SecurityMeasure,
    Source,
    SubProcessor,
    Tia,
    Transfer,
)

__all__ = [
    "MISSING",
    "Activity",
    "Address",
    "AutomatedDecisions",
    "Contact",
    "ControllerDpa",
    "ControllerOnBehalf",
    "DataCategory",
    "DataSubjectCategory",
    "Dpa",
    "Dpia",
    "JointController",
    "LText",
    "Missing",
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
    "is_recorded",
]
