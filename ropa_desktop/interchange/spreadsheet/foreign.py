"""A foreign register read whole: its header row, columns, title block, activities and notes.

This is what an import (and its dry run) works from; it opens no register and writes nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ropa_desktop.base.worded import Worded
from ropa_desktop.domain import model
from ropa_desktop.interchange.jsonio import DocumentError
from ropa_desktop.interchange.spreadsheet.building import Built, Note, RowReader, catalogues_for
from ropa_desktop.interchange.spreadsheet.column_map import Column, plan_columns
from ropa_desktop.interchange.spreadsheet.headers import (
    TitleBlock,
    cell_name,
    find_header_row,
    header_language,
    read_title_block,
)
from ropa_desktop.interchange.spreadsheet.reading import read_table


@dataclass
class ForeignRegister:
    source: str
    sheet: str
    header_row: int  # from 0
    columns: list[Column]
    title: TitleBlock
    language: str
    built: Built

    @property
    def unknown(self) -> list[Column]:
        """Columns whose header is recognised by nobody: the import stops on them until they are mapped."""
        return [c for c in self.columns if c.how == "unknown"]


def read_foreign(path: Path, *, sheet: str | None = None, mapping: dict[str, str | None] | None = None,
                 register: model.Register | None = None, today: dt.date | None = None) -> ForeignRegister:
    """Read a spreadsheet register of another layout into activities and catalogue entries for ``register``.

    Catalogue entries the register already has (by name) are reused and ids it uses are
    avoided. DocumentError when the file cannot be read or has no header row we know.
    """
    path = Path(path)
    mapping = mapping or {}
    mapped = frozenset(mapping)
    table = read_table(path, sheet)
    header = find_header_row(table.rows, mapped)
    if header is None and sheet is None:
        # Templates often open with a sheet of instructions: the register is on the first sheet with a table.
        for name in table.sheet_names:
            if name != table.name:
                other = read_table(path, name)
                found = find_header_row(other.rows, mapped)
                if found is not None:
                    table, header = other, found
                    break
    if header is None:
        raise DocumentError(
            "{name}: no header row found on the sheet '{sheet}' (none of its first rows has two column headers we "
            "know, such as 'Purpose', 'Ändamål' or 'Formål'); rename the headers or map them with a mapping file",
            name=path.name, sheet=table.name,
        )
    body = table.rows[header + 1:]
    columns = plan_columns(table.rows[header], body, mapping)
    found = header_language([c.header for c in columns]) or "en"
    # Texts are tagged with the language they are written in when the register has it.
    lang = found if register is None or found in register.languages else register.default_language
    built = Built(catalogues=catalogues_for(register, lang))
    taken = {a.id for a in register.activities} if register else set()
    reader = RowReader(built, columns, lang, today or dt.date.today(), taken)
    for column in columns:
        if column.how == "no header":
            reader.built.notes.append(_no_header_note(header, column))
    for offset, row in enumerate(body):
        activity = reader.read(header + 1 + offset, row)
        if activity is not None:
            built.activities.append(activity)
    return ForeignRegister(path.name, table.name, header, columns, read_title_block(table.rows[:header]), lang, built)


def _no_header_note(header: int, column: Column) -> Note:
    return Note(cell_name(header, column.index), "",
                Worded("column {column} has no header: its cells were not imported", column=column.letter))
