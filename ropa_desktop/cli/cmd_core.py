"""Core commands: init, import, check, history (and the JSON export that `ropa export` uses)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ropa_desktop.cli.cli_words import cli_language, issue_line, item_counts, say, say_count
from ropa_desktop.cli.common import CliError, open_store
from ropa_desktop.output.languages import LANGUAGES
from ropa_desktop.services.change_history import KINDS as HISTORY_KINDS

if TYPE_CHECKING:
    from ropa_desktop.store.register_store import HistoryEntry

# Each command imports what it needs when it runs: `ropa check` or `ropa history` must not
# pay for the import's spreadsheet readers (openpyxl) or the schema validator (jsonschema).

NORDIC_LANGUAGE = {"SE": "sv", "NO": "nb", "DK": "da"}


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="create a new, empty register file")
    p.add_argument("register", type=Path, help="the new register file (e.g. company.ropa)")
    p.add_argument("--name", default="", help="the organisation's name")
    p.add_argument("--country", default="SE", help="country of the lead supervisory authority (e.g. SE, NO, DK)")
    p.add_argument("--lang", action="append", help="a language of the register's texts (repeat; first = default)")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("import", help="import a register from a JSON document, an exported Excel workbook, "
                       "or a spreadsheet of another layout (.xlsx, .ods, .csv: one row per activity)")
    p.add_argument("register", type=Path, help="the register file (created if it does not exist)")
    p.add_argument("file", type=Path, help="the .json, .xlsx, .ods or .csv file to import")
    p.add_argument("--sheet", help="a spreadsheet's sheet to read (default: the first that holds anything)")
    p.add_argument("--mapping", type=Path,
                   help="a JSON object from a spreadsheet's column header to a field, or null to ignore the column")
    p.add_argument("--replace", action="store_true",
                   help="replace a register that already has content (a backup copy is kept first)")
    p.add_argument("--dry-run", action="store_true",
                   help="read and validate the file and say what an import would do; write nothing")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("check", help="list the register's gaps and risks (exit 1 if there is an error)")
    p.add_argument("register", type=Path)
    p.add_argument("--json", action="store_true", help="print the findings as JSON")
    p.add_argument("--lang", default=None, choices=LANGUAGES,
                   help="language of the messages (default: ROPA_LANG, else the system's)")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("history", help="show who changed what and when")
    p.add_argument("register", type=Path)
    p.add_argument("--entity", help="only the changes of this item id")
    p.add_argument("--kind", choices=list(HISTORY_KINDS),
                   help="only items of this kind (an id may name items of several kinds)")
    p.add_argument("--json", action="store_true", help="print the history as JSON lines")
    p.set_defaults(func=cmd_history)


def cmd_init(args: argparse.Namespace) -> int:
    from ropa_desktop.domain.model import Organisation
    from ropa_desktop.reference import authority_for
    from ropa_desktop.store.register_store import RegisterStore

    country = args.country.upper()
    if authority_for(country) is None:
        raise CliError(say("cli.init.unknown-country", country=args.country))
    languages = args.lang or [NORDIC_LANGUAGE.get(country, "en")]
    name = args.name or args.register.stem
    store = RegisterStore.create(args.register, Organisation(name=name, supervisory_authority=country), languages)
    store.close()
    print(say("cli.init.created", path=args.register, name=name))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from ropa_desktop.interchange.spreadsheet.reading import SPREADSHEET_SUFFIXES
    from ropa_desktop.services.import_register import import_register

    if args.file.suffix.lower() in SPREADSHEET_SUFFIXES:  # a JSON import loads no spreadsheet reader
        from ropa_desktop.services.import_spreadsheet import is_foreign_spreadsheet

        if is_foreign_spreadsheet(args.file):
            from ropa_desktop.cli.cmd_spreadsheet import cmd_import_spreadsheet

            return cmd_import_spreadsheet(args)
    result = import_register(args.register, args.file, replace=args.replace, dry_run=args.dry_run)
    for warning in result.warnings:
        print(f"ropa: {say('cli.warning', warning=issue_line(warning))}", file=sys.stderr)
    imported = item_counts(result.imported)
    if result.dry_run:
        print(say("cli.import.dry-run", file=args.file, counts=imported))
        if result.created:
            print(say("cli.import.would-create", path=args.register))
        elif result.replaced:
            print(say("cli.import.would-replace", path=args.register, counts=item_counts(result.replaced)))
        else:
            print(say("cli.import.would-fill", path=args.register))
        return 0
    if result.backup:
        print(say("cli.import.backup", path=result.backup))
    print(say_count("cli.import.done", len(result.register.activities), path=args.register))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    args.lang = args.lang or cli_language()
    from ropa_desktop.checks.finding import Severity
    from ropa_desktop.output.citations import cite
    from ropa_desktop.services.findings import register_findings

    with open_store(args.register) as store:
        findings = register_findings(store)
    if args.json:
        # "article" stays canonical for scripts; "article_local" is the citation as --lang's authority writes it.
        json.dump([{**f.to_json(), "article_local": cite(f.article, args.lang)} for f in findings], sys.stdout,
                  ensure_ascii=False, indent=2)
        print()
    else:
        # the severity column as wide as the language's longest word for it (English: 7, as scripts read it)
        width = max(len(say(f"cli.check.{s.label}")) for s in Severity)
        for f in findings:
            where = f" [{f.field}]" if f.field else ""
            item = f"{f.entity}/{f.entity_id}{where}"
            severity = say(f"cli.check.{f.severity.label}").upper()
            print(f"{severity:{width}} {cite(f.article, args.lang):28} {item}: {f.message(args.lang)}")
        counts = {s: sum(1 for f in findings if f.severity is s) for s in Severity}
        print(say("cli.check.counts", errors=say_count("cli.check.errors", counts[Severity.ERROR]),
                  warnings=say_count("cli.check.warnings", counts[Severity.WARNING]),
                  notes=say_count("cli.check.notes", counts[Severity.INFO])))
    return 1 if any(f.severity is Severity.ERROR for f in findings) else 0


def cmd_history(args: argparse.Namespace) -> int:
    from ropa_desktop.services.change_history import item_history

    history = item_history(args.register, entity_id=args.entity, kind=args.kind)
    if args.json:  # each line names its entity: scripts need no grouping
        for e in history.entries:
            print(json.dumps({"seq": e.seq, "at": e.at, "user": e.user, "action": e.action, "entity": e.entity,
                              "id": e.entity_id, "old": e.old, "new": e.new}, ensure_ascii=False))
        return 0
    if args.entity is None or len(history.kinds) < 2:
        _print_history(history.entries)
        return 0
    # one id, several kinds (an activity and a data category both "kunder"): never one mixed list
    for entity in history.kinds:
        print(say("cli.history.kind-heading", kind=say(f"cli.history.kind.{entity}"),
                  id={"quoted": args.entity}))
        _print_history(history.of_kind(entity), indent="  ")
    return 0


def _print_history(entries: list[HistoryEntry], indent: str = "") -> None:
    for e in entries:
        print(f"{indent}{e.at}  {e.user:12} {e.action:6} {e.entity}/{e.entity_id}{_changed_fields(e.old, e.new)}")


def _changed_fields(old: object, new: object) -> str:
    if isinstance(old, dict) and isinstance(new, dict):
        keys = [k for k in dict.fromkeys([*old, *new]) if old.get(k) != new.get(k)]
        if keys:
            return f"  ({', '.join(keys)})"
    return ""
