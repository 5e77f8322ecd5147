"""``ropa notice``: write an Art. 13/14 information notice (HTML or PDF), or list the published ones."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ropa_desktop.cli.cli_words import error_line, say, say_count
from ropa_desktop.cli.common import CliError, open_store
from ropa_desktop.notices import NOTICE_LANGUAGES, PROCESSORS_BY, published_notices
from ropa_desktop.services.publish_notice import (
    NoticeChoices,
    NoticeHasGaps,
    NoticeNotLogged,
    notice_format,
    publish_notice,
)


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "notice",
        help="write a privacy notice (Art. 13/14) from the register as HTML or PDF, or list published notices",
        description="Write the information notice for one group of data subjects (or all of them) and record it "
        "in the register's log of published notices. What the register cannot fill yet (the notice's gaps) is "
        "listed on stderr and recorded in the log; with --strict a notice with gaps is not written (exit 1).",
    )
    p.add_argument("register", type=Path)
    p.add_argument("-o", "--output", type=Path, help="the file to write: .html or .pdf")
    p.add_argument("--audience", default="all",
                   help="a data-subject category id, or 'all' (default): one notice with a section for each "
                   "audience we inform as controller (those we only process for another controller are skipped)")
    p.add_argument("--lang", choices=NOTICE_LANGUAGES, help="the notice's language (default: the register's first)")
    p.add_argument(
        "--processors",
        choices=PROCESSORS_BY,
        default="name",
        help="name processors by their name (default) or by the kind of service they provide",
    )
    p.add_argument("--force", action="store_true", help="replace the output file if it exists")
    p.add_argument("--strict", action="store_true",
                   help="refuse to write a notice with gaps (exit 1) instead of publishing it with them")
    p.add_argument("--no-log", action="store_true",
                   help="write the notice without recording it in the register's log (needed for a read-only "
                   "register; the notice is then not logged)")
    p.add_argument("--log", action="store_true", help="list the notices published so far instead of writing one")
    p.add_argument("--json", action="store_true", help="with --log: print JSON lines")
    p.set_defaults(func=cmd_notice)


def cmd_notice(args: argparse.Namespace) -> int:
    if args.log:
        return _print_log(args)
    if args.output is None:
        raise CliError(say("cli.notice.no-output"))
    notice_format(args.output)  # a wrong suffix is said before the register is read
    choices = NoticeChoices(audience=args.audience, lang=args.lang, processors_by=args.processors,
                            refuse_gaps=args.strict, overwrite=args.force, log=not args.no_log)
    try:
        result = publish_notice(args.register, args.output, choices)
    except NoticeHasGaps as exc:
        _print_gaps(exc.gaps)
        print(f"ropa: {say('cli.notice.strict', error=error_line(exc))}", file=sys.stderr)
        return 1
    except NoticeNotLogged as exc:
        print(f"ropa: {error_line(exc)}", file=sys.stderr)
        print(f"ropa: {say('cli.notice.add-no-log')}", file=sys.stderr)
        return 2
    for skipped in result.skipped:
        print(say("cli.notice.skipped", reason=error_line(skipped)), file=sys.stderr)
    _print_gaps(result.gaps)
    for fallback in result.fallbacks:
        print(say("cli.notice.language", message=fallback.message), file=sys.stderr)
    published = result.published
    if published is None:
        print(say("cli.notice.wrote-unlogged", path=args.output, language=result.notice.content.lang,
                  audience=args.audience, version=result.notice.version))
        print(say("cli.notice.not-logged"), file=sys.stderr)
        return 0
    print(say("cli.notice.wrote", path=args.output, language=published.lang, audience=args.audience,
              version=published.version, sha256=published.file_sha256))
    if result.gaps:
        print(say_count("cli.notice.published-with-gaps", len(result.gaps)), file=sys.stderr)
    return 0


def _print_gaps(gaps: list) -> None:
    for gap in gaps:
        print(say("cli.notice.incomplete", message=gap.message, article=gap.article), file=sys.stderr)


def _print_log(args: argparse.Namespace) -> int:
    with open_store(args.register) as store:
        entries = published_notices(store)
    if args.json:
        for e in entries:
            print(
                json.dumps(
                    {
                        "at": e.at,
                        "user": e.user,
                        "audience": e.audience or "all",
                        "lang": e.lang,
                        "format": e.format,
                        "version": e.version,
                        "content_sha256": e.content_sha256,
                        "file_sha256": e.file_sha256,
                        "file_name": e.file_name,
                        "gaps": [{"article": g.article, "message": g.message} for g in e.gaps],
                    },
                    ensure_ascii=False,
                )
            )
        return 0
    if not entries:
        print(say("cli.notice.none-published"))
        return 0
    print(f"{'published (UTC)':<24} {'user':<12} {'audience':<28} lang fmt  ver  file sha256")
    for e in entries:
        print(
            f"{e.at:<24} {e.user[:12]:<12} {(e.audience or 'all')[:28]:<28} {e.lang:<4} {e.format:<4} "
            f"{e.version:>3}  {e.file_name}  {e.file_sha256}"
        )
        if e.gaps:
            print(f"{'':<24} " + say("cli.notice.log-gaps", gaps="; ".join(g.message for g in e.gaps)))
    return 0
