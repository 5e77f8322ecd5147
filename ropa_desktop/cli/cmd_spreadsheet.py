"""``ropa import`` of a spreadsheet of another layout: what each column maps to, and every cell not understood."""

from __future__ import annotations

import argparse
import sys

from ropa_desktop.cli.cli_words import cli_language, item_counts, say, say_count
from ropa_desktop.domain.model import Address, Contact
from ropa_desktop.output.worded_text import worded_text
from ropa_desktop.services.import_spreadsheet import SpreadsheetImport, import_spreadsheet
from ropa_desktop.store.kinds import Kind

# How a column is read, by the reading's word for it: the catalogue's message.
_HOW = {"recognised": "cli.sheet.recognised", "mapping": "cli.sheet.mapping", "ignored": "cli.sheet.ignored",
        "unknown": "cli.sheet.unknown", "no header": "cli.sheet.no-header"}


def cmd_import_spreadsheet(args: argparse.Namespace) -> int:
    result = import_spreadsheet(args.register, args.file, sheet=args.sheet, mapping=args.mapping,
                                dry_run=args.dry_run)
    reading = result.reading
    if result.dry_run:
        print(say("cli.sheet.dry-run", file=args.file, sheet=reading.sheet, row=reading.header_row + 1,
                  language=reading.language))
        print(say("cli.sheet.columns"))
        for column in reading.columns:
            note = column.how in ("recognised", "mapping") and bool(column.field) and column.field.startswith("x-")
            how = say(f"{_HOW[column.how]}{'.note' if note else ''}", field=column.field)
            print(f"  {column.letter:3} {column.header or '-':40} → {how}")
        _print_organisation(result)
        print(say("cli.sheet.would-add-new" if result.created else "cli.sheet.would-add",
                  counts=_counts(result.added), path=args.register))
        _print_notes(result, sys.stdout)
        print(say("cli.sheet.nothing-written"))
        return 0
    _print_notes(result, sys.stderr)
    _print_organisation(result)
    print(say("cli.sheet.imported", counts=_counts(result.added), path=args.register))
    return 0


def _print_organisation(result: SpreadsheetImport) -> None:
    if not result.organisation:
        return
    taken = ", ".join(f"{key.replace('_', ' ')} '{_plain(value)}'" for key, value in result.organisation.items())
    print(say("cli.sheet.organisation-dry-run" if result.dry_run else "cli.sheet.organisation", details=taken))


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
    print(say_count("cli.sheet.notes", len(notes)), file=stream)  # type: ignore[arg-type]
    lang = cli_language()
    for note in notes:
        where = f"{note.cell} ({note.header})" if note.header else note.cell
        print(f"  {where}: {worded_text(note.message, lang)}", file=stream)  # type: ignore[arg-type]


def _counts(counts: dict[Kind, int]) -> str:
    order = [Kind.ACTIVITY, *(k for k in Kind if k is not Kind.ACTIVITY)]
    return item_counts({k: counts[k] for k in order if counts.get(k)})
