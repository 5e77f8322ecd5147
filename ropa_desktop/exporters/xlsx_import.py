"""Read back a register from a workbook that ``export_xlsx`` wrote.

The register comes from the workbook's hidden data sheet (the full ``ropa-register``
document), so nothing is lost. The visible Register sheet is compared with what the
data says: a workbook whose Art. 30 cells were changed in a spreadsheet is refused
with the cells named, rather than silently importing data that no longer matches
what the user sees.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from ropa_desktop.domain.model import Register
from ropa_desktop.exporters.labels import label
from ropa_desktop.exporters.register_xlsx import DATA_MARK, DATA_SHEET, DATA_VERSION, register_rows
from ropa_desktop.interchange.jsonio import DocumentError, parse_document


def read_workbook(path: str | Path) -> Register:
    """The register held in an exported workbook; DocumentError names any problem."""
    path = Path(path)
    name = path.name
    if not path.exists():
        raise DocumentError(f"{path} does not exist")
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError):
        raise DocumentError(f"{name} is not an Excel workbook (.xlsx) or is damaged") from None
    except OSError as exc:
        raise DocumentError(f"{path} cannot be read: {exc.strerror}") from None
    try:
        if DATA_SHEET not in wb.sheetnames:
            raise DocumentError(
                f"{name} was not exported by ropa-desktop (it has no register data), so it cannot be imported; "
                "import the JSON register instead"
            )
        rows = list(wb[DATA_SHEET].iter_rows(values_only=True))
        head = rows[0] if rows else ()
        if len(head) < 3 or head[0] != DATA_MARK:
            raise DocumentError(f"{name}: the register data sheet is damaged")
        if head[1] != DATA_VERSION:
            raise DocumentError(f"{name} was written by a newer ropa-desktop (workbook format {head[1]})")
        lang = str(head[2])
        text = "".join(str(r[0]) for r in rows[1:] if r and r[0] is not None)
        register = parse_document(text, source=name).register
        _check_unchanged(wb, register, lang, name)
        return register
    finally:
        wb.close()


def _check_unchanged(wb: object, register: Register, lang: str, name: str) -> None:
    sheet_name = label("sheet_register", lang)
    if sheet_name not in wb.sheetnames:  # type: ignore[attr-defined]
        raise DocumentError(f"{name}: the sheet '{sheet_name}' is missing")
    _headings, expected = register_rows(register, lang)
    found = list(wb[sheet_name].iter_rows(values_only=True))  # type: ignore[index]
    changed: list[str] = []
    if len(found) - 1 != len(expected):
        changed.append(f"{len(found) - 1} activity rows instead of {len(expected)}")
    for r, (want, got) in enumerate(zip(expected, found[1:], strict=False), start=2):
        for c, value in enumerate(want):
            cell = got[c] if c < len(got) else None
            if (value or "") != ("" if cell is None else str(cell)):
                changed.append(f"{get_column_letter(c + 1)}{r}")
    if changed:
        shown = ", ".join(changed[:10]) + (" …" if len(changed) > 10 else "")
        raise DocumentError(
            f"{name} was changed after it was exported (sheet '{sheet_name}': {shown}); ropa-desktop imports only "
            "unchanged exports — make the changes in the register instead"
        )
