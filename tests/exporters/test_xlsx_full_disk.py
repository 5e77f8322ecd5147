"""An Excel export to a full disk ends in one clean error, with no stray tracebacks and no file."""

from __future__ import annotations

import errno
import gc
import os
import sys
import zipfile
from pathlib import Path

import pytest

from ropa_desktop.interchange.jsonio import read_document
from ropa_desktop.output.write_errors import ExportError
from ropa_desktop.services.export_register import export_xlsx


def test_a_full_disk_gives_one_clean_error(tmp_path: Path, example_path: Path, monkeypatch) -> None:
    register = read_document(example_path).register
    written = {"bytes": 0}
    real_write = zipfile._ZipWriteFile.write

    def fills_up(self, data):
        written["bytes"] += len(data)
        if written["bytes"] > 20_000:  # the disk fills half-way through the sheets
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(self, data)

    monkeypatch.setattr(zipfile._ZipWriteFile, "write", fills_up)
    stray: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", stray.append)
    with pytest.raises(ExportError, match="No space left on device"):
        export_xlsx(register, tmp_path / "r.xlsx", lang="sv")
    gc.collect()  # what the garbage collector would print later, at any moment
    assert stray == [], f"{len(stray)} stray tracebacks"
    assert list(tmp_path.iterdir()) == []
