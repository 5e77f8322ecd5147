"""The register as a ``ropa-register`` JSON document (backups, other tools, version control)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from ropa_desktop.domain.model import Register
from ropa_desktop.interchange.jsonio import dump_document
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
    text = dump_document(register)

    def write(tmp: Path) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled
        tmp.write_text(text, encoding="utf-8")

    atomic_write(path, write, overwrite=overwrite)
    return [issue for issue in validate_document(json.loads(text)) if issue.severity == "error"]
