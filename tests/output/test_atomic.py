"""Atomic writing: a failing or cancelled writer leaves the target as it was and no temporary file."""

from __future__ import annotations

from pathlib import Path

import pytest

from ropa_desktop.output.atomic import atomic_write
from ropa_desktop.output.write_errors import Cancelled, ExportError


def test_failure_keeps_the_old_file_and_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")

    def writer(tmp: Path) -> None:
        tmp.write_text("half")
        raise Cancelled()

    with pytest.raises(Cancelled):
        atomic_write(target, writer, overwrite=True)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_os_errors_become_export_errors_naming_the_file(tmp_path: Path) -> None:
    def writer(tmp: Path) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(ExportError, match=r"out.txt: No space left on device"):
        atomic_write(tmp_path / "out.txt", writer, overwrite=False)
    assert list(tmp_path.iterdir()) == []


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        atomic_write(tmp_path / "nope" / "x.txt", lambda p: p.write_text("x"), overwrite=False)
