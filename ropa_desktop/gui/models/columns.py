"""Which columns each list shows, and how a cell's text is made from an item."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ropa_desktop.gui.labels import value_label
from ropa_desktop.reference import country_name
from ropa_desktop.store import Kind

# (item, display languages, ui language, lookup of catalogue names) -> cell text
Getter = Callable[[Any, list[str], str, Callable[[Kind, str], str]], str]


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # untranslated; translated in context "columns"
    get: Getter
    visible: bool = True


def _lt(value: Any, langs: list[str]) -> str:
    return value.text(langs) if value else ""


def _country(code: Any, ui: str) -> str:
    return country_name(code, ui) if isinstance(code, str) and code else ""


def _names(kind: Kind, ids: Any, name_of: Callable[[Kind, str], str]) -> str:
    return ", ".join(name_of(kind, i) for i in ids or [])


def _bases(activity: Any) -> str:
    bases = [value_label("legal_basis", p.legal_basis) for p in activity.purposes or [] if p.legal_basis]
    return ", ".join(dict.fromkeys(b.split(" – ")[0] for b in bases))


COLUMNS: dict[Kind, list[Column]] = {
    Kind.ACTIVITY: [
        Column("name", QT_TRANSLATE_NOOP("columns", "Name"), lambda a, langs, ui, n: _lt(a.name, langs)),
        Column("status", QT_TRANSLATE_NOOP("columns", "Status"),
               lambda a, langs, ui, n: value_label("status", a.effective_status)),
        Column("role", QT_TRANSLATE_NOOP("columns", "Role"), lambda a, langs, ui, n: value_label("role", a.role)),
        Column("legal_basis", QT_TRANSLATE_NOOP("columns", "Legal bases"), lambda a, langs, ui, n: _bases(a)),
        Column("data_subjects", QT_TRANSLATE_NOOP("columns", "Data subjects"),
               lambda a, langs, ui, n: _names(Kind.DATA_SUBJECT_CATEGORY, a.data_subjects, n)),
        Column("owner", QT_TRANSLATE_NOOP("columns", "Owner"), lambda a, langs, ui, n: a.owner or ""),
        Column("next_review", QT_TRANSLATE_NOOP("columns", "Next review"),
               lambda a, langs, ui, n: a.next_review.isoformat() if a.next_review else "", visible=False),
        Column("description", QT_TRANSLATE_NOOP("columns", "Description"),
               lambda a, langs, ui, n: _lt(a.description, langs), visible=False),
        Column("id", QT_TRANSLATE_NOOP("columns", "Id"), lambda a, langs, ui, n: a.id, visible=False),
    ],
    Kind.PROCESSOR: [
        Column("name", QT_TRANSLATE_NOOP("columns", "Name"), lambda p, langs, ui, n: p.name),
        Column("service", QT_TRANSLATE_NOOP("columns", "Service"), lambda p, langs, ui, n: _lt(p.service, langs)),
        Column("country", QT_TRANSLATE_NOOP("columns", "Country"), lambda p, langs, ui, n: _country(p.country, ui)),
        Column("dpa", QT_TRANSLATE_NOOP("columns", "DPA"),
               lambda p, langs, ui, n: value_label("dpa_status", p.dpa.status) if p.dpa else ""),
        Column("id", QT_TRANSLATE_NOOP("columns", "Id"), lambda p, langs, ui, n: p.id, visible=False),
    ],
    Kind.DATA_SUBJECT_CATEGORY: [
        Column("name", QT_TRANSLATE_NOOP("columns", "Name"), lambda d, langs, ui, n: _lt(d.name, langs)),
        Column("description", QT_TRANSLATE_NOOP("columns", "Description"),
               lambda d, langs, ui, n: _lt(d.description, langs)),
        Column("id", QT_TRANSLATE_NOOP("columns", "Id"), lambda d, langs, ui, n: d.id, visible=False),
    ],
    Kind.DATA_CATEGORY: [
        Column("name", QT_TRANSLATE_NOOP("columns", "Name"), lambda d, langs, ui, n: _lt(d.name, langs)),
        Column("special", QT_TRANSLATE_NOOP("columns", "Special category"),
               lambda d, langs, ui, n: value_label("special_category", d.special_category)
               if d.special_category else ""),
        Column("description", QT_TRANSLATE_NOOP("columns", "Description"),
               lambda d, langs, ui, n: _lt(d.description, langs)),
        Column("id", QT_TRANSLATE_NOOP("columns", "Id"), lambda d, langs, ui, n: d.id, visible=False),
    ],
    Kind.RECIPIENT: [
        Column("name", QT_TRANSLATE_NOOP("columns", "Name"), lambda r, langs, ui, n: _lt(r.name, langs)),
        Column("type", QT_TRANSLATE_NOOP("columns", "Type"),
               lambda r, langs, ui, n: value_label("recipient_type", r.type)),
        Column("country", QT_TRANSLATE_NOOP("columns", "Country"), lambda r, langs, ui, n: _country(r.country, ui)),
        Column("id", QT_TRANSLATE_NOOP("columns", "Id"), lambda r, langs, ui, n: r.id, visible=False),
    ],
    Kind.SECURITY_MEASURE: [
        Column("name", QT_TRANSLATE_NOOP("columns", "Name"), lambda m, langs, ui, n: _lt(m.name, langs)),
        Column("kind", QT_TRANSLATE_NOOP("columns", "Kind"),
               lambda m, langs, ui, n: value_label("measure_kind", m.kind)),
        Column("description", QT_TRANSLATE_NOOP("columns", "Description"),
               lambda m, langs, ui, n: _lt(m.description, langs)),
        Column("id", QT_TRANSLATE_NOOP("columns", "Id"), lambda m, langs, ui, n: m.id, visible=False),
    ],
}


def search_text(item: Any) -> str:
    """Every language of the item's name and description, case-folded (so å finds Å)."""
    parts = [getattr(item, "id", "")]
    for attr in ("name", "description", "service"):
        value = getattr(item, attr, None)
        if isinstance(value, str):
            parts.append(value)
        elif value:
            parts.extend(value.values.values())
    return " ".join(parts).casefold()
