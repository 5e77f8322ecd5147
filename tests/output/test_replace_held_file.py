"""On Windows a file open in Excel or Acrobat cannot be replaced: the export says so in words a DPO can
act on, instead of "Permission denied", and leaves the old file as it was. Windows' refusal is simulated
(a PermissionError carrying winerror 32, the sharing violation), since no Windows runs here."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ropa_desktop.output import atomic
from ropa_desktop.output.atomic import atomic_write
from ropa_desktop.output.write_errors import ERROR_SHARING_VIOLATION, ExportError


def _sharing_violation() -> PermissionError:
    exc = PermissionError(13, "Permission denied")
    exc.winerror = ERROR_SHARING_VIOLATION  # what Windows sets; OSError has no such field on Linux
    return exc


@pytest.fixture
def no_waiting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(atomic, "REPLACE_RETRY_DELAYS", (0, 0, 0))


def test_a_file_open_in_another_program_is_named_and_left_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_waiting: None,
) -> None:
    target = tmp_path / "register.xlsx"
    target.write_bytes(b"last week's export")
    attempts: list[str] = []

    def held(src: object, dst: object) -> None:
        attempts.append(str(dst))
        raise _sharing_violation()

    monkeypatch.setattr(atomic.os, "replace", held)
    with pytest.raises(ExportError) as caught:
        atomic_write(target, lambda tmp: tmp.write_bytes(b"new export"), overwrite=True)

    assert str(caught.value) == (f"the file {target} is open in another program (for example Excel); "
                                 "close it there and try again")
    assert len(attempts) == 4  # tried again while a scanner might hold it, then gave up
    assert target.read_bytes() == b"last week's export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["register.xlsx"]  # no part file left behind


def test_a_file_held_for_a_moment_by_a_scanner_is_replaced_on_a_later_attempt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_waiting: None,
) -> None:
    target = tmp_path / "register.pdf"
    target.write_bytes(b"old")
    real_replace = os.replace
    refusals = [_sharing_violation()]

    def scanned(src: str, dst: str) -> None:
        if refusals:
            raise refusals.pop()
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", scanned)
    atomic_write(target, lambda tmp: tmp.write_bytes(b"new"), overwrite=True)

    assert target.read_bytes() == b"new"


def test_a_refusal_that_is_not_about_another_program_keeps_its_own_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_waiting: None,
) -> None:
    target = tmp_path / "register.pdf"

    def refused(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")  # a folder we may not write (no winerror)

    monkeypatch.setattr(atomic.os, "replace", refused)
    with pytest.raises(ExportError) as caught:
        atomic_write(target, lambda tmp: tmp.write_bytes(b"new"), overwrite=True)

    assert str(caught.value) == f"cannot write {target}: Permission denied"
