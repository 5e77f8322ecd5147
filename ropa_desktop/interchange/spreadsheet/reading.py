"""The cells of one sheet of an .xlsx, .ods or .csv file, as text.

Spreadsheets reach us from Excel in Nordic locales: a CSV is then separated by ``;`` and
written in UTF-8 with a BOM or in Windows-1252, so both are tried. Merged cells are given
their top-left value in every cell they cover, so that a value merged over several activity
rows belongs to each of them.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from ropa_desktop.interchange.jsonio import DocumentError

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".ods", ".csv")


@dataclass
class Table:
    """One sheet: its name and its rows of cell texts ('' for an empty cell), all rows as wide."""

    name: str
    rows: list[list[str]]
    sheet_names: list[str]


def read_table(path: Path, sheet: str | None = None) -> Table:
    """The cells of ``sheet`` (else the first sheet that holds anything); DocumentError on a bad file."""
    path = Path(path)
    if not path.exists():
        raise DocumentError("{path} does not exist", path=str(path))
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return Table(path.stem, _square(_read_csv(path)), [path.stem])
    if suffix not in SPREADSHEET_SUFFIXES:
        raise DocumentError("{name} is not a spreadsheet: choose an .xlsx, .ods or .csv file", name=path.name)
    return _read_workbook(path, sheet)


def sheet_names(path: Path) -> list[str]:
    """The names of a workbook's sheets (a CSV has one, named after the file)."""
    path = Path(path)
    if path.suffix.lower() == ".csv":
        return [path.stem]
    wb = _open(path)
    try:
        return list(wb.sheet_names)
    finally:
        wb.close()


def _open(path: Path):  # -> CalamineWorkbook
    from python_calamine import CalamineWorkbook

    try:
        return CalamineWorkbook.from_path(str(path))
    except OSError as exc:
        raise DocumentError("{path} cannot be read: {reason}", path=str(path),
                            reason=exc.strerror or str(exc)) from None
    except Exception:  # calamine raises its own error types for every damaged file
        raise DocumentError("{name} is not a spreadsheet (.xlsx, .ods) or is damaged", name=path.name) from None


def _read_workbook(path: Path, sheet: str | None) -> Table:
    wb = _open(path)
    try:
        names = list(wb.sheet_names)
        if sheet is not None:
            if sheet not in names:
                raise DocumentError("{name} has no sheet '{sheet}' (it has: {known})", name=path.name, sheet=sheet,
                                    known=", ".join(names))
            chosen = [sheet]
        else:
            chosen = names
        for name in chosen:
            ws = wb.get_sheet_by_name(name)
            rows = [[_text(v) for v in row] for row in ws.to_python(skip_empty_area=False)]
            _spread_merged(ws, rows)
            if any(any(cell for cell in row) for row in rows):
                return Table(name, _square(rows), names)
        return Table(chosen[0] if chosen else path.stem, [], names)
    finally:
        wb.close()


def _spread_merged(ws: object, rows: list[list[str]]) -> None:
    try:
        ranges = ws.merged_cell_ranges or []  # type: ignore[attr-defined]
    except Exception:  # pragma: no cover - a format calamine keeps no merge information for
        return
    for (r0, c0), (r1, c1) in ranges:
        if r0 >= len(rows):
            continue
        value = rows[r0][c0] if c0 < len(rows[r0]) else ""
        for r in range(r0, min(r1, len(rows) - 1) + 1):
            row = rows[r]
            while len(row) <= c1:
                row.append("")
            for c in range(c0, c1 + 1):
                if not row[c]:
                    row[c] = value


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).replace("\r\n", "\n").strip()


def _read_csv(path: Path) -> list[list[str]]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DocumentError("{path} cannot be read: {reason}", path=str(path),
                            reason=exc.strerror or str(exc)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel's "CSV (semicolon delimited)" on a Nordic Windows writes Windows-1252.
        text = raw.decode("cp1252", errors="replace")
    try:
        dialect = csv.Sniffer().sniff(text[:20000], delimiters=";,\t")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ";" if text.count(";") >= text.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    return [[_text(cell) for cell in row] for row in reader]


def _square(rows: list[list[str]]) -> list[list[str]]:
    width = max((len(r) for r in rows), default=0)
    return [r + [""] * (width - len(r)) for r in rows]
