"""Import a whole register from a file (JSON, or an Excel workbook we exported) into a register file.

:func:`import_register` is what ``ropa import`` and the app's File → Import call: a dry run
(read and validate the file, say what an import would do, write nothing), an import into a
new register file, or the replacement of a register's content after a backup copy.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ropa_desktop.domain.model import Register
from ropa_desktop.interchange.jsonio import DocumentError, Issue, read_document
from ropa_desktop.interchange.spreadsheet.reading import SPREADSHEET_SUFFIXES
from ropa_desktop.output.atomic import atomic_write
from ropa_desktop.output.write_errors import Cancelled, ExportError
from ropa_desktop.store.kinds import Kind
from ropa_desktop.store.register_store import RegisterStore
from ropa_desktop.store.store_errors import StoreError


@dataclass
class ImportResult:
    register: Register
    warnings: list[Issue]
    backup: Path | None
    dry_run: bool = False
    created: bool = False  # a new register file was (or, in a dry run, would be) made
    replaced: dict[Kind, int] = field(default_factory=dict)  # what the register held before: items per list

    @property
    def imported(self) -> dict[Kind, int]:
        """Items per list in the imported register."""
        return {kind: len(getattr(self.register, kind.value) or []) for kind in Kind}


def import_register(register_path: Path, source: Path, *, replace: bool = False, dry_run: bool = False,
                    progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Import ``source`` into the register file at ``register_path`` (made if it does not exist).

    A register that already holds items is only replaced when ``replace`` is set, and then a
    backup copy is kept first. With ``dry_run`` the file is read and validated (DocumentError
    names every problem) and the result says what an import would do; nothing is written.
    The file is read and validated before anything is written, and written in one transaction:
    a refused or cancelled import leaves the register as it was.
    """
    register_path, source = Path(register_path), Path(source)
    if not source.exists():
        raise DocumentError("{path} does not exist", path=str(source))
    if progress is not None:
        progress(0, 2)
    if dry_run:
        register, warnings = read_register_file(source)
        if not register_path.exists():
            return ImportResult(register, warnings, None, dry_run=True, created=True)
        with RegisterStore.open(register_path) as store:
            held = {kind: store.count(kind) for kind in Kind}
            if any(held.values()) and not replace:
                raise _holds_a_register(store)
        return ImportResult(register, warnings, None, dry_run=True,
                            replaced={kind: n for kind, n in held.items() if n})
    if cancelled is not None and cancelled():
        raise Cancelled
    if not register_path.exists():
        store, result = create_from_file(register_path, source)
        store.close()
        result.created = True
    else:
        with RegisterStore.open(register_path) as store:
            held = {kind: store.count(kind) for kind in Kind}
            result = import_file(store, source, replace=replace)
        result.replaced = {kind: n for kind, n in held.items() if n}
    if progress is not None:
        progress(2, 2)
    return result


def _holds_a_register(store: RegisterStore) -> DocumentError:
    return DocumentError(
        "{name} already holds a register; import into a new register, "
        "or confirm that its content is to be replaced (ropa import --replace)",
        name=store.path.name,
    )


def read_register_file(path: Path) -> tuple[Register, list[Issue]]:
    """Read and validate a register file; DocumentError names every problem."""
    suffix = path.suffix.lower()
    if suffix in SPREADSHEET_SUFFIXES:
        # Imported for a spreadsheet only: its readers load openpyxl, which a JSON import never needs.
        from ropa_desktop.services.import_spreadsheet import is_foreign_spreadsheet, spreadsheet_register

        if is_foreign_spreadsheet(path):  # someone else's layout: one row per activity
            return spreadsheet_register(path)
    if suffix == ".xlsx":
        from ropa_desktop.exporters.xlsx_import import read_workbook  # openpyxl: loaded for a workbook only
        return read_workbook(path), []
    if suffix not in (".json", ""):
        raise DocumentError("{name} is not a register file: choose a .json or .xlsx file", name=path.name)
    loaded = read_document(path)
    return loaded.register, loaded.warnings


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
