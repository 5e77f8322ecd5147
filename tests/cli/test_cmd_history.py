"""`ropa due`, `ropa versions` and `ropa diff`: the register over time, as a DPO's scheduled task uses it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from ropa_desktop.cli.main import main
from tests.conftest import SWEDISH_REGISTER, register_doc

TODAY = dt.date.today()


def run(*args: object) -> int:
    return main([str(a) for a in args])


def _days(n: int) -> str:
    return (TODAY + dt.timedelta(days=n)).isoformat()


@pytest.fixture
def reviewed_register(tmp_path: Path) -> Path:
    """The Swedish register with reviews overdue, due soon, due later, and a processor agreement due."""
    doc = register_doc(SWEDISH_REGISTER)
    acts = doc["activities"]
    acts[0]["next_review"] = _days(-5)
    acts[1]["next_review"] = _days(10)
    acts[2]["next_review"] = _days(100)
    acts[3]["last_reviewed"] = _days(-400)  # + the organisation's twelve months: overdue
    doc["processors"][0]["dpa"]["review_on"] = _days(20)
    source = tmp_path / "reviews.json"
    source.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    register = tmp_path / "r.ropa"
    assert run("import", register, source) == 0
    return register


def test_due_lists_overdue_and_soon_and_fails_when_something_is_overdue(reviewed_register: Path, capsys) -> None:
    capsys.readouterr()
    assert run("due", reviewed_register) == 1
    out = capsys.readouterr().out
    overdue, soon = out.split("due within 30 days:")
    assert "activity kunduppdrag" in overdue and "(5 days ago)" in overdue
    assert "activity personal" in overdue
    assert "activity webbplats" in soon and "processor agreement affarssystem" in soon
    assert "activity nyhetsbrev" not in out  # due in 100 days

    assert run("due", reviewed_register, "--within", "15w") == 1
    assert "activity nyhetsbrev" in capsys.readouterr().out


def test_due_exits_0_when_nothing_is_overdue(tmp_path: Path, capsys) -> None:
    register = tmp_path / "r.ropa"
    assert run("import", register, SWEDISH_REGISTER) == 0
    capsys.readouterr()
    assert run("due", register) == 0
    assert "nothing is overdue" in capsys.readouterr().out


def test_the_calendar_has_one_event_per_scheduled_review_and_keeps_its_uids(
    reviewed_register: Path, tmp_path: Path
) -> None:
    from icalendar import Calendar

    ics = tmp_path / "reviews.ics"
    run("due", reviewed_register, "--within", "1d", "--ics", ics)  # the window does not limit the calendar
    events = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    by_day = sorted((e.decoded("dtstart"), str(e["summary"])) for e in events)
    assert by_day == [
        (TODAY + dt.timedelta(days=-35), "Granska behandlingen: Personaladministration"),
        (TODAY + dt.timedelta(days=-5), "Granska behandlingen: Kunduppdrag och fakturering"),
        (TODAY + dt.timedelta(days=10), "Granska behandlingen: Webbplats och kontaktformulär"),
        (TODAY + dt.timedelta(days=20), "Granska personuppgiftsbiträdesavtalet med Städsystem Norden AB"),
        (TODAY + dt.timedelta(days=100), "Granska behandlingen: Nyhetsbrev"),
    ]
    uids = {str(e["uid"]) for e in events}
    assert len(uids) == 5

    # A review moved: the re-export replaces the earlier calendar and the same events keep their UIDs.
    from ropa_desktop.store import Kind, RegisterStore

    with RegisterStore.open(reviewed_register) as store:
        activity = store.get(Kind.ACTIVITY, "kunduppdrag")
        activity.next_review = TODAY + dt.timedelta(days=60)
        store.update(Kind.ACTIVITY, activity)
    assert run("due", reviewed_register, "--ics", ics) == 1
    again = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert {str(e["uid"]) for e in again} == uids
    moved = [e for e in again if "Kunduppdrag och fakturering" in str(e["summary"])]
    assert [e.decoded("dtstart") for e in moved] == [TODAY + dt.timedelta(days=60)]


def test_a_file_that_is_not_a_calendar_is_not_replaced(reviewed_register: Path, tmp_path: Path, capsys) -> None:
    other = tmp_path / "notes.ics"
    other.write_text("my notes", encoding="utf-8")
    assert run("due", reviewed_register, "--ics", other) == 2
    assert "already exists" in capsys.readouterr().err
    assert other.read_text(encoding="utf-8") == "my notes"
