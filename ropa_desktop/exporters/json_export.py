"""The register as a ``ropa-register`` JSON document (backups, other tools, version control)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from ropa_desktop.domain.model import Register
from ropa_desktop.interchange.jsonio import document_value
from ropa_desktop.interchange.validate import Issue, validate_document
from ropa_desktop.output.atomic import atomic_write
from ropa_desktop.output.write_errors import Cancelled


def export_json(
    register: Register,
    path: str | Path,
    *,
    overwrite: bool = False,
    cancelled: Callable[[], bool] | None = None,
) -> list[Issue]:
    """Write the document; return what keeps it from validating (empty when it is a valid document).

    A register being built can lack what the format requires (an activity with no data
    subjects yet); the file is still written, as a backup must never be refused, and the
    caller tells the user which gaps would stop another tool, or an import, from reading it.
    """
    doc = document_value(register)

    def write(tmp: Path) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled
        # Streamed to the file as dump_document would format it: the whole text is never held
        # in memory beside the register (tens of megabytes at 10,000 activities).
        with tmp.open("w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=2)
            fh.write("\n")

    atomic_write(path, write, overwrite=overwrite)
    # The value just written is validated as it is, not parsed back from the file: what we
    # wrote is that value, and reading 10,000 activities back cost as much as writing them.
    return [issue for issue in validate_document(doc) if issue.severity == "error"]
