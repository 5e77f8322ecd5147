"""Import a whole register from a file (JSON, or an Excel workbook we exported) into a store."""

from __future__ import annotations

import contextlib
import shutil
from dataclasses import dataclass
from pathlib import Path

from ropa_desktop.domain.model import Register
from ropa_desktop.interchange.jsonio import DocumentError, Issue, read_document
from ropa_desktop.output.atomic import atomic_write
from ropa_desktop.output.write_errors import ExportError
from ropa_desktop.store.kinds import Kind
from ropa_desktop.store.register_store import RegisterStore
from ropa_desktop.store.store_errors import StoreError


@dataclass
class ImportResult:
    register: Register
    warnings: list[Issue]
    backup: Path | None


def read_register_file(path: Path) -> tuple[Register, list[Issue]]:
    """Read and validate a register file; DocumentError names every problem."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        try:
            from ropa_desktop.exporters.xlsx_import import read_workbook
        except ImportError:  # pragma: no cover - only while the Excel importer is not installed
            raise DocumentError("importing Excel workbooks is not available in this version") from None
        return read_workbook(path), []
    if suffix not in (".json", ""):
        raise DocumentError("{name} is not a register file: choose a .json or .xlsx file", name=path.name)
    loaded = read_document(path)
    return loaded.register, loaded.warnings


def is_empty(store: RegisterStore) -> bool:
    return all(store.count(kind) == 0 for kind in Kind)


def import_file(store: RegisterStore, path: Path, *, replace: bool = False) -> ImportResult:
    """Replace the store's content with the file's, in one transaction.

    A register that already holds items is only replaced when ``replace`` is set, and
    then a copy of the file is kept first (``NAME.before-import-N.ropa``). The check and
    the copy are made under the import's write lock, so that two imports cannot both
    find the register empty, and the copy holds exactly what was replaced.
    """
    register, warnings = read_register_file(path)
    backup = store.replace_all(register, require_empty=not replace, backup=backup_copy)
    return ImportResult(register, warnings, backup)


def create_from_file(register_path: Path, path: Path) -> tuple[RegisterStore, ImportResult]:
    """A new register file holding the document at ``path``; nothing is left behind on failure.

    The register is built complete under a temporary name and only then given its name:
    a failure or a kill half-way never leaves an empty register behind.
    """
    register, warnings = read_register_file(path)
    store = RegisterStore.create(register_path, register.organisation, register.languages,
                                 fill=lambda new: new.replace_all(register))
    return store, ImportResult(register, warnings, None)


def backup_copy(store: RegisterStore) -> Path:
    """A consistent copy of the register file beside it (SQLite's backup API, WAL included).

    Written under a temporary name and renamed when complete: a full disk or a kill never
    leaves a partial file called a backup.
    """
    n = 1
    while True:
        target = store.path.with_name(f"{store.path.stem}.before-import-{n}{store.path.suffix}")
        if not target.exists():
            break
        n += 1
    try:
        atomic_write(target, store.backup_to, overwrite=False)
    except StoreError as exc:
        raise StoreError("the backup copy {path} could not be written: {reason}", path=str(target),
                         reason=exc.fields.get("reason", str(exc))) from None
    except ExportError as exc:
        raise StoreError(exc.template, **exc.fields) from None
    with contextlib.suppress(OSError):
        shutil.copymode(store.path, target)  # the copy is as private as the register
    return target
