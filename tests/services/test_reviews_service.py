"""The Overview's review schedule is read from a few fields; it must agree with the whole register's."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from ropa_desktop.cli.main import main
from ropa_desktop.domain.reviews import scheduled_reviews
from ropa_desktop.services.review_schedule import review_register
from ropa_desktop.store import RegisterStore
from tests.conftest import SWEDISH_REGISTER, register_doc


def test_the_light_schedule_is_the_whole_register_s(tmp_path: Path) -> None:
    doc = register_doc(SWEDISH_REGISTER)
    doc["organisation"]["review_every"] = "P6M"
    doc["activities"][0]["next_review"] = "2026-01-31"
    doc["activities"][1]["last_reviewed"] = "2025-08-31"
    doc["activities"][2].update(last_reviewed="2025-08-31", review_every="P2Y")
    doc["activities"][3].update(next_review="2020-01-01", status="retired")
    doc["processors"][1]["dpa"]["review_on"] = "2027-03-01"
    source = tmp_path / "d.json"
    source.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    register = tmp_path / "r.ropa"
    assert main(["import", str(register), str(source)]) == 0
    with RegisterStore.open(register) as store:
        light, whole = scheduled_reviews(review_register(store)), scheduled_reviews(store.load())
    assert [(r.kind, r.item_id, r.due, r.interval) for r in light] == [
        (r.kind, r.item_id, r.due, r.interval) for r in whole]
    assert [r.due for r in light] == [dt.date(2026, 1, 31), dt.date(2026, 2, 28), dt.date(2027, 3, 1),
                                      dt.date(2027, 8, 31)]
    assert [r.name for r in light] == [w.name for w in whole]
