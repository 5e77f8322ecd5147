"""``ropa notice``: a notice's gaps are said on stderr and recorded; ``--strict`` refuses to publish them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ropa_desktop.base.resources import resource_path
from ropa_desktop.cli.main import main
from ropa_desktop.services.demo import DEMO_DOCUMENT


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
