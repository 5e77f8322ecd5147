"""What a DPO reads when the register file is damaged, is not a register, or cannot be written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ropa_desktop.base.resources import resource_path
from ropa_desktop.cli.main import main
from ropa_desktop.store import RegisterStore, StoreError

DEMO = resource_path("demo", "demo-register.json")


@pytest.fixture
def register(tmp_path: Path) -> Path:
    path = tmp_path / "company.ropa"
    assert main(["import", str(path), str(DEMO)]) == 0
    return path


def _damage_activity_pages(path: Path) -> None:
    """Overwrite the pages in the middle of the file that hold the activities (as a failing disk would)."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'activities'").fetchone()[0]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with path.open("r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\x5a" * page_size * 2)


@pytest.mark.parametrize("command", [["check"], ["export", "-o", "out.json"], ["export", "-o", "out.pdf"]])
def test_a_damaged_register_is_named_so_with_the_way_back(register, tmp_path, capsys, command):
    _damage_activity_pages(register)
    capsys.readouterr()
    args = [command[0], str(register), *(str(tmp_path / a) if a.startswith("out") else a for a in command[1:])]

    assert main(args) == 2

    err = capsys.readouterr().err
    assert err == (f"ropa: {register} is damaged and cannot be read. Restore it from a backup (ropa-desktop keeps "
                   "one before each import that replaces a register, named company.before-import-N.ropa beside it)\n")
    assert not (tmp_path / "out.json").exists() and not (tmp_path / "out.pdf").exists()


def test_a_damaged_register_names_its_newest_backup(register, tmp_path, capsys):
    assert main(["import", str(register), str(DEMO), "--replace"]) == 0  # keeps company.before-import-1.ropa
    assert main(["import", str(register), str(DEMO), "--replace"]) == 0  # and company.before-import-2.ropa
    _damage_activity_pages(register)
    capsys.readouterr()

    assert main(["check", str(register)]) == 2

    newest = tmp_path / "company.before-import-2.ropa"
    assert capsys.readouterr().err == (f"ropa: {register} is damaged and cannot be read. Restore it from a backup: "
                                       f"the newest copy ropa-desktop kept before an import is {newest}\n")


def test_a_damaged_first_page_is_damage_too(register, capsys):
    data = bytearray(register.read_bytes())
    data[100:4096] = b"\x5a" * (4096 - 100)  # the schema, after the 100-byte file header
    register.write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["check", str(register)]) == 2
    assert "is damaged and cannot be read" in capsys.readouterr().err


def test_a_pdf_is_not_a_register(tmp_path, capsys):
    pdf = tmp_path / "register.pdf"
    pdf.write_bytes(b"%PDF-1.7\n" + b"1 0 obj << /Type /Catalog >> endobj\n" * 200 + b"%%EOF\n")
    assert main(["check", str(pdf)]) == 2
    assert capsys.readouterr().err == f"ropa: {pdf} is not a ropa-desktop register\n"


@pytest.mark.parametrize(
    ("code", "words", "expected"),
    [
        (13, "base de données pleine", "the disk is full: nothing was saved"),
        (10 | (3 << 8), "E/A-Fehler", "could not be written (disk error)"),  # SQLITE_IOERR_WRITE
        (5, "occupé", "the register is busy"),
        (8 | (1 << 8), "lecture seule", "the register file is read-only"),  # SQLITE_READONLY_RECOVERY
    ],
)
def test_a_failed_save_is_worded_by_sqlite_s_code_not_its_english_text(register, code, words, expected):
    # SQLite may word a message differently (another version, a localised build): the code decides.
    failure = sqlite3.OperationalError(words)
    failure.sqlite_errorcode = code
    with RegisterStore.open(register) as store, pytest.raises(StoreError) as err, store.transaction():
        raise failure
    assert expected in str(err.value)
