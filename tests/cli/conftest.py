"""CLI fixtures: a register on a read-only medium, made the way this machine allows."""

from __future__ import annotations

import gc
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


@pytest.fixture
def on_read_only_medium(tmp_path: Path) -> Iterator[Callable[[Path], Path]]:
    """``on_read_only_medium(register)``: a copy of the (closed) register in a folder nobody can write."""
    undo: list[Callable[[], None]] = []

    def place(register: Path) -> Path:
        source = tmp_path / "source"
        source.mkdir()
        shutil.copy2(register, source / register.name)
        if os.geteuid() != 0:
            source.chmod(0o555)
            undo.append(lambda: source.chmod(0o755))
            return source / register.name
        # root writes through permissions: a read-only bind mount is what a CD or a locked share is.
        mount = tmp_path / "medium"
        mount.mkdir()
        made = subprocess.run(["mount", "--bind", str(source), str(mount)], capture_output=True)
        if made.returncode != 0:
            pytest.skip(f"this machine cannot mount a read-only folder: {made.stderr.decode().strip()}")
        undo.append(lambda: subprocess.run(["umount", str(mount)], check=True))
        subprocess.run(["mount", "-o", "remount,bind,ro", str(mount)], check=True, capture_output=True)
        return mount / register.name

    yield place
    gc.collect()  # a connection kept by a caught exception's traceback would keep the mount busy
    for step in reversed(undo):
        step()


@pytest.fixture(autouse=True)
def _english_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    # ropa speaks the system's language; the tests read its English whatever the machine's locale is.
    monkeypatch.setenv("ROPA_LANG", "en")
