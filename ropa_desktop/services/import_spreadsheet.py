"""Import a register kept in a spreadsheet of another layout (.xlsx, .ods, .csv): one row per activity.

What ``ropa import`` (and the app) call for a spreadsheet that is not our own export. The
rows are added to the register — into a new register file, or beside what an existing one
holds, reusing its catalogue entries by name — in one transaction: all or nothing. A dry run
reads and maps everything and writes nothing. A column whose header nobody recognises stops
the import, naming it; a mapping (header → field, or null) says what to do with it.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ropa_desktop.domain import model
from ropa_desktop.domain.reviews import with_import_mark
from ropa_desktop.exporters.register_xlsx import DATA_SHEET
from ropa_desktop.interchange.jsonio import DocumentError, Issue
from ropa_desktop.interchange.spreadsheet.column_map import read_mapping
from ropa_desktop.interchange.spreadsheet.foreign import ForeignRegister, read_foreign
from ropa_desktop.interchange.spreadsheet.reading import SPREADSHEET_SUFFIXES, sheet_names
from ropa_desktop.interchange.spreadsheet.title_block import organisation_details
from ropa_desktop.output.atomic import atomic_write
from ropa_desktop.store.kinds import CATALOGUES, Kind
from ropa_desktop.store.register_store import RegisterStore

COUNTRY_OF_LANGUAGE = {"sv": "SE", "nb": "NO", "da": "DK"}


@dataclass
class SpreadsheetImport:
    reading: ForeignRegister
    dry_run: bool
    created: bool  # a new register file was (or, in a dry run, would be) made
    organisation: dict[str, Any] = field(default_factory=dict)  # details taken (or to be taken) from the title block

    @property
    def added(self) -> dict[Kind, int]:
        """Items per list that the import adds (or, in a dry run, would add)."""
        counts = {kind: len(self.reading.built.catalogues[kind.value].new) for kind in CATALOGUES}
        counts[Kind.ACTIVITY] = len(self.reading.built.activities)
        return counts


def is_foreign_spreadsheet(path: Path) -> bool:
    """An .ods or .csv file, or an Excel workbook that is not one of our own exports."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SPREADSHEET_SUFFIXES:
        return False
    if suffix in (".xlsx", ".xlsm") and path.exists():
        try:
            return DATA_SHEET not in sheet_names(path)
        except DocumentError:
            return False  # a damaged workbook: the register import says so in its own words
    return True


def import_spreadsheet(register_path: Path, source: Path, *, sheet: str | None = None,
                       mapping: dict[str, str | None] | Path | None = None, dry_run: bool = False,
                       today: dt.date | None = None) -> SpreadsheetImport:
    """Add the spreadsheet's activities to the register at ``register_path`` (made if it does not exist).

    DocumentError when the file cannot be read, has no header row we know, or — except in a
    dry run, which reports them — has a column nobody recognises; the register is then
    untouched.
    """
    register_path, source = Path(register_path), Path(source)
    if isinstance(mapping, Path):
        mapping = read_mapping(mapping)
    today = today or dt.date.today()
    if not register_path.exists():
        reading = read_foreign(source, sheet=sheet, mapping=mapping, today=today)
        _mark_imported(reading, source, today)
        details = organisation_details(reading.title)
        result = SpreadsheetImport(reading, dry_run, created=True, organisation=details)
        if dry_run:
            return result
        _refuse_unknown(reading)
        register = _as_register(reading, source)
        # A new register is filled in one go (the import's bulk path), not item by item.
        store = RegisterStore.create(register_path, register.organisation, register.languages,
                                     fill=lambda new: new.replace_all(register))
        store.close()
        return result
    with RegisterStore.open(register_path) as store:
        if dry_run:
            return preview_spreadsheet(store.load(), source, sheet=sheet, mapping=mapping, today=today)
        # Read under the write lock: ids and names are matched against what the register holds now.
        with store.transaction():
            result = preview_spreadsheet(store.load(), source, sheet=sheet, mapping=mapping, today=today)
            apply_import(store, result)
        result.dry_run = False
        return result


def preview_spreadsheet(register: model.Register, source: Path, *, sheet: str | None = None,
                        mapping: dict[str, str | None] | None = None,
                        today: dt.date | None = None) -> SpreadsheetImport:
    """What importing ``source`` into ``register`` would add (the app's preview); nothing is written."""
    reading = read_foreign(Path(source), sheet=sheet, mapping=mapping, register=register, today=today)
    _mark_imported(reading, Path(source), today or dt.date.today())
    details = _missing_details(register.organisation, reading)
    return SpreadsheetImport(reading, True, created=False, organisation=details)


def apply_import(store: RegisterStore, result: SpreadsheetImport) -> model.Organisation:
    """Write a previewed import into the open register in one transaction; the organisation as it was before.

    DocumentError (nothing written) while a column is not recognised.
    """
    _refuse_unknown(result.reading)
    with store.transaction():
        before = store.organisation()
        if result.organisation:
            # Filled only where still unrecorded now: the register may have changed since the preview.
            store.set_organisation(model.with_details(before, result.organisation))
        _add(store, result.reading)
    return before


def remove_import(store: RegisterStore, result: SpreadsheetImport, organisation: model.Organisation) -> None:
    """Take an applied import out again in one transaction (the app's undo): its activities, then its entries."""
    with store.transaction():
        for activity in result.reading.built.activities:
            store.delete(Kind.ACTIVITY, activity.id)
        for kind in reversed(CATALOGUES):
            for item in result.reading.built.catalogues[kind.value].new:
                store.delete(kind, item.id)
        if result.organisation:
            store.set_organisation(organisation)


def chosen_mapping(reading: ForeignRegister) -> dict[str, str | None]:
    """What the import does with each column, as the mapping file ``--mapping`` reads: header → field or null.

    Every column with a header is written, recognised ones too, so that the file says the
    whole import and a later version's matcher cannot change it; a column not recognised
    and not chosen is left out (the import stops on it, naming it, as without the file).
    """
    return {column.header: column.field for column in reading.columns
            if column.header and column.how not in ("unknown", "no header")}


def write_mapping(mapping: dict[str, str | None], path: Path) -> Path:
    """Write a mapping file (a JSON object, UTF-8) atomically; ExportError when it cannot be written."""
    text = json.dumps(mapping, ensure_ascii=False, indent=2) + "\n"
    return atomic_write(Path(path), lambda part: part.write_text(text, encoding="utf-8"), overwrite=True)


def spreadsheet_register(path: Path, *, sheet: str | None = None,
                         mapping: dict[str, str | None] | None = None) -> tuple[model.Register, list[Issue]]:
    """The spreadsheet as a whole register, for an import into a new or empty register (File → Import).

    Every cell not understood comes back as a warning naming the cell; an unknown column
    refuses the import (DocumentError), as in :func:`import_spreadsheet`.
    """
    reading = read_foreign(Path(path), sheet=sheet, mapping=mapping)
    _refuse_unknown(reading)
    warnings = [Issue(note.cell, note.message, "warning") for note in reading.built.notes]
    return _as_register(reading, Path(path)), warnings


def _as_register(reading: ForeignRegister, source: Path) -> model.Register:
    catalogues = reading.built.catalogues
    return model.Register(
        languages=[reading.language],
        organisation=_new_organisation(organisation_details(reading.title), reading.language, source),
        data_subject_categories=catalogues["data_subject_categories"].new,
        data_categories=catalogues["data_categories"].new,
        recipients=catalogues["recipients"].new,
        processors=catalogues["processors"].new,
        security_measures=catalogues["security_measures"].new,
        activities=reading.built.activities,
    )


def _refuse_unknown(reading: ForeignRegister) -> None:
    unknown = reading.unknown
    if unknown:
        raise DocumentError(
            "{name}: the column {headers} is not one we recognise, so nothing was imported; map it to a field or "
            "ignore it in a mapping file (ropa import --mapping MAP.json, a JSON object such as "
            "{{\"{header}\": \"purposes\"}} or {{\"{header}\": null}})",
            name=reading.source, headers=", ".join(f"'{c.header}' ({c.letter})" for c in unknown),
            header=unknown[0].header,
        )
    if not reading.built.activities:
        raise DocumentError("{name}: the sheet '{sheet}' holds no activities below its header row",
                            name=reading.source, sheet=reading.sheet)


def _mark_imported(reading: ForeignRegister, source: Path, today: dt.date) -> None:
    """Each activity read is marked with the spreadsheet and the date it came in (issue 16: the Overview
    lists them, and their findings say they came from the import, until each is reviewed)."""
    for activity in reading.built.activities:
        with_import_mark(activity, source.name, today)


def _add(store: RegisterStore, reading: ForeignRegister) -> None:
    with store.transaction():
        for kind in CATALOGUES:
            for item in reading.built.catalogues[kind.value].new:
                store.add(kind, item)
        for activity in reading.built.activities:
            store.add(Kind.ACTIVITY, activity)


def _new_organisation(details: dict[str, Any], lang: str, source: Path) -> model.Organisation:
    organisation = model.Organisation(name=details.get("name") or source.stem,
                                      supervisory_authority=COUNTRY_OF_LANGUAGE.get(lang, "SE"))
    return model.with_details(organisation, details)


def _missing_details(organisation: model.Organisation, reading: ForeignRegister) -> dict[str, Any]:
    """The title block's details the register has not recorded (its name always is): an import fills gaps."""
    return model.unrecorded_details(organisation, organisation_details(reading.title))
