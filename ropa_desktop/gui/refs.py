"""Removing a catalogue item's id from an activity, so that the item can be deleted."""

from __future__ import annotations

import dataclasses

from ropa_desktop.domain.missing import MISSING
from ropa_desktop.domain.model import Activity
from ropa_desktop.store import Kind


def _drop(ids: list[str] | object, item_id: str) -> object:
    if not isinstance(ids, list):
        return ids
    return [i for i in ids if i != item_id]


def without_reference(activity: Activity, kind: Kind, item_id: str) -> Activity:
    """A copy of the activity that no longer refers to ``item_id`` of ``kind``."""
    a = activity
    if kind is Kind.DATA_SUBJECT_CATEGORY:
        return dataclasses.replace(
            a,
            data_subjects=_drop(a.data_subjects, item_id),
            purposes=_map(
                a.purposes, lambda p: dataclasses.replace(p, data_subjects=_drop(p.data_subjects, item_id))
            ),
            retention=_map(
                a.retention, lambda r: dataclasses.replace(r, data_subjects=_drop(r.data_subjects, item_id))
            ),
        )
    if kind is Kind.DATA_CATEGORY:
        return dataclasses.replace(
            a,
            data_categories=_drop(a.data_categories, item_id),
            purposes=_map(
                a.purposes, lambda p: dataclasses.replace(p, data_categories=_drop(p.data_categories, item_id))
            ),
            retention=_map(
                a.retention, lambda r: dataclasses.replace(r, data_categories=_drop(r.data_categories, item_id))
            ),
        )
    if kind is Kind.RECIPIENT:
        return dataclasses.replace(
            a,
            recipients=_drop(a.recipients, item_id),
            transfers=_map(
                a.transfers,
                lambda t: dataclasses.replace(t, recipient=MISSING) if t.recipient == item_id else t,
            ),
        )
    if kind is Kind.PROCESSOR:
        return dataclasses.replace(
            a,
            processors=_drop(a.processors, item_id),
            transfers=_map(
                a.transfers,
                lambda t: dataclasses.replace(t, processor=MISSING) if t.processor == item_id else t,
            ),
        )
    if kind is Kind.SECURITY_MEASURE:
        return dataclasses.replace(a, security_measures=_drop(a.security_measures, item_id))
    return a


def _map(items: object, fn: object) -> object:
    if not isinstance(items, list):
        return items
    return [fn(x) for x in items]  # type: ignore[operator]
