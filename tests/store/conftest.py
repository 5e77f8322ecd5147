"""A register on a read-only medium, made the way this machine allows."""

from __future__ import annotations

import copy
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from ropa_desktop.domain import Organisation
from ropa_desktop.interchange.jsonio import load_document_value
from ropa_desktop.store import RegisterStore


@pytest.fixture
def read_only_copy(tmp_path: Path, example_doc: dict) -> Iterator[Path]:
    """A register (in WAL mode, as every register is) in a folder that cannot be written."""
    source = tmp_path / "source"
    source.mkdir()
    register = load_document_value(copy.deepcopy(example_doc)).register
    store = RegisterStore.create(source / "r.ropa", Organisation(name="X", supervisory_authority="SE"), ["sv"])
    store.replace_all(register)
    store.close()
    if os.geteuid() != 0:
        source.chmod(0o555)
        yield source / "r.ropa"
        source.chmod(0o755)
        return
    # root writes through permissions: a read-only bind mount is what a CD or a locked share is.
    mount = tmp_path / "medium"
    mount.mkdir()
    made = subprocess.run(["mount", "--bind", str(source), str(mount)], capture_output=True)
    if made.returncode != 0:
        pytest.skip(f"this machine cannot mount a read-only folder: {made.stderr.decode().strip()}")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(mount)], check=True, capture_output=True)
        yield mount / "r.ropa"
    finally:
        import gc

        gc.collect()  # a connection kept by a caught exception's traceback would keep the mount busy
        subprocess.run(["umount", str(mount)], check=True)
