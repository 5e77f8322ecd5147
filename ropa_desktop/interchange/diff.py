"""What changed between two register documents: items added, removed and changed, field by field.

Pure and wordless: it compares two interchange documents (JSON values) and names each
change by its place (the list, the item's id, the path of keys inside the item) with the
old and the new value. Putting that into a DPO's words, in the register's language, is
the job of the layer that has the labels (services/compare_versions.py).

Items of the register's lists, and objects inside an item that carry an ``id`` (purposes),
are matched by id, so a reordered list is not a change and a renamed item is one change of
its name rather than a removal and an addition.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

ADDED, REMOVED, CHANGED = "added", "removed", "changed"
ORGANISATION = "organisation"
REGISTER = "register"  # register-wide settings (languages, x- properties)
LISTS = ("activities", "processors", "recipients", "data_categories", "data_subject_categories", "security_measures")
_ENVELOPE = ("format", "version", "exported_at")


class _Absent:
    """A field the document does not have (not recorded), as opposed to one recorded as null."""

    _instance: _Absent | None = None

    def __new__(cls) -> _Absent:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "ABSENT"


ABSENT: Any = _Absent()


@dataclass(frozen=True)
class Change:
    """One change. ``path`` is empty for a whole item added or removed."""

    action: str  # ADDED, REMOVED or CHANGED
    list_key: str  # one of LISTS, ORGANISATION or REGISTER
    item_id: str
    path: tuple[str, ...] = ()
    old: Any = ABSENT
    new: Any = ABSENT
    # the values of the ids on the path (a purpose's object), so a caller can name them
    context: dict[tuple[str, ...], Any] = field(default_factory=dict, compare=False)


def diff_documents(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every change from ``old`` to ``new``: register settings, the organisation, then each list."""
    languages = {*old.get("languages", []), *new.get("languages", [])}
    changes: list[Change] = []
    settings = [k for k in _keys(old, new) if k not in (*_ENVELOPE, ORGANISATION, *LISTS)]
    for key in settings:
        _diff(changes, REGISTER, "", (key,), old.get(key, ABSENT), new.get(key, ABSENT), languages, {})
    _diff(changes, ORGANISATION, "", (), old.get(ORGANISATION, {}), new.get(ORGANISATION, {}), languages, {})
    for list_key in LISTS:
        old_items = _by_id(old.get(list_key) or [])
        new_items = _by_id(new.get(list_key) or [])
        for item_id, item in new_items.items():
            if item_id not in old_items:
                changes.append(Change(ADDED, list_key, item_id, new=item))
        for item_id, item in old_items.items():
            if item_id not in new_items:
                changes.append(Change(REMOVED, list_key, item_id, old=item))
        for item_id, item in new_items.items():
            if item_id in old_items:
                _diff(changes, list_key, item_id, (), old_items[item_id], item, languages, {})
    return changes


def is_text(value: Any, languages: Iterable[str]) -> bool:
    """Whether ``value`` is a multilingual text ({"sv": "...", "en": "..."}) rather than an object."""
    langs = set(languages)
    return (isinstance(value, dict) and bool(value) and all(k in langs for k in value)
            and all(isinstance(v, str) for v in value.values()))


def _keys(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    return list(dict.fromkeys([*old, *new]))


def _by_id(items: list[Any]) -> dict[str, Any]:
    return {item["id"]: item for item in items if isinstance(item, dict) and isinstance(item.get("id"), str)}


def _has_ids(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(
        isinstance(v, dict) and isinstance(v.get("id"), str) for v in value)


def _diff(out: list[Change], list_key: str, item_id: str, path: tuple[str, ...], old: Any, new: Any,
          languages: set[str], context: dict[tuple[str, ...], Any]) -> None:
    if old == new:
        return
    if isinstance(old, dict) and isinstance(new, dict) and not is_text(old, languages) \
            and not is_text(new, languages):
        for key in _keys(old, new):
            _diff(out, list_key, item_id, (*path, key), old.get(key, ABSENT), new.get(key, ABSENT), languages,
                  context)
        return
    if _has_ids(old) and _has_ids(new):
        old_items, new_items = _by_id(old), _by_id(new)
        for sub_id in _keys(old_items, new_items):
            sub_path = (*path, sub_id)
            sub_context = {**context, sub_path: new_items.get(sub_id, old_items.get(sub_id))}
            if sub_id not in old_items:
                out.append(Change(ADDED, list_key, item_id, sub_path, new=new_items[sub_id], context=sub_context))
            elif sub_id not in new_items:
                out.append(Change(REMOVED, list_key, item_id, sub_path, old=old_items[sub_id], context=sub_context))
            else:
                _diff(out, list_key, item_id, sub_path, old_items[sub_id], new_items[sub_id], languages, sub_context)
        return
    out.append(Change(CHANGED, list_key, item_id, path, old, new, context=dict(context)))
