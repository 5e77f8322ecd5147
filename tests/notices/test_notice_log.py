"""The log of published notices: versions that count content, and findings when the register moves on."""

from __future__ import annotations

from pathlib import Path

import pytest

from ropa_desktop.interchange.jsonio import read_document
from ropa_desktop.notices import (
    build_notice,
    published_notices,
    record_published,
    stale_notice_findings,
    write_html,
    write_pdf,
)
from ropa_desktop.store import Kind, RegisterStore, StoreError
from tests.conftest import SWEDISH_REGISTER


@pytest.fixture
def store(tmp_path: Path):
    register = read_document(SWEDISH_REGISTER).register
    store = RegisterStore.create(tmp_path / "w.ropa", register.organisation, register.languages)
    store.replace_all(register)
    yield store
    store.close()


def _publish(store: RegisterStore, tmp_path: Path, name: str, audience: str | None = "privatkunder", lang: str = "sv"):
    notice = build_notice(store.load(), audience, lang, store=store)
    path = tmp_path / name
    (write_html if name.endswith(".html") else write_pdf)(notice, path)
    return notice, record_published(store, notice, path, name.rsplit(".", 1)[1])


def test_version_grows_only_when_the_content_changes(store: RegisterStore, tmp_path: Path) -> None:
    notice, first = _publish(store, tmp_path, "a.html")
    assert notice.version == first.version == 1
    assert "Version 1" in (tmp_path / "a.html").read_text(encoding="utf-8")
    _, same = _publish(store, tmp_path, "a.pdf")
    assert same.version == 1
    _, other_lang = _publish(store, tmp_path, "b.html", lang="en")
    assert other_lang.version == 1

    activity = store.get(Kind.ACTIVITY, "kunduppdrag")
    activity.retention[0].period = "P24M"
    store.update(Kind.ACTIVITY, activity)
    _, changed = _publish(store, tmp_path, "c.html")
    assert changed.version == 2
    log = published_notices(store)
    assert [(e.audience, e.lang, e.format, e.version) for e in log] == [
        ("privatkunder", "sv", "html", 1),
        ("privatkunder", "sv", "pdf", 1),
        ("privatkunder", "en", "html", 1),
        ("privatkunder", "sv", "html", 2),
    ]
    import hashlib

    assert log[-1].file_sha256 == hashlib.sha256((tmp_path / "c.html").read_bytes()).hexdigest()
    assert log[-1].user == store.user and log[-1].file_name == "c.html"


def test_a_change_that_makes_a_published_notice_untrue_is_a_finding(store: RegisterStore, tmp_path: Path) -> None:
    _publish(store, tmp_path, "privatkunder.html")
    _publish(store, tmp_path, "all.html", audience=None, lang="en")
    assert stale_notice_findings(store.load(), store) == []

    # A change that does not concern the customers' notice: only the notice for all is stale.
    activity = store.get(Kind.ACTIVITY, "webbplats")
    activity.retention[0].period = "P36M"
    store.update(Kind.ACTIVITY, activity)
    findings = stale_notice_findings(store.load(), store)
    assert [(f.code, f.entity_id) for f in findings] == [("notice-outdated", "")]

    activity = store.get(Kind.ACTIVITY, "kunduppdrag")
    activity.processors = ["it-support"]
    store.update(Kind.ACTIVITY, activity)
    findings = stale_notice_findings(store.load(), store)
    customers = next(f for f in findings if f.entity_id == "privatkunder")
    assert customers.severity.label == "warning"
    assert customers.entity == "data_subject_categories"
    assert "Privatkunder" in customers.message("sv") and "(sv)" in customers.message("sv")
    assert "no longer matches the register" in customers.message("en")

    _publish(store, tmp_path, "privatkunder2.html")
    assert [f.entity_id for f in stale_notice_findings(store.load(), store)] == [""]


def test_a_stale_version_number_is_refused(store: RegisterStore, tmp_path: Path) -> None:
    notice = build_notice(store.load(), "privatkunder", "sv", store=store)
    write_html(notice, tmp_path / "x.html")
    activity = store.get(Kind.ACTIVITY, "kunduppdrag")
    activity.retention[0].period = "P24M"
    store.update(Kind.ACTIVITY, activity)
    _publish(store, tmp_path, "y.html")  # someone publishes version 1 of the new content
    with pytest.raises(StoreError, match="version"):
        record_published(store, notice, tmp_path / "x.html", "html")
    assert len(published_notices(store)) == 1
