"""Read back a register from a workbook that ``export_xlsx`` wrote.

The register comes from the workbook's hidden data sheet (the full ``ropa-register``
document), so nothing is lost. Every visible sheet made from the register (Organisation,
Register, Purposes, Controllers, …: ``register_sheets``) is compared with what the data
would export: a workbook whose cells were changed in a spreadsheet is refused with the
cells named (sheet!A1) and their exported and found values, rather than silently importing
data that no longer matches what the user sees. The Findings and Export sheets describe the
export, not the register; nothing in them is imported.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from ropa_desktop.domain.model import Register
from ropa_desktop.exporters.register_xlsx import (
    DATA_MARK,
    DATA_SHEET,
    DATA_VERSION,
    cell_text,
    register_rows,
    register_sheets,
)
from ropa_desktop.interchange.jsonio import DocumentError, parse_document
from ropa_desktop.output.catalogue import label
from ropa_desktop.output.text_safety import visible_controls


def read_workbook(path: str | Path) -> Register:
    """The register held in an exported workbook; DocumentError names any problem."""
    path = Path(path)
    name = path.name
    if not path.exists():
        raise DocumentError("{path} does not exist", path=str(path))
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError):
        raise DocumentError("{name} is not an Excel workbook (.xlsx) or is damaged", name=name) from None
    except OSError as exc:
        raise DocumentError("{path} cannot be read: {reason}", path=str(path), reason=exc.strerror) from None
    try:
        if DATA_SHEET not in wb.sheetnames:
            raise DocumentError(
                "{name} was not exported by ropa-desktop (it has no register data), so it cannot be imported; "
                "import the JSON register instead",
                name=name,
            )
        rows = list(wb[DATA_SHEET].iter_rows(values_only=True))
        head = rows[0] if rows else ()
        if len(head) < 3 or head[0] != DATA_MARK:
            raise DocumentError("{name}: the register data sheet is damaged", name=name)
        if head[1] != DATA_VERSION:
            raise DocumentError("{name} was written by a newer ropa-desktop (workbook format {version})", name=name,
                                version=head[1])
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
        raise DocumentError("{name}: the sheet '{sheet}' is missing", name=name, sheet=sheet_name)
    _headings, expected = register_rows(register, lang)
    found = list(wb[sheet_name].iter_rows(values_only=True))  # type: ignore[index]
    if len(found) - 1 != len(expected):
        raise DocumentError(
            "{name} was changed after it was exported (the sheet '{sheet}' has {found} activity rows instead of "
            "{expected}); ropa-desktop imports only unchanged exports — make the changes in the register instead",
            name=name, sheet=sheet_name, found=len(found) - 1, expected=len(expected),
        )
    for sheet in register_sheets(register, lang):
        title = sheet.title[:31]  # as the writer names it: Excel's limit for a sheet name
        if title not in wb.sheetnames:  # type: ignore[attr-defined]
            raise DocumentError("{name}: the sheet '{sheet}' is missing", name=name, sheet=title)
        want = [[visible_controls(h) for h in sheet.headings],
                *([cell_text(v, lang) for v in row] for row in sheet.rows)]
        got = list(wb[title].iter_rows(values_only=True))  # type: ignore[index]
        changed = _changed_cells(want, got)
        if changed:
            shown = "; ".join(changed[:SHOWN]) + ("; …" if len(changed) > SHOWN else "")
            raise DocumentError(
                "{name} was changed after it was exported (sheet '{sheet}': {cells}); ropa-desktop imports only "
                "unchanged exports — make the changes in the register instead",
                name=name, sheet=title, cells=shown,
            )


SHOWN = 10  # changed cells named in the message; "…" says there are more
QUOTED = 40  # characters of an old or new value shown


def _changed_cells(want: list[list[str]], got: list[tuple]) -> list[str]:
    """Each cell whose text differs from the export, as "A1: 'exported' → 'found'" (rows added or removed too)."""
    changed = []
    for r in range(max(len(want), len(got))):
        expected = want[r] if r < len(want) else []
        found = got[r] if r < len(got) else ()
        for c in range(max(len(expected), len(found))):
            old = expected[c] if c < len(expected) else ""
            cell = found[c] if c < len(found) else None
            new = "" if cell is None else str(cell)
            if (old or "") != new:
                changed.append(f"{get_column_letter(c + 1)}{r + 1}: {_quoted(old)} → {_quoted(new)}")
    return changed


def _quoted(text: str) -> str:
    return repr(text if len(text) <= QUOTED else text[:QUOTED] + "…")
