"""Compare two versions of a register — issued versions, or the register as it is now — in a DPO's words.

``ropa diff`` and the app's Compare view call :func:`compare`: it picks the documents
(by default the last issued version and the register now), lets :mod:`interchange.diff`
find what changed, and words each change in the register's language with the labels the
register exports use, so "Owner: was not recorded; now Ekonomichefen" rather than a JSON path.
"""

from __future__ import annotations

import dataclasses
import html
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ropa_desktop.exporters.register_text import format_duration
from ropa_desktop.interchange.diff import (
    ABSENT,
    ADDED,
    LISTS,
    ORGANISATION,
    REGISTER,
    REMOVED,
    Change,
    diff_documents,
    is_text,
)
from ropa_desktop.interchange.jsonio import document_value
from ropa_desktop.output.atomic import atomic_write
from ropa_desktop.output.catalogue import enum_label, label, normalize
from ropa_desktop.output.field_words import field_label
from ropa_desktop.output.local_formats import format_iso_date
from ropa_desktop.output.wording import word
from ropa_desktop.reference import country_name
from ropa_desktop.services.versions import VersionError, issued_versions, last_issued_number, version_document
from ropa_desktop.store.register_store import RegisterStore

NOW = "now"
_NOTHING = "—"  # the empty side of a part added or removed, in a table of old and new values

# format key -> enum kind of the catalogue, by the key of the object it is in ("" for an item's own field)
_ENUM_FIELDS = {
    ("", "role"): "role", ("", "status"): "status", ("", "legal_basis"): "legal_basis",
    ("dpa", "status"): "dpa_status", ("scc", "status"): "scc_status", ("tia", "status"): "tia_status",
    ("dpia", "required"): "dpia_required", ("dpia", "status"): "dpia_status", ("", "kind"): "measure_kind",
    ("sources", "type"): "source_type", ("", "type"): "recipient_type",
}
_REFERENCES = {"data_subjects": "data_subject_categories", "data_categories": "data_categories",
               "recipients": "recipients", "processors": "processors", "security_measures": "security_measures"}
_COUNTRY_FIELDS = {"country", "processing_locations", "supervisory_authority"}
_DURATION_FIELDS = {"review_every", "period"}
_LIST_HEADINGS = {"activities": "activities", "processors": "processors", "recipients": "recipients",
                  "data_categories": "data_categories", "data_subject_categories": "data_subjects",
                  "security_measures": "security_measures"}


@dataclass(frozen=True)
class ItemChanges:
    """The changes of one item, worded: a heading ("Changed: Kundrelationer") and one line per field."""

    section: str  # the list's heading, "Organisation" or the register's settings
    heading: str
    lines: list[str]
    rows: list[tuple[str, str, str]] = dataclasses.field(default_factory=list)  # (field, old, new): a table


@dataclass(frozen=True)
class Comparison:
    title: str
    lang: str
    changes: list[Change]
    items: list[ItemChanges]
    organisation: str = ""  # the register's organisation, as the newer document names it
    file_name: str = ""
    old_version: str = ""  # "version 2 of 2026-03-01"
    new_version: str = ""  # a version, or "the register as it is now"

    def text(self) -> str:
        """Plain text, one item after another, grouped by list."""
        if not self.items:
            return f"{self.title}\n\n{label('diff_nothing', self.lang)}\n"
        out = [self.title, ""]
        section = None
        for item in self.items:
            if item.section != section:
                section = item.section
                out += [section, "=" * len(section)]
            out.append(item.heading)
            out += [f"  - {line}" for line in item.lines]
            out.append("")
        return "\n".join(out)

    def html(self) -> str:
        """A small standalone HTML page of the same content."""
        esc = html.escape
        parts = [f'<!DOCTYPE html>\n<html lang="{esc(self.lang)}"><head><meta charset="utf-8">',
                 f"<title>{esc(self.title)}</title></head><body>", f"<h1>{esc(self.title)}</h1>"]
        if not self.items:
            parts.append(f"<p>{esc(label('diff_nothing', self.lang))}</p>")
        section = None
        for item in self.items:
            if item.section != section:
                section = item.section
                parts.append(f"<h2>{esc(section)}</h2>")
            parts.append(f"<h3>{esc(item.heading)}</h3><ul>")
            parts += [f"<li>{esc(line)}</li>" for line in item.lines]
            parts.append("</ul>")
        parts.append("</body></html>\n")
        return "\n".join(parts)


def parse_version(value: str | None) -> int | str | None:
    """'3' -> 3, 'now' -> NOW, None -> None; VersionError for anything else."""
    if value is None or value == NOW:
        return value
    if value.isdigit() and int(value) > 0:
        return int(value)
    raise VersionError("'{value}' is not a version: give its number (ropa versions lists them) or 'now'",
                       value=value)


def compare(register_path: str | Path, old: int | str | None = None, new: int | str | None = NOW,
            lang: str | None = None) -> Comparison:
    """What changed from version ``old`` (default: the last issued) to ``new`` (a version, or NOW)."""
    with RegisterStore.open(Path(register_path)) as store:
        if old is None:
            old = last_issued_number(store)
            if old is None:
                raise VersionError("{name} has no issued version to compare with yet: an export for the authority "
                                   "or a signed export issues version 1", name=store.path.name)
        old_doc, old_name = _document(store, old)
        new_doc, new_name = _document(store, new if new is not None else NOW)
        lang = normalize(lang or store.default_language)
        file_name = store.path.name
    words = _Words(old_doc, new_doc, lang)
    old_version, new_version = words.version_name(old_name), words.version_name(new_name)
    # "since version 1" against the register as it is; "between" two issued versions
    title = (label("diff_title_since", lang).format(old=old_version) if new_name is None
             else label("diff_title", lang).format(old=old_version, new=new_version))
    changes = diff_documents(old_doc, new_doc)
    organisation = str((new_doc.get("organisation") or {}).get("name") or "")
    return Comparison(title, lang, changes, words.items(changes), organisation, file_name, old_version, new_version)


def write_comparison(comparison: Comparison, target: str | Path, *, overwrite: bool = False) -> Path:
    """Write the comparison as PDF (.pdf), HTML (.html) or text (any other name), atomically."""
    target = Path(target)
    if target.suffix.lower() == ".pdf":
        from ropa_desktop.exporters.diff_pdf import write_diff_pdf  # reportlab only when a PDF is asked for

        c = comparison
        return write_diff_pdf(target, lang=c.lang, title=c.title, organisation=c.organisation, file_name=c.file_name,
                              old_version=c.old_version, new_version=c.new_version, items=c.items,
                              nothing=label("diff_nothing", c.lang), overwrite=overwrite)
    body = comparison.html() if target.suffix.lower() in (".html", ".htm") else comparison.text()
    return atomic_write(target, lambda tmp: tmp.write_text(body, encoding="utf-8"), overwrite=overwrite)


def _document(store: RegisterStore, which: int | str) -> tuple[dict[str, Any], tuple[int, str] | None]:
    if which == NOW:
        return document_value(store.load()), None
    assert isinstance(which, int)
    doc = version_document(store, which)
    date = next(v.at[:10] for v in issued_versions(store) if v.number == which)
    return doc, (which, date)


class _Words:
    """Labels, names and values of two documents, in one language."""

    def __init__(self, old: dict[str, Any], new: dict[str, Any], lang: str) -> None:
        self.lang = lang
        self.languages = [lang, *new.get("languages", []), *old.get("languages", [])]
        # An item removed since is still named by what it was called.
        self.names: dict[str, dict[str, Any]] = {}
        for doc in (old, new):
            for list_key in LISTS:
                for item in doc.get(list_key) or []:
                    if isinstance(item, dict) and "id" in item:
                        self.names.setdefault(list_key, {})[item["id"]] = item.get("name", item["id"])

    def version_name(self, which: tuple[int, str] | None) -> str:
        if which is None:
            return label("diff_now", self.lang)
        # the date in the language's one style, as the register PDF writes it (output/local_formats)
        return label("diff_version", self.lang).format(number=which[0], date=format_iso_date(which[1], self.lang))

    def text(self, value: Any) -> str:
        if is_text(value, [*self.languages, *(value if isinstance(value, dict) else [])]):
            for lang in self.languages:
                if value.get(lang):
                    return str(value[lang])
            return next(iter(value.values()))
        return str(value)

    def field(self, key: str) -> str:
        return field_label(key, self.lang)

    def item_name(self, list_key: str, item_id: str) -> str:
        if list_key == ORGANISATION:
            return label("organisation", self.lang)
        if list_key == REGISTER:
            return label("diff_settings", self.lang)
        name = self.names.get(list_key, {}).get(item_id, item_id)
        return f"{self.text(name)} ({item_id})"

    def value(self, value: Any, key: str = "", parent: str = "") -> str:
        if value is ABSENT:
            return label("not_recorded", self.lang)
        if value is None:
            return label("none", self.lang)
        if isinstance(value, bool):
            return label("yes" if value else "no", self.lang)
        if isinstance(value, str):
            enum = _ENUM_FIELDS.get((parent, key)) or _ENUM_FIELDS.get(("", key))
            if enum:
                return enum_label(enum, value, self.lang)
            if key in _COUNTRY_FIELDS:
                return country_name(value, self.lang)
            if key in _DURATION_FIELDS:
                return format_duration(value, self.lang)
            return word("quote", self.lang, text=value)  # the language's own quotation marks
        if isinstance(value, list):
            if not value:
                return label("none", self.lang)
            if key in _REFERENCES and all(isinstance(v, str) for v in value):
                names = self.names.get(_REFERENCES[key], {})
                return ", ".join(self.text(names.get(v, v)) for v in value)
            joiner = ", " if all(isinstance(v, str) for v in value) else "; "
            return joiner.join(self.value(v, key, parent) for v in value)
        if isinstance(value, dict):
            if is_text(value, [*self.languages, *value]):
                return word("quote", self.lang, text=self.text(value))
            if "id" in value:  # a purpose: named by its description
                named = value.get("description") or value.get("name") or value["id"]
                return word("quote", self.lang, text=self.text(named))
            return "; ".join(f"{self.field(k)}: {self.value(v, k, key)}" for k, v in value.items()
                             if not k.startswith("x-"))
        return str(value)

    def path(self, change: Change) -> str:
        """The field's place in words: 'Purposes › “Customer service” › Legal basis (Art. 6)'."""
        parts = []
        for i, key in enumerate(change.path):
            sub = change.context.get(change.path[: i + 1])
            parts.append(self.value(sub) if sub is not None else self.field(key))
        return " › ".join(parts)

    def row(self, change: Change) -> tuple[str, str, str]:
        """The change as (field, old value, new value); a part added or removed has "—" on its other side."""
        keys = [k for i, k in enumerate(change.path) if change.path[: i + 1] not in change.context]
        key, parent = (keys[-1] if keys else ""), (keys[-2] if len(keys) > 1 else "")
        if change.path and change.path in change.context:
            if change.action == ADDED:
                return self.path_above(change), _NOTHING, self.value(change.new)
            if change.action == REMOVED:
                return self.path_above(change), self.value(change.old), _NOTHING
        return self.path(change), self.value(change.old, key, parent), self.value(change.new, key, parent)

    def line(self, change: Change) -> str:
        field = self.path(change)
        # The field's own key, and the key of the object it is in (a purpose's id is no key).
        keys = [k for i, k in enumerate(change.path) if change.path[: i + 1] not in change.context]
        key, parent = (keys[-1] if keys else ""), (keys[-2] if len(keys) > 1 else "")
        if change.path and change.path in change.context:
            if change.action == ADDED:
                return label("diff_part_added", self.lang).format(field=self.path_above(change),
                                                                  new=self.value(change.new))
            if change.action == REMOVED:
                return label("diff_part_removed", self.lang).format(field=self.path_above(change),
                                                                    old=self.value(change.old))
        return label("diff_field", self.lang).format(field=field, old=self.value(change.old, key, parent),
                                                     new=self.value(change.new, key, parent))

    def path_above(self, change: Change) -> str:
        return self.path(Change(change.action, change.list_key, change.item_id, change.path[:-1],
                                context=change.context))

    def items(self, changes: list[Change]) -> list[ItemChanges]:
        out: list[ItemChanges] = []
        by_item: dict[tuple[str, str], list[Change]] = {}
        for change in changes:
            by_item.setdefault((change.list_key, change.item_id), []).append(change)
        for (list_key, item_id), group in by_item.items():
            section = (label(_LIST_HEADINGS[list_key], self.lang) if list_key in _LIST_HEADINGS
                       else self.item_name(list_key, item_id))
            name = self.item_name(list_key, item_id)
            whole = group[0] if not group[0].path else None
            if whole is not None and whole.action == ADDED:
                out.append(ItemChanges(section, label("diff_added", self.lang).format(name=name), []))
            elif whole is not None and whole.action == REMOVED:
                out.append(ItemChanges(section, label("diff_removed", self.lang).format(name=name), []))
            else:
                out.append(ItemChanges(section, label("diff_changed", self.lang).format(name=name),
                                       [self.line(c) for c in group], [self.row(c) for c in group]))
        return out
