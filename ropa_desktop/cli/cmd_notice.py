"""``ropa notice``: write an Art. 13/14 information notice (HTML or PDF), or list the published ones."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ropa_desktop.cli.common import CliError, open_store
from ropa_desktop.notices import (
    NOTICE_LANGUAGES,
    PROCESSORS_BY,
    build_notice,
    published_notices,
    record_published,
    write_html,
    write_pdf,
)
from ropa_desktop.output.write_errors import Cancelled, ExportError

_FORMATS = {".html": "html", ".htm": "html", ".pdf": "pdf"}


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "notice",
        help="write a privacy notice (Art. 13/14) from the register as HTML or PDF, or list published notices",
        description="Write the information notice for one group of data subjects (or all of them) and record it "
        "in the register's log of published notices. What the register cannot fill yet is listed on stderr.",
    )
    p.add_argument("register", type=Path)
    p.add_argument("-o", "--output", type=Path, help="the file to write: .html or .pdf")
    p.add_argument("--audience", default="all", help="a data-subject category id, or 'all' (default)")
    p.add_argument("--lang", choices=NOTICE_LANGUAGES, help="the notice's language (default: the register's first)")
    p.add_argument(
        "--processors",
        choices=PROCESSORS_BY,
        default="name",
        help="name processors by their name (default) or by the kind of service they provide",
    )
    p.add_argument("--force", action="store_true", help="replace the output file if it exists")
    p.add_argument("--log", action="store_true", help="list the notices published so far instead of writing one")
    p.add_argument("--json", action="store_true", help="with --log: print JSON lines")
    p.set_defaults(func=cmd_notice)


def cmd_notice(args: argparse.Namespace) -> int:
    if args.log:
        return _print_log(args)
    if args.output is None:
        raise CliError("name the file to write with -o FILE.html or -o FILE.pdf (or use --log)")
    fmt = _FORMATS.get(args.output.suffix.lower())
    if fmt is None:
        raise CliError(
            f"{args.output}: the notice is written as .html or .pdf, not '{args.output.suffix or 'no extension'}'"
        )
    with open_store(args.register) as store:
        register = store.load()
        lang = args.lang or (register.default_language if register.default_language in NOTICE_LANGUAGES else "en")
        audience = None if args.audience == "all" else args.audience
        try:
            notice = build_notice(register, audience, lang, processors_by=args.processors, store=store)
        except KeyError as exc:
            raise CliError(exc.args[0]) from None
        try:
            if fmt == "html":
                write_html(notice, args.output, overwrite=args.force)
            else:
                write_pdf(notice, args.output, overwrite=args.force)
        except ExportError as exc:
            raise CliError(str(exc)) from None
        except Cancelled:
            raise CliError("cancelled; nothing was written") from None
        published = record_published(store, notice, args.output, fmt)
    for gap in notice.completeness:
        print(f"incomplete: {gap.message} [{gap.article}]", file=sys.stderr)
    for fallback in notice.fallbacks:
        print(f"language: {fallback.message}", file=sys.stderr)
    print(f"wrote {args.output} ({lang}, {args.audience}, version {published.version}, sha256 {published.file_sha256})")
    return 0


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
                    },
                    ensure_ascii=False,
                )
            )
        return 0
    if not entries:
        print("no notice has been published from this register yet")
        return 0
    print(f"{'published (UTC)':<24} {'user':<12} {'audience':<28} lang fmt  ver  file sha256")
    for e in entries:
        print(
            f"{e.at:<24} {e.user[:12]:<12} {(e.audience or 'all')[:28]:<28} {e.lang:<4} {e.format:<4} "
            f"{e.version:>3}  {e.file_name}  {e.file_sha256}"
        )
    return 0
