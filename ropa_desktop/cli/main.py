"""Entry point of ``ropa``: parses the command line and runs one command.

Each command lives in its own module with ``add_parser(subparsers)``; the parser's
``func`` returns the exit status. Errors the user can act on are raised as
:class:`CliError` (or any :class:`WordedError` from below: store, document, export,
signing) and printed as one line on stderr.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ropa_desktop import __version__
from ropa_desktop.base.worded import WordedError
from ropa_desktop.cli import command_list
from ropa_desktop.cli.cli_words import argparse_words, choose_language, error_line, say, worded_parsers
from ropa_desktop.cli.common import CliError


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser for ``argv``: with the command ``argv`` names, only that command's module is imported."""
    parser = argparse.ArgumentParser(
        prog="ropa",
        description="Keep a GDPR Art. 30 record of processing activities: import, check, export.",
    )
    parser.add_argument("--version", action="version", version=f"ropa {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    args = sys.argv[1:] if argv is None else list(argv)
    command = next((a for a in args if not a.startswith("-")), None)
    if command is not None or not {"--version"} & set(args):  # `ropa --version` needs no command at all
        for module in command_list.modules_for(command):
            module.add_parser(sub)
    worded_parsers(parser)  # help in the user's language
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    choose_language(sys.argv[1:] if argv is None else argv)
    parser = build_parser(argv)
    with argparse_words():
        args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except (CliError, WordedError) as exc:  # store, document, export, signing: one line the user can act on
        print(f"ropa: {error_line(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"ropa: {say('cli.interrupted')}", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
