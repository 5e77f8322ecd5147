"""Which columns each list shows, and how a cell's text is made from the item's stored fields.

The lists read only the fields they show (``store.list_rows``), as JSON values, so that a
register of thousands of activities opens without decoding every item. A row is kept as a
tuple of those values (``SHRINK`` cuts a large one down to what its column shows); a cell's
text is made only when the view asks for it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ropa_desktop.gui.labels import value_label
from ropa_desktop.store import Kind


@dataclass
class CellEnv:
    langs: list[str]  # display order
    default_lang: str  # the language of texts stored as plain strings
    ui_lang: str
    name_of: Callable[[Kind, str], str]


Getter = Callable[[dict[str, Any], CellEnv], str]


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # untranslated; translated in context "columns"
    get: Getter
    visible: bool = True
    # The key the list sorts by when the shown text does not sort right (a date shown as
    # 15.09.2025 sorts by its ISO value); None: the shown text, case-folded.
    sort: Getter | None = None


def lt(value: Any, env: CellEnv) -> str:
    """A localized text as stored (a plain string, or {lang: text}) in the display language."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        for lang in env.langs:
            if value.get(lang):
                return value[lang]
        return next((v for v in value.values() if v), "")
    return ""


def _country(code: Any, env: CellEnv) -> str:
    from ropa_desktop.reference import country_name

    return country_name(code, env.ui_lang) if isinstance(code, str) and code else ""


def _date(value: Any, env: CellEnv) -> str:
    """An ISO date as stored, in the UI language's style (15.09.2025 in Danish); as stored if it is no date."""
    from ropa_desktop.gui.when import ui_date

    if not isinstance(value, str) or not value:
        return ""
    try:
        return ui_date(dt.date.fromisoformat(value), env.ui_lang)
    except ValueError:  # not a date: shown as the register has it rather than hidden
        return value


def _iso(value: Any, env: CellEnv) -> str:
    """The stored ISO date itself: it sorts by date in every language."""
    return value if isinstance(value, str) else ""


def _label(group: str, value: Any) -> str:
    return value_label(group, value) if isinstance(value, str) and value else ""


def _names(kind: Kind, ids: Any, env: CellEnv) -> str:
    return ", ".join(env.name_of(kind, i) for i in ids or [])


def basis_codes(purposes: Any) -> tuple[str, ...]:
    """The legal bases of an activity's purposes: all its Legal bases column shows of them."""
    if not isinstance(purposes, list):
        return ()
    return tuple(b for p in purposes if isinstance(p, dict) and isinstance(b := p.get("legal_basis"), str) and b)


def _bases(codes: tuple[str, ...]) -> str:
    return ", ".join(dict.fromkeys(value_label("legal_basis", b).split(" – ")[0] for b in codes))


def _name_col() -> Column:
    return Column("name", QT_TRANSLATE_NOOP("columns", "Name"), lambda r, e: lt(r["name"], e))


def _description_col(visible: bool = True) -> Column:
    return Column("description", QT_TRANSLATE_NOOP("columns", "Description"),
                  lambda r, e: lt(r["description"], e), visible=visible)


def _id_col() -> Column:
    return Column("id", QT_TRANSLATE_NOOP("columns", "Id"), lambda r, e: r["id"], visible=False)


# The stored fields each list reads: key -> JSON path of the item.
PATHS: dict[Kind, dict[str, str]] = {
    Kind.ACTIVITY: {"name": "$.name", "description": "$.description", "status": "$.status", "role": "$.role",
                    "owner": "$.owner", "next_review": "$.next_review", "data_subjects": "$.data_subjects",
                    "purposes": "$.purposes"},
    Kind.PROCESSOR: {"name": "$.name", "service": "$.service", "country": "$.country", "dpa": "$.dpa.status"},
    Kind.DATA_SUBJECT_CATEGORY: {"name": "$.name", "description": "$.description"},
    Kind.DATA_CATEGORY: {"name": "$.name", "description": "$.description", "special": "$.special_category"},
    Kind.RECIPIENT: {"name": "$.name", "type": "$.type", "country": "$.country"},
    Kind.SECURITY_MEASURE: {"name": "$.name", "kind": "$.kind", "description": "$.description"},
}

# Values kept smaller than stored, as their columns need them: a row holds what it shows.
SHRINK: dict[str, Callable[[Any], Any]] = {"purposes": basis_codes}

COLUMNS: dict[Kind, list[Column]] = {
    Kind.ACTIVITY: [
        _name_col(),
        Column("status", QT_TRANSLATE_NOOP("columns", "Status"),
               lambda r, e: _label("status", r["status"] or "active")),
        Column("role", QT_TRANSLATE_NOOP("columns", "Role"), lambda r, e: _label("role", r["role"])),
        Column("legal_basis", QT_TRANSLATE_NOOP("columns", "Legal bases"), lambda r, e: _bases(r["purposes"])),
        Column("data_subjects", QT_TRANSLATE_NOOP("columns", "Data subjects"),
               lambda r, e: _names(Kind.DATA_SUBJECT_CATEGORY, r["data_subjects"], e)),
        Column("owner", QT_TRANSLATE_NOOP("columns", "Owner"), lambda r, e: r["owner"] or ""),
        Column("next_review", QT_TRANSLATE_NOOP("columns", "Next review"),
               lambda r, e: _date(r["next_review"], e), visible=False,
               sort=lambda r, e: _iso(r["next_review"], e)),
        _description_col(visible=False),
        _id_col(),
    ],
    Kind.PROCESSOR: [
        _name_col(),
        Column("service", QT_TRANSLATE_NOOP("columns", "Service"), lambda r, e: lt(r["service"], e)),
        Column("country", QT_TRANSLATE_NOOP("columns", "Country"), lambda r, e: _country(r["country"], e)),
        Column("dpa", QT_TRANSLATE_NOOP("columns", "DPA"), lambda r, e: _label("dpa_status", r["dpa"])),
        _id_col(),
    ],
    Kind.DATA_SUBJECT_CATEGORY: [_name_col(), _description_col(), _id_col()],
    Kind.DATA_CATEGORY: [
        _name_col(),
        Column("special", QT_TRANSLATE_NOOP("columns", "Special category"),
               lambda r, e: _label("special_category", r["special"])),
        _description_col(),
        _id_col(),
    ],
    Kind.RECIPIENT: [
        _name_col(),
        Column("type", QT_TRANSLATE_NOOP("columns", "Type"), lambda r, e: _label("recipient_type", r["type"])),
        Column("country", QT_TRANSLATE_NOOP("columns", "Country"), lambda r, e: _country(r["country"], e)),
        _id_col(),
    ],
    Kind.SECURITY_MEASURE: [
        _name_col(),
        Column("kind", QT_TRANSLATE_NOOP("columns", "Kind"), lambda r, e: _label("measure_kind", r["kind"])),
        _description_col(),
        _id_col(),
    ],
}


# What the filter searches, in every language: the name and description (a processor's
# service too), with the id; the list model makes each row's search key from them.
SEARCHED = ("name", "description", "service")
