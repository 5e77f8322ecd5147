"""Import a whole register from a file (JSON, or an Excel workbook we exported) into a store."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from ropa_desktop.domain.model import Register
from ropa_desktop.interchange.jsonio import DocumentError, Issue, read_document
from ropa_desktop.store.kinds import Kind
from ropa_desktop.store.register_store import RegisterStore


@dataclass
class ImportResult:
    register: Register
    warnings: list[Issue]
    backup: Path | None


def read_register_file(path: Path) -> tuple[Register, list[Issue]]:
    """Read and validate a register file; DocumentError names every problem."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        from ropa_desktop.exporters.xlsx_import import read_workbook  # openpyxl: loaded for a workbook only
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
    then a copy of the file is kept first (``NAME.before-import-N.ropa``).
    """
    register, warnings = read_register_file(path)
    backup = None
    if not is_empty(store):
        if not replace:
            raise DocumentError(
                "{name} already holds a register; import into a new register, "
                "or confirm that its content is to be replaced (ropa import --replace)",
                name=store.path.name,
            )
        backup = backup_copy(store)
    store.replace_all(register)
    return ImportResult(register, warnings, backup)


def create_from_file(register_path: Path, path: Path) -> tuple[RegisterStore, ImportResult]:
    """A new register file holding the document at ``path``; nothing is left behind on failure."""
    register, warnings = read_register_file(path)
    store = RegisterStore.create(register_path, register.organisation, register.languages)
    try:
        store.replace_all(register)
    except BaseException:
        store.close()
        register_path.unlink(missing_ok=True)
        raise
    return store, ImportResult(register, warnings, None)


def backup_copy(store: RegisterStore) -> Path:
    """A consistent copy of the register file beside it (SQLite's backup API, WAL included)."""
    n = 1
    while True:
        target = store.path.with_name(f"{store.path.stem}.before-import-{n}{store.path.suffix}")
        if not target.exists():
            break
        n += 1
    store.backup_to(target)
    shutil.copymode(store.path, target)
    return target
