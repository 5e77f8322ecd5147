"""Typical activities of a Nordic small company, written by us, to start a register from.

A template (``resources/templates/ID.json``) holds one activity and the catalogue entries it
uses, every text in English, Swedish, Norwegian (bokmål) and Danish. Where the law differs
between the Nordic countries (bookkeeping retention, whistleblowing), a value is an object
keyed ``@SE``/``@NO``/``@DK`` (``@other`` for anywhere else); the organisation's country picks
one. :func:`add_from_template` is what ``ropa add --template`` calls: the activity (a draft
until the DPO has reviewed it) and the entries the register lacks are added in one transaction.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from ropa_desktop.base.resources import resource_path
from ropa_desktop.base.worded import WordedError
from ropa_desktop.checks.lawfulness_rules import organisation_country
from ropa_desktop.domain import model
from ropa_desktop.interchange.codec import decode
from ropa_desktop.store.kinds import CATALOGUES, Kind
from ropa_desktop.store.register_store import RegisterStore

TEXT_LANGUAGES = frozenset({"en", "sv", "nb", "da"})


class TemplateError(WordedError):
    """A template that does not exist."""


@dataclass
class Template:
    id: str
    name: dict[str, str]
    doc: dict[str, Any] = field(repr=False)

    def title(self, lang: str) -> str:
        return self.name.get(lang) or self.name["en"]

    def summary(self, lang: str) -> str:
        """What the activity is, in a sentence (its description), for a list to choose from."""
        text = self.doc["activity"].get("description") or {}
        return text.get(lang) or text.get("en", "")


@dataclass
class Planned:
    activity: model.Activity
    new: dict[Kind, list[Any]]  # the catalogue entries the register lacks, by list


def templates_dir() -> Path:
    return resource_path("templates")


@cache
def templates() -> tuple[Template, ...]:
    """Every shipped template, in the order of their files' names."""
    found = []
    for path in sorted(templates_dir().glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        found.append(Template(doc["id"], doc["name"], doc))
    return tuple(found)


def template(template_id: str) -> Template:
    for item in templates():
        if item.id == template_id:
            return item
    raise TemplateError("there is no activity template '{id}' (there are: {known})", id=template_id,
                        known=", ".join(t.id for t in templates()))


def plan(register: model.Register, template_id: str, today: dt.date | None = None) -> Planned:
    """The template's activity for this register (its country's law, its languages), and the entries it lacks."""
    item = template(template_id)
    country = organisation_country(register)
    langs = register.languages
    doc = _resolve(item.doc, country, langs)
    lang = register.default_language
    new: dict[Kind, list[Any]] = {}
    renamed: dict[tuple[Kind, str], str] = {}
    for kind in CATALOGUES:
        existing = getattr(register, kind.value) or []
        for entry in doc.get("catalogues", {}).get(kind.value, []):
            if kind is Kind.PROCESSOR:
                entry = {**entry, "name": _text(entry["name"], lang)}
            decoded = decode(kind.model_class, entry, lang)
            same = _same_entry(existing, decoded, lang)
            if same is not None:
                renamed[(kind, decoded.id)] = same
                continue
            new.setdefault(kind, []).append(decoded)
    activity = decode(model.Activity, doc["activity"], lang)
    for kind, field_name in ((Kind.DATA_SUBJECT_CATEGORY, "data_subjects"), (Kind.DATA_CATEGORY, "data_categories"),
                             (Kind.RECIPIENT, "recipients"), (Kind.PROCESSOR, "processors"),
                             (Kind.SECURITY_MEASURE, "security_measures")):
        ids = getattr(activity, field_name)
        if isinstance(ids, list):
            setattr(activity, field_name, [renamed.get((kind, i), i) for i in ids])
    narrowing = (("data_categories", Kind.DATA_CATEGORY), ("data_subjects", Kind.DATA_SUBJECT_CATEGORY))
    for part in [*(activity.purposes or []), *(activity.retention or [])]:
        for field_name, kind in narrowing:
            ids = getattr(part, field_name)
            if isinstance(ids, list):
                setattr(part, field_name, [renamed.get((kind, i), i) for i in ids])
    taken = {a.id for a in register.activities}
    activity.id = free_id(activity.id, taken)
    activity.status = "draft"  # the DPO reviews a template before it counts as what the company does
    activity.next_review = today or dt.date.today()
    return Planned(activity, new)


def add_from_template(register_path: Path, template_id: str, today: dt.date | None = None) -> Planned:
    """Add the template's activity (as a draft) and the entries it needs to the register, in one transaction."""
    with RegisterStore.open(register_path) as store, store.transaction():
        planned = plan(store.load(), template_id, today)
        apply_plan(store, planned)
    return planned


def apply_plan(store: RegisterStore, planned: Planned) -> None:
    """Write a planned template activity and the entries it needs, in one transaction (the app's do and redo)."""
    with store.transaction():
        for kind in CATALOGUES:
            for entry in planned.new.get(kind, []):
                store.add(kind, entry)
        store.add(Kind.ACTIVITY, planned.activity)


def remove_plan(store: RegisterStore, planned: Planned) -> None:
    """Take an applied template out again in one transaction (the app's undo): the activity, then its new entries."""
    with store.transaction():
        store.delete(Kind.ACTIVITY, planned.activity.id)
        for kind in reversed(CATALOGUES):
            for entry in planned.new.get(kind, []):
                store.delete(kind, entry.id)


def _resolve(value: Any, country: str, langs: list[str]) -> Any:
    """Country choices picked, and four-language texts cut to the register's languages."""
    if isinstance(value, dict):
        if value and all(k.startswith("@") for k in value):
            if f"@{country}" not in value and "@other" not in value:
                return _LEFT_OUT
            return _resolve(value.get(f"@{country}", value.get("@other")), country, langs)
        if set(value) == TEXT_LANGUAGES:
            kept = {lang: value[lang] for lang in langs if lang in value}
            return kept or {"en": value["en"]}
        resolved = {k: _resolve(v, country, langs) for k, v in value.items()}
        return {k: v for k, v in resolved.items() if v is not _LEFT_OUT}  # no choice for the country: no field
    if isinstance(value, list):
        return [v for v in (_resolve(v, country, langs) for v in value) if v is not _LEFT_OUT]
    return value


_LEFT_OUT = object()


def _text(value: Any, lang: str) -> str:
    return value if isinstance(value, str) else value.get(lang) or next(iter(value.values()))


def _same_entry(existing: list[Any], entry: Any, lang: str) -> str | None:
    """The register's entry with the template entry's id or name, if it has one."""
    names = {_name(entry, lang).casefold()}
    for item in existing:
        if item.id == entry.id or _name(item, lang).casefold() in names:
            return item.id
    return None


def _name(item: Any, lang: str) -> str:
    name = item.name
    return name if isinstance(name, str) else name.text(lang)


def free_id(base: str, taken: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3``… the first id the register does not use."""
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate
