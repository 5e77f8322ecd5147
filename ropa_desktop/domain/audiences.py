"""Which activities concern an audience (a data subject category), and to whom a notice may be written.

The duty to inform (Art. 13/14) lies with the controller. Where the organisation is a
processor (Art. 28, 30(2)) the controller on whose behalf it acts informs the data
subjects, so processor activities never give a notice. Only activities that are running
are told: a draft is planned, a retired one no longer runs. One rule, used by the notices,
their completeness list, the command line and the app.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ropa_desktop.domain.model import Activity, Purpose, Register

CONTROLLER_ROLES = ("controller", "joint_controller")


def is_controller_activity(activity: Activity) -> bool:
    """We decide why and how (alone or jointly): the Art. 13/14 duty is ours."""
    return activity.role in CONTROLLER_ROLES


def purposes_for(activity: Activity, audience: str) -> list[Purpose]:
    """The activity's purposes whose data subjects (own narrowing, else the activity's) include ``audience``."""
    return [p for p in activity.purposes or [] if audience in activity.purpose_data_subjects(p)]


def audience_activities(register: Register, audience: str) -> list[tuple[Activity, list[Purpose]]]:
    """The activities told to ``audience``: running, as controller, with the purposes that concern it."""
    found = []
    for activity in register.activities:
        if activity.effective_status != "active" or not is_controller_activity(activity):
            continue
        purposes = purposes_for(activity, audience)
        if purposes:
            found.append((activity, purposes))
    return found


def notice_audiences(register: Register) -> list[str]:
    """The audiences a notice may be written for, in the register's order: some running controller
    activity has a purpose that concerns them."""
    return [c.id for c in register.data_subject_categories if audience_activities(register, c.id)]


def processor_only_audiences(register: Register) -> list[str]:
    """The audiences named only in activities where we are the processor.

    Their controller informs them (Art. 13/14, 28): a notice from us would name us as
    controller of data we only process on someone else's behalf.
    """
    in_processor: set[str] = set()
    in_controller: set[str] = set()
    for activity in register.activities:
        subjects = set(activity.data_subjects)
        for purpose in activity.purposes or []:
            subjects.update(purpose.data_subjects or [])
        (in_controller if is_controller_activity(activity) else in_processor).update(subjects)
    return [c.id for c in register.data_subject_categories if c.id in in_processor - in_controller]


def categories_of_others(activity: Activity, audience: str) -> set[str]:
    """Data categories the register ties to other audiences of the activity, never to ``audience``.

    A category belongs to other audiences where every purpose that names it in its own
    narrowing is narrowed to data subjects that exclude ``audience`` (e.g. health data named
    only by a purpose for customers, in an activity that also concerns their relatives).
    A purpose that does not narrow its categories covers the activity's; told to this
    audience, it leaves out these categories, which the register says are not about them.
    """
    named_for_us: set[str] = set()
    named_for_others: set[str] = set()
    for purpose in activity.purposes or []:
        if not purpose.data_categories:
            continue
        target = named_for_us if audience in activity.purpose_data_subjects(purpose) else named_for_others
        target.update(purpose.data_categories)
    return named_for_others - named_for_us


def audience_data_categories(activity: Activity, purpose: Purpose, audience: str) -> list[str]:
    """The data categories a purpose covers, as told to ``audience`` (see :func:`categories_of_others`)."""
    if purpose.data_categories:
        return list(purpose.data_categories)
    others = categories_of_others(activity, audience)
    return [c for c in activity.data_categories if c not in others]
