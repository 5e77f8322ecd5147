"""``ropa import`` of a spreadsheet of another layout: what each column maps to, and every cell not understood."""

from __future__ import annotations

import argparse
import sys

from ropa_desktop.domain.model import Address, Contact
from ropa_desktop.services.import_spreadsheet import SpreadsheetImport, import_spreadsheet
from ropa_desktop.store.kinds import Kind

_HOW = {
    "recognised": "{field}",
    "mapping": "{field} (from the mapping)",
    "ignored": "ignored (the mapping says null)",
    "unknown": "NOT RECOGNISED: map it to a field, or to null to ignore it, with --mapping",
    "no header": "no header: its cells are not imported",
}


def cmd_import_spreadsheet(args: argparse.Namespace) -> int:
    result = import_spreadsheet(args.register, args.file, sheet=args.sheet, mapping=args.mapping,
                                dry_run=args.dry_run)
    reading = result.reading
    if result.dry_run:
        print(f"dry run: {args.file}, sheet '{reading.sheet}', header row {reading.header_row + 1}, "
              f"texts in '{reading.language}'")
        print("columns:")
        for column in reading.columns:
            how = _HOW[column.how].format(field=column.field)
            if column.field and column.field.startswith("x-"):
                how += " (kept as a note on each activity)"
            print(f"  {column.letter:3} {column.header or '-':40} → {how}")
        _print_organisation(result)
        print(f"an import would add {_counts(result.added)}"
              + (f" to a new register {args.register}" if result.created else f" to {args.register}"))
        _print_notes(result, sys.stdout)
        print("nothing was written")
        return 0
    _print_notes(result, sys.stderr)
    _print_organisation(result)
    print(f"imported {_counts(result.added)} into {args.register}; the activities are marked for review today")
    return 0


def _print_organisation(result: SpreadsheetImport) -> None:
    if not result.organisation:
        return
    taken = ", ".join(f"{key.replace('_', ' ')} '{_plain(value)}'" for key, value in result.organisation.items())
    verb = "would be taken" if result.dry_run else "taken"
    print(f"organisation details {verb} from above the table: {taken}")


def _plain(value: object) -> str:
    if isinstance(value, Contact):
        return ", ".join(str(v) for v in (value.name, value.email, value.phone) if isinstance(v, str))
    if isinstance(value, Address):
        return ", ".join(v for v in (value.street, value.postal_code, value.city) if isinstance(v, str))
    return str(value)


def _print_notes(result: SpreadsheetImport, stream: object) -> None:
    notes = result.reading.built.notes
    if not notes:
        return
    print(f"{len(notes)} cells not understood or not taken as written:", file=stream)  # type: ignore[arg-type]
    for note in notes:
        print(f"  {note}", file=stream)  # type: ignore[arg-type]


def _counts(counts: dict[Kind, int]) -> str:
    order = [Kind.ACTIVITY, *(k for k in Kind if k is not Kind.ACTIVITY)]
    return ", ".join(f"{counts[k]} {k.value.replace('_', ' ')}" for k in order if counts.get(k)) or "nothing"
