"""The register over time: reviews due (`ropa due`), issued versions (`ropa versions`), what changed (`ropa diff`)."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from ropa_desktop.cli.cli_words import say, say_count
from ropa_desktop.cli.common import open_store
from ropa_desktop.domain.reviews import ACTIVITY_REVIEW, DEFAULT_WITHIN_DAYS
from ropa_desktop.services.compare_versions import NOW, compare, parse_version, write_comparison
from ropa_desktop.services.review_schedule import due_list, write_calendar
from ropa_desktop.services.versions import issued_versions

_WITHIN = re.compile(r"^(\d+)\s*([dw]?)$", re.IGNORECASE)


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("due", help="list the reviews that are overdue or due soon (exit 1 if one is overdue)")
    p.add_argument("register", type=Path)
    p.add_argument("--within", default=f"{DEFAULT_WITHIN_DAYS}d", type=_within_days,
                   help="how far ahead to look: days (30d) or weeks (4w); default 30d")
    p.add_argument("--ics", type=Path, metavar="FILE",
                   help="also write every scheduled review (whatever --within says) to this calendar file")
    p.add_argument("--force", action="store_true", help="replace FILE even when it is not an earlier calendar")
    p.set_defaults(func=cmd_due)

    p = sub.add_parser("versions", help="list the versions issued (for the authority, or signed)")
    p.add_argument("register", type=Path)
    p.add_argument("--all", action="store_true", help="also list the registers an import replaced")
    p.set_defaults(func=cmd_versions)
    add_diff_parser(sub)


def _within_days(value: str) -> int:
    match = _WITHIN.match(value.strip())
    if not match:
        raise argparse.ArgumentTypeError(say("cli.due.bad-within", value=value))
    return int(match.group(1)) * (7 if match.group(2).lower() == "w" else 1)


def cmd_due(args: argparse.Namespace) -> int:
    listing = due_list(args.register, within_days=args.within)
    for title, reviews in ((say("cli.due.overdue"), listing.due.overdue),
                           (say_count("cli.due.within", args.within), listing.due.soon)):
        if not reviews:
            continue
        print(f"{title}:")
        for review in reviews:
            what = say("cli.due.activity" if review.kind == ACTIVITY_REVIEW else "cli.due.processor-agreement")
            days = review.days_left(listing.today)
            when = (say_count("cli.due.days-ago", -days) if days < 0 else say("cli.due.today") if days == 0
                    else say_count("cli.due.in-days", days))
            # the ISO date first: a column scripts sort and parse
            print(f"  {review.due.isoformat()}  ({when})  {what} {review.item_id}: {listing.name(review)}")
    if not listing.due.all:
        print(say_count("cli.due.nothing", args.within))
    if args.ics is not None:
        count = write_calendar(args.register, args.ics, overwrite=args.force)
        print(say_count("cli.due.wrote-calendar", count, path=args.ics))
    return 1 if listing.due.overdue else 0


def cmd_versions(args: argparse.Namespace) -> int:
    with open_store(args.register) as store:
        entries = store.snapshots() if args.all else issued_versions(store)
    if not entries:
        print(say("cli.versions.none"))
        return 0
    for e in entries:
        number = say("cli.versions.number", number=e.number) if e.number is not None else say("cli.versions.not-one")
        why = say(f"cli.versions.{e.reason}") if e.reason in ("authority", "signed", "replaced") else e.reason
        where = f"  {e.file_name}  sha256 {e.file_sha256}" if e.file_name else ""
        print(f"{number:14} {e.at[:19].replace('T', ' ')} UTC  {e.user:12} {why}{where}")
    return 0




def add_diff_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("diff", help="what changed between two versions, or since the last issued version")
    p.add_argument("register", type=Path)
    p.add_argument("--from", dest="old", metavar="VERSION", help="a version number (default: the last issued)")
    p.add_argument("--to", dest="new", metavar="VERSION", default=NOW, help="a version number, or 'now' (default)")
    p.add_argument("--lang", choices=["en", "sv", "nb", "da"], help="language of the words (default: the register's)")
    p.add_argument("-o", "--output", type=Path,
                   help="write it to this file (.pdf, .html, or text) instead of printing it")
    p.add_argument("--force", action="store_true", help="replace the output file if it exists")
    p.set_defaults(func=cmd_diff)


def cmd_diff(args: argparse.Namespace) -> int:
    comparison = compare(args.register, parse_version(args.old), parse_version(args.new), lang=args.lang)
    if args.output is None:
        print(comparison.text(), end="")
    else:
        write_comparison(comparison, args.output, overwrite=args.force)
        print(say("cli.wrote", path=args.output))
    return 0
