"""The work behind File → Import/Export: plain functions a worker runs off the GUI thread.

Each opens its own RegisterStore on the register's path (a SQLite connection belongs
to the thread that made it).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ropa_desktop.gui.worker import Cancelled, JobCancelled, Progress
from ropa_desktop.store import RegisterStore


@dataclass
class ImportOutcome:
    warnings: list[Any]  # validation Issues, worded on the GUI thread in the UI language
    backup: Path | None


def import_register(register_path: Path, source: Path, progress: Progress, cancelled: Cancelled) -> ImportOutcome:
    """Replace the register with the file's content (JSON or a workbook we exported).

    The whole file is read and validated before anything is written, and written in one
    transaction: a refused or cancelled import leaves the register as it was. A copy of
    the register as it was is kept beside it.
    """
    from ropa_desktop.services.import_register import backup_copy, is_empty, read_register_file

    progress(0, 3)
    register, warnings = read_register_file(source)
    progress(1, 3)
    if cancelled():
        raise JobCancelled
    store = RegisterStore.open(register_path)
    try:
        backup = None if is_empty(store) else backup_copy(store)
        progress(2, 3)
        if cancelled():
            if backup is not None:
                backup.unlink(missing_ok=True)
            raise JobCancelled
        store.replace_all(register)
    finally:
        store.close()
    progress(3, 3)
    return ImportOutcome(list(warnings), backup)


@dataclass
class JsonExportOutcome:
    target: Path
    issues: list[Any]  # what keeps the document from validating; the file is written all the same
    register: Any  # as exported, to name the items the issues are about


def export_json(register_path: Path, target: Path, progress: Progress, cancelled: Cancelled) -> JsonExportOutcome:
    """Write the register as a ``ropa-register`` document; a failure or Cancel leaves no file.

    A register still being filled in is exported all the same (a backup is never refused);
    what keeps the document from validating comes back, for the GUI thread to word (this
    runs on a worker, which must not import or make widgets).
    """
    from ropa_desktop.exporters.json_export import export_json as write_json

    progress(0, 2)
    register = _load(register_path)
    progress(1, 2)
    if cancelled():
        raise JobCancelled
    # The native file dialog has already asked whether to replace an existing file.
    issues = write_json(register, target, overwrite=True, cancelled=cancelled)
    progress(2, 2)
    return JsonExportOutcome(target, issues, register)


def export_document(
    kind: str, register_path: Path, target: Path, lang: str, progress: Progress, cancelled: Cancelled,
    identity: Any = None,
) -> Path:
    """The register as a PDF or Excel file for the supervisory authority, with the checks' findings;
    signed when an identity is given (PAdES inside the PDF, a .p7s beside the workbook)."""
    from ropa_desktop.checks import run_checks
    from ropa_desktop.services.export_register import export_pdf, export_xlsx

    register = _load(register_path)
    findings = run_checks(register)
    writer = export_pdf if kind == "pdf" else export_xlsx
    return writer(register, target, lang=lang, findings=findings, progress=progress, cancelled=cancelled,
                  overwrite=True, identity=identity)


def _load(register_path: Path):
    store = RegisterStore.open(register_path)
    try:
        return store.load()
    finally:
        store.close()
