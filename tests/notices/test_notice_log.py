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


def test_the_published_content_is_kept_once_compressed_and_its_hash_is_of_those_bytes(
    store: RegisterStore, tmp_path: Path
) -> None:
    import hashlib
    import zlib

    from ropa_desktop.notices.log import published_content

    notice, entry = _publish(store, tmp_path, "a.html")
    [(kept, processors_by)] = store.execute("SELECT content, processors_by FROM notice_log").fetchall()
    # Art. 5(2): what was published can be shown later, and proven to be what the hash names.
    assert isinstance(kept, bytes)
    assert hashlib.sha256(zlib.decompress(kept)).hexdigest() == entry.content_sha256 == notice.content_sha256
    assert published_content(store, entry.seq) == notice.content.to_json()
    assert processors_by == notice.content.processors_by


def _publish_as_the_service_does(store: RegisterStore, tmp_path: Path) -> None:
    seq = store.history_seq()  # read before the register is loaded, as publish_notice does
    notice = build_notice(store.load(), "privatkunder", "sv", store=store)
    write_html(notice, tmp_path / "k.html")
    record_published(store, notice, tmp_path / "k.html", "html", register_seq=seq)


def _count_builds(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    from ropa_desktop.notices import staleness

    built: list[str] = []
    real = staleness.build_content

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        built.append("built")
        return real(*args, **kwargs)

    monkeypatch.setattr(staleness, "build_content", counting)
    return built


def test_check_does_not_build_a_published_notice_again_while_the_register_is_unchanged(
    store: RegisterStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _publish_as_the_service_does(store, tmp_path)
    built = _count_builds(monkeypatch)
    assert stale_notice_findings(store.load(), store) == []
    assert built == []
    # Any change to the register: the notice is built again and compared.
    activity = store.get(Kind.ACTIVITY, "kunduppdrag")
    activity.processors = ["affarssystem", "it-support"]
    store.update(Kind.ACTIVITY, activity)
    [finding] = stale_notice_findings(store.load(), store)
    assert finding.code == "notice-outdated" and built == ["built"]


@pytest.mark.parametrize("moved_on", ["the program's shipped texts", "an adequacy decision's day"])
def test_check_builds_the_notice_again_when_what_it_depends_on_besides_the_register_moved_on(
    store: RegisterStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, moved_on: str
) -> None:
    from ropa_desktop.notices import log

    _publish_as_the_service_does(store, tmp_path)
    if moved_on == "the program's shipped texts":
        monkeypatch.setattr(log, "shipped_stamp", lambda: "another version")
    else:  # published before some adequacy decision came into force: the day matters again
        store.execute("UPDATE notice_log SET basis = json_set(basis, '$.day', '1990-01-01')")
    built = _count_builds(monkeypatch)
    stale_notice_findings(store.load(), store)
    assert built == ["built"]
