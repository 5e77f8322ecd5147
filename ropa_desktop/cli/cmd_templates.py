"""``ropa add REGISTER --template ID`` and ``ropa templates``: start from the typical activities we wrote."""

from __future__ import annotations

import argparse
from pathlib import Path

from ropa_desktop.cli.cli_words import say, say_count
from ropa_desktop.cli.common import open_store
from ropa_desktop.services.activity_templates import add_from_template, templates


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("templates", help="list the typical activities a register can start from")
    p.add_argument("--lang", default="en", choices=["en", "sv", "nb", "da"], help="language of the names")
    p.set_defaults(func=cmd_templates)

    p = sub.add_parser("add", help="add a typical activity (as a draft to review) from a template")
    p.add_argument("register", type=Path)
    p.add_argument("--template", required=True, metavar="ID", help="the template's id (see ropa templates)")
    p.set_defaults(func=cmd_add)


def cmd_templates(args: argparse.Namespace) -> int:
    for item in templates():
        print(f"{item.id:26} {item.title(args.lang)}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    with open_store(args.register):
        pass  # the same one-line refusal as the other commands for a file that is not a register
    planned = add_from_template(args.register, args.template)
    activity = planned.activity
    print(say("cli.add.added", id=activity.id, name=activity.name.text([])))
    added = sum(len(items) for items in planned.new.values())
    if added:
        print(say_count("cli.add.entries", added))
    return 0
