"""Duplicate an activity: the app's *Duplicate activity*, a start for a similar processing.

The copy keeps everything the original records — its purposes, legal bases, catalogue
references (processors, recipients, data categories) and notes — under a new id, its name
marked as a copy in each of the register's languages. It is a draft, due for review today:
until the DPO has changed and reviewed it, it is not what the company does, and the
original's last review says nothing about it.
"""

from __future__ import annotations

import copy
import datetime as dt

from ropa_desktop.domain import model
from ropa_desktop.domain.ltext import LText
from ropa_desktop.domain.missing import MISSING
from ropa_desktop.output.wording import word
from ropa_desktop.services.activity_templates import free_id


def duplicate(register: model.Register, activity_id: str, today: dt.date | None = None) -> model.Activity:
    """A draft copy of the register's activity ``activity_id`` with an id the register does not use.

    KeyError when the register has no such activity.
    """
    original = register.activity(activity_id)
    if original is None:
        raise KeyError(activity_id)
    twin = copy.deepcopy(original)
    twin.id = free_id(f"{original.id}-copy", {a.id for a in register.activities})
    twin.name = LText({lang: word("copy.activity-name", lang, name=text)
                       for lang, text in original.name.values.items()}, plain=original.name.plain)
    twin.status = "draft"
    twin.last_reviewed = MISSING
    twin.next_review = today or dt.date.today()
    return twin

