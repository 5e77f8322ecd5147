"""Translated labels for the format's coded values and the register's lists."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ropa_desktop.store import Kind

_CTX = "labels"

VALUE_LABELS: dict[str, dict[str, str]] = {
    "role": {
        "controller": QT_TRANSLATE_NOOP("labels", "Controller"),
        "joint_controller": QT_TRANSLATE_NOOP("labels", "Joint controller"),
        "processor": QT_TRANSLATE_NOOP("labels", "Processor (on behalf of others)"),
    },
    "status": {
        "draft": QT_TRANSLATE_NOOP("labels", "Draft (planned)"),
        "active": QT_TRANSLATE_NOOP("labels", "Active"),
        "retired": QT_TRANSLATE_NOOP("labels", "Retired"),
    },
    "legal_basis": {
        "consent": QT_TRANSLATE_NOOP("labels", "Consent – Art. 6(1)(a)"),
        "contract": QT_TRANSLATE_NOOP("labels", "Contract – Art. 6(1)(b)"),
        "legal_obligation": QT_TRANSLATE_NOOP("labels", "Legal obligation – Art. 6(1)(c)"),
        "vital_interests": QT_TRANSLATE_NOOP("labels", "Vital interests – Art. 6(1)(d)"),
        "public_task": QT_TRANSLATE_NOOP("labels", "Public task – Art. 6(1)(e)"),
        "legitimate_interests": QT_TRANSLATE_NOOP("labels", "Legitimate interests – Art. 6(1)(f)"),
    },
    "special_category": {
        "racial_ethnic_origin": QT_TRANSLATE_NOOP("labels", "Racial or ethnic origin"),
        "political_opinions": QT_TRANSLATE_NOOP("labels", "Political opinions"),
        "religious_beliefs": QT_TRANSLATE_NOOP("labels", "Religious or philosophical beliefs"),
        "trade_union_membership": QT_TRANSLATE_NOOP("labels", "Trade union membership"),
        "genetic": QT_TRANSLATE_NOOP("labels", "Genetic data"),
        "biometric": QT_TRANSLATE_NOOP("labels", "Biometric data"),
        "health": QT_TRANSLATE_NOOP("labels", "Health"),
        "sex_life_orientation": QT_TRANSLATE_NOOP("labels", "Sex life or sexual orientation"),
        "unspecified": QT_TRANSLATE_NOOP("labels", "Special category (not specified)"),
    },
    "recipient_type": {
        "authority": QT_TRANSLATE_NOOP("labels", "Public authority"),
        "third_party": QT_TRANSLATE_NOOP("labels", "Third party"),
        "joint_controller": QT_TRANSLATE_NOOP("labels", "Joint controller"),
        "group_company": QT_TRANSLATE_NOOP("labels", "Group company"),
        "other": QT_TRANSLATE_NOOP("labels", "Other"),
    },
    "dpa_status": {
        "signed": QT_TRANSLATE_NOOP("labels", "Signed"),
        "pending": QT_TRANSLATE_NOOP("labels", "Pending"),
        "missing": QT_TRANSLATE_NOOP("labels", "Missing"),
        "not_required": QT_TRANSLATE_NOOP("labels", "Not required"),
    },
    "measure_kind": {
        "technical": QT_TRANSLATE_NOOP("labels", "Technical"),
        "organisational": QT_TRANSLATE_NOOP("labels", "Organisational"),
    },
    "source_type": {
        "data_subject": QT_TRANSLATE_NOOP("labels", "The data subject"),
        "third_party": QT_TRANSLATE_NOOP("labels", "A third party"),
        "public": QT_TRANSLATE_NOOP("labels", "Public sources"),
    },
    "mechanism": {
        "adequacy": QT_TRANSLATE_NOOP("labels", "Adequacy decision"),
        "scc": QT_TRANSLATE_NOOP("labels", "Standard contractual clauses"),
        "bcr": QT_TRANSLATE_NOOP("labels", "Binding corporate rules"),
        "codes_of_conduct": QT_TRANSLATE_NOOP("labels", "Code of conduct"),
        "certification": QT_TRANSLATE_NOOP("labels", "Certification"),
        "derogation": QT_TRANSLATE_NOOP("labels", "Derogation (Art. 49)"),
        "none": QT_TRANSLATE_NOOP("labels", "None"),
    },
    "scc_status": {
        "signed": QT_TRANSLATE_NOOP("labels", "Signed"),
        "in_negotiation": QT_TRANSLATE_NOOP("labels", "In negotiation"),
        "missing": QT_TRANSLATE_NOOP("labels", "Missing"),
        "outdated": QT_TRANSLATE_NOOP("labels", "Outdated (2010 clauses)"),
    },
    "tia_status": {
        "not_needed": QT_TRANSLATE_NOOP("labels", "Not needed"),
        "pending": QT_TRANSLATE_NOOP("labels", "Pending"),
        "done": QT_TRANSLATE_NOOP("labels", "Done"),
    },
    "dpia_required": {
        "yes": QT_TRANSLATE_NOOP("labels", "Yes"),
        "no": QT_TRANSLATE_NOOP("labels", "No"),
        "unknown": QT_TRANSLATE_NOOP("labels", "Not yet assessed"),
    },
    "dpia_status": {
        "not_started": QT_TRANSLATE_NOOP("labels", "Not started"),
        "in_progress": QT_TRANSLATE_NOOP("labels", "In progress"),
        "done": QT_TRANSLATE_NOOP("labels", "Done"),
    },
    "severity": {
        "error": QT_TRANSLATE_NOOP("labels", "Errors"),
        "warning": QT_TRANSLATE_NOOP("labels", "Warnings"),
        "info": QT_TRANSLATE_NOOP("labels", "Notes"),
    },
}

KIND_PLURAL = {
    Kind.ACTIVITY: QT_TRANSLATE_NOOP("labels", "Activities"),
    Kind.PROCESSOR: QT_TRANSLATE_NOOP("labels", "Processors"),
    Kind.DATA_SUBJECT_CATEGORY: QT_TRANSLATE_NOOP("labels", "Data subjects"),
    Kind.DATA_CATEGORY: QT_TRANSLATE_NOOP("labels", "Data categories"),
    Kind.RECIPIENT: QT_TRANSLATE_NOOP("labels", "Recipients"),
    Kind.SECURITY_MEASURE: QT_TRANSLATE_NOOP("labels", "Security measures"),
}

KIND_SINGULAR = {
    Kind.ACTIVITY: QT_TRANSLATE_NOOP("labels", "activity"),
    Kind.PROCESSOR: QT_TRANSLATE_NOOP("labels", "processor"),
    Kind.DATA_SUBJECT_CATEGORY: QT_TRANSLATE_NOOP("labels", "data subject category"),
    Kind.DATA_CATEGORY: QT_TRANSLATE_NOOP("labels", "data category"),
    Kind.RECIPIENT: QT_TRANSLATE_NOOP("labels", "recipient"),
    Kind.SECURITY_MEASURE: QT_TRANSLATE_NOOP("labels", "security measure"),
}


def value_label(group: str, value: str) -> str:
    source = VALUE_LABELS.get(group, {}).get(value)
    return QCoreApplication.translate(_CTX, source) if source else value


def choices(group: str) -> list[tuple[str, str]]:
    return [(value, QCoreApplication.translate(_CTX, text)) for value, text in VALUE_LABELS[group].items()]


def kind_plural(kind: Kind) -> str:
    return QCoreApplication.translate(_CTX, KIND_PLURAL[kind])


def kind_singular(kind: Kind) -> str:
    return QCoreApplication.translate(_CTX, KIND_SINGULAR[kind])
