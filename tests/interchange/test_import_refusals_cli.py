"""`ropa import` of a hostile document: one clear line on stderr, exit status 2, the register as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ropa_desktop.base.resources import resource_path
from ropa_desktop.cli.main import main

DEMO = resource_path("demo", "demo-register.json")


def _demo_text() -> str:
    return json.dumps(json.loads(DEMO.read_text(encoding="utf-8")))


def _with(old: str, new: str) -> str:
    text = _demo_text()
    assert old in text
    return text.replace(old, new, 1)


HOSTILE: dict[str, bytes | str] = {
    "duplicate key": _demo_text()[:-1] + ', "activities": []}',
    "NaN": _with('"module": 2', '"module": NaN'),
    "Infinity": _with('"module": 2', '"module": Infinity'),
    "deep nesting": "[" * 10_000 + "]" * 10_000,
    "5,000 digits": _demo_text()[:-1] + ', "x-n": ' + "9" * 5000 + "}",
    "lone surrogate": _with('"name": "Norrsken', '"name": "\\ud800Norrsken'),
    "invalid UTF-8": b'{"format": "ropa-register", "version": 1, "x": "\xc3\x28"}',
    "binary": bytes(range(256)) * 8,
    "NUL in a name": _with('"name": "Norrsken', '"name": "\\u0000Norrsken'),
    "BEL in a name": _with('"name": "Norrsken', '"name": "\\u0007Norrsken'),
    "501-char name": _with('"name": "Norrsken Cykel & Friluft AB"', '"name": "' + "N" * 501 + '"'),
    "unknown authority": _with('"supervisory_authority": "SE"', '"supervisory_authority": "XX"'),
    "unknown country": _with('"country": "US"', '"country": "XX"'),
    "transfer inside the EEA": _with('"country": "US", "processor": "utskick"',
                                     '"country": "DE", "processor": "utskick"'),
}


@pytest.fixture
def register(tmp_path: Path) -> Path:
    path = tmp_path / "company.ropa"
    assert main(["import", str(path), str(DEMO)]) == 0
    return path


@pytest.mark.parametrize("kind", HOSTILE)
def test_import_of_a_hostile_document_is_one_line_status_2_and_changes_nothing(kind, register, tmp_path, capsys):
    content = HOSTILE[kind]
    document = tmp_path / "hostile.json"
    if isinstance(content, bytes):
        document.write_bytes(content)
    else:
        document.write_text(content, encoding="utf-8")
    before = register.read_bytes()
    files_before = sorted(p.name for p in tmp_path.iterdir())
    capsys.readouterr()

    assert main(["import", str(register), str(document), "--replace"]) == 2

    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("ropa: hostile.json was not imported: "), err
    assert "Traceback" not in err
    assert register.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == files_before  # no backup, no leftovers


def test_import_of_dev_zero_is_refused_in_one_line(register, capsys):
    zero = Path("/dev/zero")
    if not zero.exists():
        pytest.skip("this system has no /dev/zero")
    before = register.read_bytes()
    capsys.readouterr()
    assert main(["import", str(register), str(zero), "--replace"]) == 2
    assert capsys.readouterr().err == "ropa: zero was not imported: it is not a text file (it holds NUL bytes)\n"
    assert register.read_bytes() == before


def test_a_hostile_document_does_not_create_a_new_register(tmp_path, capsys):
    document = tmp_path / "hostile.json"
    document.write_text(HOSTILE["duplicate key"], encoding="utf-8")
    new = tmp_path / "new.ropa"
    assert main(["import", str(new), str(document)]) == 2
    assert not new.exists()
