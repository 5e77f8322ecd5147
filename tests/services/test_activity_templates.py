"""Starting from typical activities: each template is complete enough to pass the checks once its processors
are named, in Sweden, Norway and Denmark, with that country's law and the register's languages."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from ropa_desktop.checks import Severity, run_checks
from ropa_desktop.cli.main import main
from ropa_desktop.domain import model
from ropa_desktop.services.activity_templates import add_from_template, templates
from ropa_desktop.store import Kind
from ropa_desktop.store.register_store import RegisterStore

LANGUAGE = {"SE": "sv", "NO": "nb", "DK": "da"}
TODAY = dt.date(2026, 12, 2)


def _register(tmp_path: Path, country: str, languages: list[str] | None = None) -> Path:
    path = tmp_path / f"{country}.ropa"
    org = model.Organisation(name="Exempel", supervisory_authority=country, email="privacy@example.com", dpo=None)
    RegisterStore.create(path, org, languages or [LANGUAGE[country]]).close()
    return path


def test_there_are_at_least_fifteen_templates_each_in_four_languages() -> None:
    found = templates()
    assert len(found) >= 15
    for item in found:
        assert set(item.name) == {"en", "sv", "nb", "da"} and all(item.name.values())


@pytest.mark.parametrize("country", ["SE", "NO", "DK"])
def test_every_template_passes_the_checks_once_its_processors_are_named(tmp_path: Path, country: str) -> None:
    path = _register(tmp_path, country)
    for item in templates():
        add_from_template(path, item.id, today=TODAY)
    with RegisterStore.open(path) as store:
        # What the DPO does after adding: name each processor, record its DPA, and set the activity active.
        for processor in store.items(Kind.PROCESSOR):
            store.update(Kind.PROCESSOR, dataclasses.replace(
                processor, name=f"Vendor of {processor.id}", dpa=model.Dpa(status="signed", signed_on=TODAY)))
        for activity in store.items(Kind.ACTIVITY):
            store.update(Kind.ACTIVITY, dataclasses.replace(activity, status="active"))
        register = store.load()
    errors = [f"{f.entity_id} [{f.field}]: {f.message('en')}" for f in run_checks(register, today=TODAY)
              if f.severity is Severity.ERROR]
    assert errors == []
    assert len(register.activities) == len(templates())


def test_the_country_picks_the_national_law_and_the_register_keeps_its_languages(tmp_path: Path) -> None:
    se, no = _register(tmp_path, "SE"), _register(tmp_path, "NO", ["nb", "en"])
    add_from_template(se, "bookkeeping", today=TODAY)
    add_from_template(no, "bookkeeping", today=TODAY)
    with RegisterStore.open(se) as store:
        [rule] = store.get(Kind.ACTIVITY, "bookkeeping").retention
        assert (rule.period, rule.law_reference.values) == ("P7Y", {"sv": "Bokföringslagen (1999:1078) 7 kap. 2 §"})
    with RegisterStore.open(no) as store:
        activity = store.get(Kind.ACTIVITY, "bookkeeping")
        [rule] = activity.retention
        assert (rule.period, rule.law_reference.text("nb")) == ("P5Y", "Bokføringsloven § 13")
        assert activity.name.values == {"nb": "Bokføring og fakturering", "en": "Bookkeeping and invoicing"}
        assert activity.status == "draft" and activity.next_review == TODAY


def test_a_second_template_reuses_the_entries_the_register_has(tmp_path: Path) -> None:
    path = _register(tmp_path, "SE")
    add_from_template(path, "payroll", today=TODAY)
    with RegisterStore.open(path) as store:
        employees = store.count(Kind.DATA_SUBJECT_CATEGORY)
    add_from_template(path, "sick-leave", today=TODAY)
    add_from_template(path, "payroll", today=TODAY)
    with RegisterStore.open(path) as store:
        assert store.count(Kind.DATA_SUBJECT_CATEGORY) == employees
        assert store.ids(Kind.ACTIVITY) == ["payroll", "sick-leave", "payroll-2"]


def test_ropa_add_from_the_command_line(tmp_path: Path, capsys) -> None:
    path = _register(tmp_path, "DK")
    assert main(["add", str(path), "--template", "whistleblowing"]) == 0
    assert "whistleblowing" in capsys.readouterr().out
    assert main(["add", str(path), "--template", "no-such"]) == 2
    assert "there is no activity template 'no-such'" in capsys.readouterr().err
    with RegisterStore.open(path) as store:
        [purpose] = store.get(Kind.ACTIVITY, "whistleblowing").purposes
        assert "whistleblowerloven" in purpose.law_reference.text("da")
