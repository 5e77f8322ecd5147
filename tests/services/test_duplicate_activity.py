"""A duplicated activity is a draft under a new id, named as a copy in each of the register's own languages."""

from __future__ import annotations

import datetime as dt

import pytest

from ropa_desktop.domain.ltext import LText
from ropa_desktop.domain.model import Activity, Organisation, Register
from ropa_desktop.services.duplicate_activity import duplicate

TODAY = dt.date(2026, 12, 2)


def _register() -> Register:
    name = LText({"da": "Løn", "nb": "Lønn", "en": "Payroll"})
    return Register(languages=["da", "nb", "en"], organisation=Organisation(name="X", supervisory_authority="DK"),
                    activities=[Activity(id="lon", name=name, role="controller", status="active",
                                         next_review=dt.date(2027, 6, 1)),
                                Activity(id="lon-copy", name=LText({"da": "Gammel kopi"}), role="controller")])


def test_the_copy_is_named_in_each_language_gets_a_free_id_and_is_a_draft_due_for_review() -> None:
    register = _register()
    twin = duplicate(register, "lon", today=TODAY)
    assert twin.id == "lon-copy-2"
    assert twin.name.values == {"da": "Løn (kopi)", "nb": "Lønn (kopi)", "en": "Payroll (copy)"}
    assert (twin.status, twin.next_review) == ("draft", TODAY)
    assert register.activity("lon").status == "active"  # the original is left as it was


def test_an_activity_the_register_does_not_have_is_refused() -> None:
    with pytest.raises(KeyError):
        duplicate(_register(), "nope")
