"""When each part of the register is next to be reviewed, and what is overdue or due soon.

Art. 24(1) asks that the measures be reviewed and updated where necessary; the DPO keeps
that promise by reviewing each activity at an interval (its own ``review_every``, else the
organisation's, else twelve months) and each processor's agreement on its ``review_on`` date.

Everything here is pure: "today" is an argument, so the command line, the app and the
tests agree on what is due on a given day.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from ropa_desktop.domain.model import Activity, Dpa, Organisation, Processor, Register

DEFAULT_INTERVAL = "P12M"
DEFAULT_WITHIN_DAYS = 30
ACTIVITY_REVIEW, DPA_REVIEW = "activity", "dpa"  # the kinds of review (part of a calendar event's UID)

_DURATION = re.compile(
    r"^P(?:(?P<Y>\d+)Y)?(?:(?P<M>\d+)M)?(?:(?P<W>\d+)W)?(?:(?P<D>\d+)D)?"
    r"(?:T(?:(?P<h>\d+)H)?(?:(?P<m>\d+)M)?(?:(?P<s>\d+(?:\.\d+)?)S)?)?$"
)


class IntervalError(ValueError):
    """A review interval that is not an ISO 8601 duration this module can add to a date."""


@dataclass(frozen=True, slots=True)
class Interval:
    """A calendar interval: months (years counted as twelve) and days (weeks as seven, time rounded up)."""

    months: int
    days: int

    def after(self, start: dt.date) -> dt.date:
        """``start`` moved on by the interval; a month-end overflow stops at the month's last day
        (31 January + 1 month = 28 or 29 February), as a calendar reminder would."""
        month_index = start.month - 1 + self.months
        year, month = start.year + month_index // 12, month_index % 12 + 1
        day = min(start.day, calendar.monthrange(year, month)[1])
        return dt.date(year, month, day) + dt.timedelta(days=self.days)


def parse_interval(value: str) -> Interval:
    """'P12M' -> 12 months; 'P1Y6M' -> 18 months; 'P90D' -> 90 days. Time parts round up to a day."""
    match = _DURATION.match(value or "")
    if not match or not any(match.groupdict().values()) or value.endswith("T"):
        raise IntervalError(f"{value!r} is not an ISO 8601 duration")
    part = {k: (float(v) if v else 0.0) for k, v in match.groupdict().items()}
    seconds = part["h"] * 3600 + part["m"] * 60 + part["s"]
    days = int(part["W"]) * 7 + int(part["D"]) + (-(-int(seconds) // 86400) if seconds else 0)
    interval = Interval(months=int(part["Y"]) * 12 + int(part["M"]), days=days)
    if interval.months == 0 and interval.days == 0:
        raise IntervalError(f"{value!r} is a duration of nothing")
    return interval


def review_interval(activity: Activity, organisation: Organisation) -> str:
    """The ISO duration an activity is reviewed at: its own, else the organisation's, else P12M.

    An interval that cannot be read is passed over for the next one rather than failing the
    whole schedule (the schema validates the form; a bad value can only come from outside it).
    """
    for value in (activity.review_every, organisation.review_every):
        if isinstance(value, str):
            try:
                parse_interval(value)
            except IntervalError:
                continue
            return value
    return DEFAULT_INTERVAL


@dataclass(frozen=True, slots=True)
class ScheduledReview:
    """One review the register schedules: an activity's, or a processor's agreement's."""

    kind: str  # ACTIVITY_REVIEW or DPA_REVIEW
    item_id: str  # the activity's or the processor's id
    name: object  # the item's name as the register holds it (LText for an activity, str for a processor)
    due: dt.date
    last_reviewed: dt.date | None = None  # activities only
    interval: str | None = None  # activities only: the ISO duration they are reviewed at

    def days_left(self, today: dt.date) -> int:
        """Days until it is due; negative when overdue."""
        return (self.due - today).days


def activity_due(activity: Activity, organisation: Organisation) -> dt.date | None:
    """The activity's next review: its ``next_review``, else ``last_reviewed`` + its interval, else None."""
    if isinstance(activity.next_review, dt.date):
        return activity.next_review
    if isinstance(activity.last_reviewed, dt.date):
        return parse_interval(review_interval(activity, organisation)).after(activity.last_reviewed)
    return None


def scheduled_reviews(register: Register) -> list[ScheduledReview]:
    """Every review with a date, soonest first. Retired activities are no longer reviewed."""
    found: list[ScheduledReview] = []
    org = register.organisation
    for activity in register.activities:
        if activity.effective_status == "retired":
            continue
        due = activity_due(activity, org)
        if due is not None:
            last = activity.last_reviewed if isinstance(activity.last_reviewed, dt.date) else None
            found.append(ScheduledReview(ACTIVITY_REVIEW, activity.id, activity.name, due, last,
                                         review_interval(activity, org)))
    for processor in register.processors or []:
        dpa = processor.dpa
        if dpa and isinstance(dpa.review_on, dt.date):
            found.append(ScheduledReview(DPA_REVIEW, processor.id, processor.name, dpa.review_on))
    found.sort(key=lambda r: (r.due, r.kind, r.item_id))
    return found


@dataclass(frozen=True, slots=True)
class DueReviews:
    overdue: list[ScheduledReview]  # due before today
    soon: list[ScheduledReview]  # due today or within the window

    @property
    def all(self) -> list[ScheduledReview]:
        return [*self.overdue, *self.soon]


def due_reviews(register: Register, today: dt.date, within_days: int = DEFAULT_WITHIN_DAYS) -> DueReviews:
    """What is overdue on ``today``, and what falls due from today to ``within_days`` days ahead."""
    horizon = today + dt.timedelta(days=within_days)
    scheduled = scheduled_reviews(register)
    return DueReviews(
        overdue=[r for r in scheduled if r.due < today],
        soon=[r for r in scheduled if today <= r.due <= horizon],
    )


def mark_reviewed(activity: Activity, organisation: Organisation, today: dt.date) -> Activity:
    """The activity reviewed today: ``last_reviewed`` today, ``next_review`` today plus its interval.

    The mark of a spreadsheet import goes: the DPO has now reviewed what the import brought in.
    """
    interval = parse_interval(review_interval(activity, organisation))
    extras = {k: v for k, v in activity.extras.items() if k != IMPORT_MARK}
    return dataclasses.replace(activity, last_reviewed=today, next_review=interval.after(today), extras=extras)


# An activity a spreadsheet import added carries {"file": the spreadsheet's name, "on": the import date}
# in this x- property (the format keeps x- properties), until it is reviewed.
IMPORT_MARK = "x-imported-from"


@dataclass(frozen=True, slots=True)
class ImportMark:
    file: str
    on: dt.date


def import_mark(activity: Activity) -> ImportMark | None:
    """The spreadsheet the activity came from and when, while it waits for its first review since then."""
    mark = activity.extras.get(IMPORT_MARK) if isinstance(activity.extras, dict) else None
    if not isinstance(mark, dict) or not isinstance(mark.get("file"), str):
        return None
    try:
        on = dt.date.fromisoformat(str(mark.get("on")))
    except ValueError:
        return None
    if isinstance(activity.last_reviewed, dt.date) and activity.last_reviewed >= on:
        return None  # reviewed since (in its editor, or before the mark was dropped)
    return ImportMark(mark["file"], on)


def with_import_mark(activity: Activity, file_name: str, on: dt.date) -> None:
    """Mark ``activity`` as brought in by importing ``file_name`` on ``on`` (its next review is that date)."""
    activity.extras = {**activity.extras, IMPORT_MARK: {"file": file_name, "on": on.isoformat()}}


def dpa_review_interval(organisation: Organisation) -> str:
    """The ISO duration a processor's agreement is reviewed at: the organisation's, else P12M.

    The format records only the agreement's next review date (``dpa.review_on``), no interval of
    its own, and Art. 28 sets none; the organisation's ``review_every`` is the register's review
    cycle, so an agreement is reviewed as often as the activities it serves by default.
    """
    value = organisation.review_every
    if isinstance(value, str):
        try:
            parse_interval(value)
        except IntervalError:
            return DEFAULT_INTERVAL
        return value
    return DEFAULT_INTERVAL


def mark_dpa_reviewed(processor: Processor, organisation: Organisation, today: dt.date) -> Processor:
    """The processor's agreement reviewed today: ``dpa.review_on`` today plus the review interval.

    The agreement has no "last reviewed" field in the format: the history of the change records
    who reviewed it and when.
    """
    if not isinstance(processor.dpa, Dpa):
        raise ValueError(f"processor {processor.id!r} records no agreement to review")
    review_on = parse_interval(dpa_review_interval(organisation)).after(today)
    return dataclasses.replace(processor, dpa=dataclasses.replace(processor.dpa, review_on=review_on))


def imported_to_review(register: Register) -> list[tuple[ImportMark, list[Activity]]]:
    """The activities each spreadsheet import brought in and nobody has reviewed since, newest import first."""
    groups: dict[ImportMark, list[Activity]] = {}
    for activity in register.activities:
        mark = import_mark(activity) if activity.effective_status != "retired" else None
        if mark is not None:
            groups.setdefault(mark, []).append(activity)
    return sorted(groups.items(), key=lambda group: (group[0].on, group[0].file), reverse=True)
