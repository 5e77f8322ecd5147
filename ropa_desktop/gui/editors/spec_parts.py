"""Pieces the editors' specs share: addresses, contacts, catalogue ticks, durations."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ropa_desktop.domain import model
from ropa_desktop.domain.ltext import LText
from ropa_desktop.domain.missing import MISSING
from ropa_desktop.gui.editors.form import Section, Spec, SubObjectField
from ropa_desktop.gui.i18n import tr
from ropa_desktop.gui.widgets.duration import DurationField
from ropa_desktop.gui.widgets.fields import ChoiceField, CountryField, DateField, Env, RefListField, TextField
from ropa_desktop.store import Kind

# Makes a new item of the catalogue, then calls back with its id, as one undo step.
AddNew = Callable[[Kind, Callable[[str], None]], None]


def catalogue(kind: Kind) -> Callable[[Env], list[tuple[str, str]]]:
    return lambda env: env["catalogue"](kind)


def refs(kind: Kind, add_new: AddNew | None, required: bool = False,
         none_label: str | None = None) -> Callable[[], RefListField]:
    return lambda: RefListField(catalogue(kind), (lambda tick: add_new(kind, tick)) if add_new else None,
                                required, none_label)


def lt(env: Env, value: Any) -> str:
    return value.text(env["display_languages"]) if isinstance(value, LText) else ""


def review_interval(empty_label: str) -> Callable[[], DurationField]:
    """How often something is reviewed: a number of days, weeks, months or years."""
    return lambda: DurationField(empty_label, tr("Every"), empty=MISSING)


def address_sections() -> list[Section]:
    return [("", [
        Spec("street", tr("Street"), TextField),
        Spec("postal_code", tr("Postal code"), TextField),
        Spec("city", tr("City"), TextField),
        Spec("country", tr("Country"), CountryField),
    ])]


def contact_sections() -> list[Section]:
    return [("", [
        Spec("name", tr("Name"), lambda: TextField(required=True)),
        Spec("email", tr("E-mail"), TextField),
        Spec("phone", tr("Phone"), TextField),
        Spec("address", tr("Address"), lambda: SubObjectField(address_sections(), model.Address)),
    ])]


def contact_field() -> SubObjectField:
    return SubObjectField(contact_sections(), lambda: model.Contact(name=""))


def nullable_contact(none_label: str, some_label: str) -> Callable[[], SubObjectField]:
    """A contact the format lets a register record as none (null): the DPO, the representative."""
    return lambda: SubObjectField(contact_sections(), lambda: model.Contact(name=""), title=some_label,
                                  none_allowed=True, none_label=none_label)


def dpa_sections(review: bool) -> list[Section]:
    """A data processing agreement (Art. 28(3)), with our processors or with a controller we serve."""
    specs = [
        Spec("status", tr("Status"), lambda: ChoiceField("dpa_status", optional=False)),
        Spec("signed_on", tr("Signed on"), DateField),
        Spec("reference", tr("Where the contract is kept"), TextField),
    ]
    if review:
        specs.append(Spec("review_on", tr("Review on"), DateField))
    return [("", specs)]

