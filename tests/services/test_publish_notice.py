"""The notice publishing service: the file on disk and the notice log never disagree, and gaps are said."""

from __future__ import annotations

import json
import zlib
from pathlib import Path

import pytest

from ropa_desktop.notices import published_notices
from ropa_desktop.notices.log import GAPS_KEY, published_content
from ropa_desktop.services.publish_notice import NoticeChoices, NoticeError, NoticeHasGaps, publish_notice
from ropa_desktop.store import RegisterStore, StoreError
from tests.conftest import NORWEGIAN_REGISTER


def _log(path: Path) -> list:
    with RegisterStore.open(path) as store:
        return published_notices(store)


def test_a_notice_with_gaps_is_published_and_logged_with_them(demo_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "leverantorer.html"
    result = publish_notice(demo_path, target, NoticeChoices(audience="leverantorskontakter", lang="sv"))
    assert result.gaps and target.exists()
    [entry] = _log(demo_path)
    assert entry.file_name == "leverantorer.html" and entry.version == 1
    assert [(g.article, g.message) for g in entry.gaps] == [(g.article, g.message) for g in result.gaps]


def test_a_complete_notice_is_logged_without_gaps(demo_path: Path, tmp_path: Path) -> None:
    result = publish_notice(demo_path, tmp_path / "kunder.pdf", NoticeChoices(audience="kunder", lang="en"))
    assert result.gaps == [] and result.format == "pdf"
    assert [e.gaps for e in _log(demo_path)] == [()]


def test_refusing_gaps_writes_nothing_and_logs_nothing(demo_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "n.html"
    with pytest.raises(NoticeHasGaps) as caught:
        publish_notice(demo_path, target, NoticeChoices(audience="leverantorskontakter", refuse_gaps=True))
    assert len(caught.value.gaps) == 2
    assert not target.exists() and _log(demo_path) == []


def test_a_log_that_refuses_the_record_leaves_the_old_file_in_place(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "kunder.html"
    target.write_text("the notice published last year", encoding="utf-8")

    def refused(*args: object, **kwargs: object) -> None:
        raise StoreError("the register could not be written: {reason}", reason="disk I/O error")

    monkeypatch.setattr("ropa_desktop.services.publish_notice.record_published", refused)
    with pytest.raises(StoreError):
        publish_notice(demo_path, target, NoticeChoices(audience="kunder", overwrite=True))
    assert target.read_text(encoding="utf-8") == "the notice published last year"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    assert _log(demo_path) == []


def test_an_unknown_audience_is_named(demo_path: Path, tmp_path: Path) -> None:
    with pytest.raises(NoticeError, match=r"no data subject category 'kunderna'.*kunder"):
        publish_notice(demo_path, tmp_path / "n.html", NoticeChoices(audience="kunderna"))
    assert not (tmp_path / "n.html").exists()


def test_logs_written_before_gaps_were_recorded_still_read(demo_path: Path, tmp_path: Path) -> None:
    publish_notice(demo_path, tmp_path / "n.html", NoticeChoices(audience="leverantorskontakter"))
    with RegisterStore.open(demo_path) as store:  # a row as the first version wrote it: JSON text, no gaps
        stored = zlib.decompress(store.execute("SELECT content FROM notice_log").fetchone()[0]).decode()
        store.execute("UPDATE notice_log SET content = ?, gaps = NULL, processors_by = NULL", [stored])
        store._conn.commit()
        [entry] = published_notices(store)
        assert published_content(store, entry.seq)["audience"] == "leverantorskontakter"
    assert entry.gaps == () and entry.file_name == "n.html"


def test_logs_written_with_gaps_in_the_content_text_still_read_them(demo_path: Path, tmp_path: Path) -> None:
    publish_notice(demo_path, tmp_path / "n.html", NoticeChoices(audience="leverantorskontakter"))
    with RegisterStore.open(demo_path) as store:  # a row as schema 4 wrote it: the gaps inside the content's text
        [entry] = published_notices(store)
        assert entry.gaps, "the demo notice for this audience has gaps"
        content = json.loads(zlib.decompress(store.execute("SELECT content FROM notice_log").fetchone()[0]))
        content[GAPS_KEY] = [{"article": g.article, "message": g.message} for g in entry.gaps]
        store.execute("UPDATE notice_log SET content = ?, gaps = NULL", [json.dumps(content, sort_keys=True)])
        store._conn.commit()
        [old] = published_notices(store)
        assert GAPS_KEY not in published_content(store, old.seq)
    assert old.gaps == entry.gaps


def test_all_names_each_audience_it_leaves_to_the_controller_we_process_for(tmp_path: Path) -> None:
    from ropa_desktop.services.import_register import create_from_file

    store, _result = create_from_file(tmp_path / "fjellvik.ropa", NORWEGIAN_REGISTER)
    store.close()
    result = publish_notice(tmp_path / "fjellvik.ropa", tmp_path / "alle.html", NoticeChoices(audience="all"))
    [skipped] = result.skipped
    assert skipped.fields["audience"] == "Ansatte hos kundene" and "processor" in skipped.template
    assert [s.id for s in result.notice.content.sections] == ["kundekontakter", "nettstedsbesokende", "jobbsokere"]
    assert [e.audience for e in _log(tmp_path / "fjellvik.ropa")] == [""]
    one = publish_notice(tmp_path / "fjellvik.ropa", tmp_path / "web.html",
                         NoticeChoices(audience="nettstedsbesokende"))
    assert one.skipped == []
