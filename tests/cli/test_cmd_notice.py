"""``ropa notice``: a notice's gaps are said on stderr and recorded; ``--strict`` refuses to publish them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ropa_desktop.base.resources import resource_path
from ropa_desktop.cli.main import main
from ropa_desktop.services.demo import DEMO_DOCUMENT
from tests.conftest import NORWEGIAN_REGISTER


@pytest.fixture
def register(tmp_path: Path) -> Path:
    path = tmp_path / "demo.ropa"
    assert main(["import", str(path), str(resource_path(*DEMO_DOCUMENT))]) == 0
    return path


def test_gaps_are_listed_on_stderr_and_in_the_log_and_the_notice_is_written(
    register: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "leverantorer.html"
    capsys.readouterr()
    assert main(["notice", str(register), "-o", str(out), "--audience", "leverantorskontakter", "--lang", "en"]) == 0
    err = capsys.readouterr().err
    gaps = [line for line in err.splitlines() if line.startswith("incomplete: ")]
    assert len(gaps) == 2 and "published with 2 gaps" in err
    assert out.exists()

    assert main(["notice", str(register), "--log", "--json"]) == 0
    [entry] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [f"incomplete: {g['message']} [{g['article']}]" for g in entry["gaps"]] == gaps
    assert main(["notice", str(register), "--log"]) == 0
    assert "published with gaps: " in capsys.readouterr().out


def test_strict_refuses_a_notice_with_gaps_writes_nothing_and_exits_1(
    register: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "leverantorer.pdf"
    capsys.readouterr()
    assert main(["notice", str(register), "-o", str(out), "--audience", "leverantorskontakter", "--strict"]) == 1
    err = capsys.readouterr().err
    assert err.count("incomplete: ") == 2 and "nothing was written" in err
    assert not out.exists()
    assert main(["notice", str(register), "--log", "--json"]) == 0
    assert capsys.readouterr().out == ""


def test_strict_publishes_a_complete_notice(register: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "kunder.html"
    assert main(["notice", str(register), "-o", str(out), "--audience", "kunder", "--strict"]) == 0
    assert out.exists() and "incomplete" not in capsys.readouterr().err


# --- audiences we only process for another controller (issue 11 item 1) ---------------------------------

@pytest.fixture
def payroll_processor(tmp_path: Path) -> Path:
    """The Norwegian firm processes its clients' employees ('ansatte-hos-kundene') only as their processor."""
    path = tmp_path / "fjellvik.ropa"
    assert main(["import", str(path), str(NORWEGIAN_REGISTER)]) == 0
    return path


def test_a_processor_only_audience_is_refused_and_nothing_is_written_or_logged(
    payroll_processor: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "ansatte.html"
    capsys.readouterr()
    assert main(["notice", str(payroll_processor), "-o", str(out), "--audience", "ansatte-hos-kundene"]) == 2
    err = capsys.readouterr().err
    assert "no notice for 'Ansatte hos kundene'" in err and "processor" in err
    assert not out.exists()
    assert main(["notice", str(payroll_processor), "--log", "--json"]) == 0
    assert capsys.readouterr().out == ""


def test_all_leaves_out_processor_only_audiences_and_says_so_on_stderr_only(
    payroll_processor: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "alle.html"
    capsys.readouterr()
    assert main(["notice", str(payroll_processor), "-o", str(out), "--audience", "all"]) == 0
    err = capsys.readouterr().err
    [skipped] = [line for line in err.splitlines() if line.startswith("skipped: ")]
    assert "no notice for 'Ansatte hos kundene'" in skipped
    html = out.read_text(encoding="utf-8")
    assert "Ansatte hos kundene" not in html and "skipped" not in html
    assert "Kontaktpersoner hos kundene" in html  # the audiences we inform as controller are all there


def test_all_skips_nothing_where_every_audience_is_ours(
    register: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["notice", str(register), "-o", str(tmp_path / "alla.html")]) == 0
    assert "skipped" not in capsys.readouterr().err


# --- a read-only register cannot log (issue 12 item 8) -------------------------------------------------

def test_a_read_only_register_refuses_to_publish_unless_told_not_to_log(
    register: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], on_read_only_medium
) -> None:
    read_only = on_read_only_medium(register)
    out = tmp_path / "kunder.html"
    capsys.readouterr()
    assert main(["notice", str(read_only), "-o", str(out), "--audience", "kunder"]) == 2
    err = capsys.readouterr().err
    assert "read-only" in err and "--no-log" in err and "nothing was written" in err
    assert not out.exists()

    assert main(["notice", str(read_only), "-o", str(out), "--audience", "kunder", "--no-log"]) == 0
    captured = capsys.readouterr()
    assert out.exists() and "not logged" in captured.err and "NOT recorded" in captured.out
    assert main(["notice", str(read_only), "--log", "--json"]) == 0
    assert capsys.readouterr().out == ""  # the log and the files on disk agree: nothing was logged


def test_no_log_on_a_writable_register_writes_without_a_log_entry(
    register: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "kunder.pdf"
    assert main(["notice", str(register), "-o", str(out), "--audience", "kunder", "--no-log"]) == 0
    assert out.exists() and "not logged" in capsys.readouterr().err
    assert main(["notice", str(register), "--log", "--json"]) == 0
    assert capsys.readouterr().out == ""
