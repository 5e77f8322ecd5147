"""What an activity refers to in the catalogues, and an activity without one such reference.

The store keeps its link tables from ``referenced_ids`` (so SQLite refuses deleting an
item in use), and deleting an item that activities use first removes it from them with
``without_reference``: one place knows every field that can hold a catalogue id.
Catalogues are named by their list in the format (``"data_categories"``, ...).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ropa_desktop.domain.missing import MISSING

if TYPE_CHECKING:
    from ropa_desktop.domain.model import Activity, Transfer

CATALOGUES = ("data_subject_categories", "data_categories", "recipients", "processors", "security_measures")


def referenced_ids(activity: Activity, catalogue: str) -> set[str]:
    """Every id of ``catalogue`` the activity names, narrowings and transfers included."""
    if catalogue == "data_subject_categories":
        return {*activity.data_subjects, *_nested(activity, "data_subjects")}
    if catalogue == "data_categories":
        return {*activity.data_categories, *_nested(activity, "data_categories")}
    if catalogue == "recipients":
        return set(activity.recipients or []) | {
            t.recipient for t in activity.transfers or [] if isinstance(t.recipient, str)
        }
    if catalogue == "processors":
        return set(activity.processors or []) | {
            t.processor for t in activity.transfers or [] if isinstance(t.processor, str)
        }
    if catalogue == "security_measures":
        return set(activity.security_measures or [])
    raise ValueError(f"not a catalogue: {catalogue}")


def without_reference(activity: Activity, catalogue: str, item_id: str, item_name: str = "") -> Activity:
    """A copy of the activity that no longer names ``item_id``.

    A transfer that went to the item keeps its receiving party as free text
    (``recipient_name``), so the transfer stays recorded and valid.
    """
    a = activity
    if catalogue in ("data_subject_categories", "data_categories"):
        field = "data_subjects" if catalogue == "data_subject_categories" else "data_categories"
        return dataclasses.replace(
            a,
            **{field: _drop(getattr(a, field), item_id)},
            purposes=_map(a.purposes, lambda p: dataclasses.replace(p, **{field: _drop(getattr(p, field), item_id)})),
            retention=_map(a.retention, lambda r: dataclasses.replace(r, **{field: _drop(getattr(r, field), item_id)})),
        )
    if catalogue in ("recipients", "processors"):
        field = "recipient" if catalogue == "recipients" else "processor"

        def unlink(t: Transfer) -> Transfer:
            if getattr(t, field) != item_id:
                return t
            return dataclasses.replace(t, **{field: MISSING}, recipient_name=item_name or item_id)

        return dataclasses.replace(a, **{catalogue: _drop(getattr(a, catalogue), item_id)},
                                   transfers=_map(a.transfers, unlink))
    if catalogue == "security_measures":
        return dataclasses.replace(a, security_measures=_drop(a.security_measures, item_id))
    raise ValueError(f"not a catalogue: {catalogue}")


def _nested(activity: Activity, field: str) -> list[str]:
    ids: list[str] = []
    for holder in [*(activity.purposes or []), *(activity.retention or [])]:
        ids.extend(getattr(holder, field) or [])
    return ids


def _drop(ids: Any, item_id: str) -> Any:
    return [i for i in ids if i != item_id] if isinstance(ids, list) else ids


def _map(items: Any, fn: Callable[[Any], Any]) -> Any:
    return [fn(x) for x in items] if isinstance(items, list) else items
