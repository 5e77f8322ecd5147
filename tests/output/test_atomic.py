"""Atomic writing: a failing or cancelled writer leaves the target as it was and no temporary file."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
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


def test_a_new_file_gets_the_users_umask_and_a_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        fresh = atomic_write(tmp_path / "new.txt", lambda p: p.write_text("x"), overwrite=False)
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o644  # as any program's new file, not 0600
        kept = tmp_path / "shared.txt"
        kept.write_text("old")
        kept.chmod(0o664)
        atomic_write(kept, lambda p: p.write_text("new"), overwrite=True)
        assert stat.S_IMODE(kept.stat().st_mode) == 0o664
    finally:
        os.umask(old_umask)


def test_a_writer_killed_earlier_leaves_part_files_the_next_write_removes(tmp_path: Path) -> None:
    from ropa_desktop.output.part_files import part_name

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(dead.stdout)
    ours = part_name(tmp_path / "register.pdf")
    left_by_dead = ours.with_name(ours.name.replace(f"-{os.getpid()}-", f"-{dead_pid}-"))
    left_by_dead.write_bytes(b"half a pdf")
    young_of_live = part_name(tmp_path / "other.pdf")
    young_of_live.write_bytes(b"being written right now")
    old_of_other_computer = tmp_path / ".notice.html.~ropa-0badc0de-4242-0a0b0c0d.part"
    old_of_other_computer.write_bytes(b"abandoned")
    an_hour_ago = time.time() - 2 * 3600
    os.utime(old_of_other_computer, (an_hour_ago, an_hour_ago))
    not_ours = tmp_path / ".report.pdf.part"
    not_ours.write_bytes(b"someone else's")

    atomic_write(tmp_path / "out.txt", lambda p: p.write_text("x"), overwrite=False)
    left = {p.name for p in tmp_path.iterdir()}
    assert left_by_dead.name not in left and old_of_other_computer.name not in left
    assert {young_of_live.name, not_ours.name, "out.txt"} == left


def test_an_export_never_replaces_a_register_file(tmp_path: Path) -> None:
    from ropa_desktop.domain import Organisation
    from ropa_desktop.store import RegisterStore

    register = tmp_path / "reg.ropa"
    RegisterStore.create(register, Organisation(name="X", supervisory_authority="SE"), ["sv"]).close()
    before = register.read_bytes()
    with pytest.raises(ExportError, match="register file"):
        atomic_write(register, lambda p: p.write_text("{}"), overwrite=True)
    assert register.read_bytes() == before
