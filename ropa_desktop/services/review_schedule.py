"""Reviews due: what the command line (`ropa due`) and the app's Overview list, and the review calendar.

The calendar file has one all-day event per scheduled review, whatever window the list uses,
and each event's UID is derived from the register's id, the item's id and the kind of review:
importing a newer file into Outlook or Apple Calendar updates the events instead of adding
them a second time.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ropa_desktop.domain.ltext import LText
from ropa_desktop.domain.missing import MISSING
from ropa_desktop.domain.model import Activity, Dpa, Processor, Register
from ropa_desktop.domain.reviews import (
    ACTIVITY_REVIEW,
    DEFAULT_WITHIN_DAYS,
    IMPORT_MARK,
    DueReviews,
    ScheduledReview,
    due_reviews,
    scheduled_reviews,
)
from ropa_desktop.output.atomic import atomic_write
from ropa_desktop.output.catalogue import label
from ropa_desktop.output.write_errors import ExportError
from ropa_desktop.store.kinds import Kind
from ropa_desktop.store.register_store import RegisterStore


@dataclass(frozen=True)
class DueList:
    due: DueReviews
    register: Register
    today: dt.date

    def name(self, review: ScheduledReview) -> str:
        """The item's name in the register's languages."""
        return item_name(review, self.register.languages)


def item_name(review: ScheduledReview, languages: list[str]) -> str:
    return review.name.text(languages) if isinstance(review.name, LText) else str(review.name)


def due_list(register_path: str | Path, *, today: dt.date | None = None,
             within_days: int = DEFAULT_WITHIN_DAYS) -> DueList:
    """What is overdue and what falls due within ``within_days`` days of ``today`` (default: the local date)."""
    today = today or dt.date.today()
    with RegisterStore.open(Path(register_path)) as store:
        register = store.load()
    return DueList(due_reviews(register, today, within_days), register, today)


_ACTIVITY_PATHS = {"name": "$.name", "role": "$.role", "status": "$.status", "last": "$.last_reviewed",
                   "next": "$.next_review", "every": "$.review_every", "imported": f'$."{IMPORT_MARK}"'}
_PROCESSOR_PATHS = {"name": "$.name", "review_on": "$.dpa.review_on"}


def review_register(store: RegisterStore) -> Register:
    """Only what the review schedule reads, without decoding whole items.

    The app's Overview draws its reviews from this; loading a register of a thousand
    activities takes about a second, reading these few fields a few hundredths.
    """
    return Register(languages=store.languages, organisation=store.organisation(),
                    activities=review_activities(store), processors=review_processors(store))


def review_activities(store: RegisterStore, item_id: str | None = None) -> list[Activity]:
    """The activities (or the one ``item_id``) with only their names, status, review fields and import mark."""
    lang = store.default_language

    def text(value: Any) -> LText:
        return LText(value) if isinstance(value, dict) else LText({lang: str(value or "")}, plain=True)

    return [
        Activity(id=row["id"], name=text(row["name"]), role=row["role"] or "controller",
                 status=row["status"] if isinstance(row["status"], str) else MISSING,
                 last_reviewed=_date(row["last"]), next_review=_date(row["next"]),
                 review_every=row["every"] if isinstance(row["every"], str) else MISSING,
                 extras={IMPORT_MARK: row["imported"]} if row["imported"] is not None else {})
        for row in store.fields(Kind.ACTIVITY, _ACTIVITY_PATHS, item_id)
    ]


def review_processors(store: RegisterStore, item_id: str | None = None) -> list[Processor]:
    """The processors (or the one ``item_id``) whose agreement has a review date, with only that date."""
    return [
        Processor(id=row["id"], name=str(row["name"]), dpa=Dpa(status="signed", review_on=_date(row["review_on"])))
        for row in store.fields(Kind.PROCESSOR, _PROCESSOR_PATHS, item_id)
        if row["review_on"]
    ]


def reread_item(register: Register, store: RegisterStore, kind: Kind, item_id: str) -> Register:
    """``register`` (from :func:`review_register`) after one item changed: only that item is read again.

    An empty ``item_id`` (an item added, or the list reordered) reads that one list again; a kind
    that carries no review date changes nothing. After an edit the Overview so reads one row,
    not every activity (a fifth of a second per thousand, on the GUI thread, after every edit).
    """
    readers = {Kind.ACTIVITY: ("activities", review_activities), Kind.PROCESSOR: ("processors", review_processors)}
    if kind not in readers:
        return register
    attr, read = readers[kind]
    if not item_id:
        return dataclasses.replace(register, **{attr: read(store)})
    fresh = read(store, item_id)  # empty when the item was deleted (or its agreement has no review date)
    old: list[Any] = getattr(register, attr) or []
    items = [i for i in old if i.id != item_id]
    position = next((n for n, i in enumerate(old) if i.id == item_id), len(items))
    items[position:position] = fresh
    return dataclasses.replace(register, **{attr: items})


def reread_organisation(register: Register, store: RegisterStore) -> Register:
    """``register`` after the organisation changed (its review interval counts for every activity)."""
    return dataclasses.replace(register, organisation=store.organisation())


def _date(value: Any) -> Any:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else MISSING
    except ValueError:
        return MISSING


def event_uid(register_id: str, review: ScheduledReview) -> str:
    """The same for the same review in every export of the same register."""
    digest = hashlib.sha256(f"{register_id}\0{review.kind}\0{review.item_id}".encode()).hexdigest()[:32]
    return f"{digest}@ropa-desktop"


def calendar_bytes(register: Register, register_id: str, *, stamp: dt.datetime | None = None) -> bytes:
    """The review calendar of ``register`` (iCalendar), texts in the register's first language."""
    from icalendar import Calendar, Event

    lang = register.languages[0]
    stamp = stamp or dt.datetime.now(dt.UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", "-//ropa-desktop//review calendar//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", f"{label('calendar_name', lang)}: {register.organisation.name}")
    for review in scheduled_reviews(register):
        name = item_name(review, register.languages)
        key = "review_activity_event" if review.kind == ACTIVITY_REVIEW else "review_dpa_event"
        event = Event()
        event.add("uid", event_uid(register_id, review))
        event.add("dtstamp", stamp)
        event.add("dtstart", review.due)
        event.add("dtend", review.due + dt.timedelta(days=1))
        event.add("summary", label(key, lang).format(name=name))
        event.add("transp", "TRANSPARENT")  # a reminder, not a meeting: the day stays free
        cal.add_component(event)
    return cal.to_ical()


def _is_calendar(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(15).upper() == b"BEGIN:VCALENDAR"
    except OSError:
        return False


def write_calendar(register_path: str | Path, target: str | Path, *, overwrite: bool = False) -> int:
    """Write the review calendar to ``target``; returns the number of events.

    An earlier calendar at ``target`` is replaced (that is how the calendar is kept up to date);
    any other existing file only with ``overwrite``.
    """
    target = Path(target)
    if target.suffix.lower() != ".ics":
        raise ExportError("a calendar file is named .ics, not {name}", name=target.name)
    with RegisterStore.open(Path(register_path)) as store:
        register = store.load()
        register_id = store.register_id()
    data = calendar_bytes(register, register_id)
    atomic_write(target, lambda tmp: tmp.write_bytes(data), overwrite=overwrite or _is_calendar(target))
    return len(scheduled_reviews(register))
