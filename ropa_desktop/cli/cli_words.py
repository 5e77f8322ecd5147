"""The language ``ropa`` speaks, and its sentences from the one gettext catalogue (``output/wording.py``).

The language is the command's ``--lang`` where it has one, else ``ROPA_LANG``, else the system
locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG`` as POSIX orders them; ``nb_NO.UTF-8`` -> nb, no/nn
-> nb). ``C``, ``POSIX`` or a language we have no catalogue for is English, which scripts that
parse the output keep getting. ``--json`` output and exit codes never depend on it.

Every sentence is a catalogue message with named fields (``cli.wrote`` = "wrote {path}"), never
pieces joined. The catalogue (Babel, pycountry through ``wording``) is imported when something is
worded, not when this module is: ``ropa --version`` stays quick.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

_ENGLISH_LOCALES = {"", "C", "POSIX"}
_chosen: str | None = None


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The language of ``ROPA_LANG``, else of the locale variables; English for C/POSIX or one we lack."""
    from ropa_desktop.output.languages import language_of

    env = os.environ if environ is None else environ
    for name in ("ROPA_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:  # the first one set decides, as in POSIX (an LC_ALL of C means C)
            code = value.split(".")[0].split("@")[0]
            return "en" if code in _ENGLISH_LOCALES else language_of(code)
    return "en"


def choose_language(argv: Sequence[str], environ: Mapping[str, str] | None = None) -> str:
    """The language for this run: a ``--lang`` on the command line, else :func:`system_language`.

    Read from the raw arguments, before argparse, so that its help and its errors speak it too.
    """
    from ropa_desktop.output.languages import language_of

    global _chosen
    lang = None
    for i, arg in enumerate(argv):  # the first --lang (``ropa init`` repeats it: the first is the default)
        if arg == "--lang" and i + 1 < len(argv):
            lang = argv[i + 1]
            break
        if arg.startswith("--lang="):
            lang = arg.split("=", 1)[1]
            break
    _chosen = language_of(lang) if lang else system_language(environ)
    return _chosen


def cli_language() -> str:
    """The language chosen for this run (the system's when :func:`choose_language` was not called)."""
    return _chosen or system_language()


def say(msgid: str, **fields: Any) -> str:
    """The catalogue's message ``msgid`` in the run's language, its fields filled in."""
    from ropa_desktop.output.wording import word  # Babel and pycountry only when something is worded

    return word(msgid, cli_language(), **fields)


def say_count(msgid: str, count: int, **fields: Any) -> str:
    """A count sentence in the plural form CLDR gives the run's language for ``count``:
    the message ``msgid.one`` or ``msgid.other`` ("1 activity", "2 activities"), ``{count}`` filled in."""
    from babel import Locale

    from ropa_desktop.output.wording import catalogue

    lang = cli_language()
    form = Locale.parse(lang).plural_form(abs(count))
    known = catalogue(lang) or catalogue("en")
    key = f"{msgid}.{form}" if f"{msgid}.{form}" in known else f"{msgid}.other"
    return say(key, count=count, **fields)


def issue_line(issue: Any) -> str:
    """One problem of a document, 'where: what', in the run's language."""
    from ropa_desktop.output.worded_text import issue_text

    return issue_text(issue, cli_language())


def item_counts(counts: Mapping[Any, int]) -> str:
    """'3 activities, 1 processor' in the run's language, for counts by kind of item."""
    parts = [say_count(f"cli.count.{kind.value}", n) for kind, n in counts.items() if n]
    return ", ".join(parts) if parts else say("cli.count.none")


def error_line(exc: BaseException) -> str:
    """An error in the run's language, shaped as ``str(exc)`` is (English stays exactly what it was):
    one line, and a document's problems listed below it."""
    from ropa_desktop.base.worded import WordedError

    if not isinstance(exc, WordedError):
        return str(exc)
    from ropa_desktop.interchange.jsonio import MORE, DocumentError
    from ropa_desktop.output.worded_text import issue_text, shown_in
    from ropa_desktop.output.worded_text import say as say_template

    exc = shown_in(exc, "cli")  # e.g. a file that exists: the CLI's advice is --force
    lang = cli_language()
    lines = [say_template(exc.template, exc.fields, lang)]
    issues = getattr(exc, "listed", None) or []
    lines += [f"  {issue_text(issue, lang)}" for issue in issues[: DocumentError.SHOWN]]
    if len(issues) > DocumentError.SHOWN:
        lines.append("  " + say_template(MORE, {"count": len(issues) - DocumentError.SHOWN}, lang))
    return "\n".join(lines)


def say_text(text: str) -> str:
    """An English text of the code (a help text, argparse's own words) in the run's language.

    Their msgid is the English text itself; English needs no catalogue, so it is not read for it.
    """
    lang = cli_language()
    if lang == "en" or not text:
        return text
    from ropa_desktop.output.wording import template

    return template(text, lang)


class WordedHelp(argparse.HelpFormatter):
    """argparse's help, its texts looked up in the catalogue when the help is printed (not when the
    parser is built: ``ropa --version`` and every command that prints no help read no catalogue)."""

    def _expand_help(self, action: argparse.Action) -> str:
        english = action.help
        action.help = say_text(english) if english else english
        try:
            return super()._expand_help(action)
        finally:
            action.help = english

    def start_section(self, heading: str | None) -> None:
        super().start_section(say_text(heading) if heading else heading)

    def add_text(self, text: str | None) -> None:
        # The version string ("ropa 1.2") is a name and a number, not a text to look up.
        if text and text is not argparse.SUPPRESS and not text.startswith(f"{self._prog} "):
            text = say_text(text)
        super().add_text(text)


def worded_parsers(parser: argparse.ArgumentParser) -> None:
    """Give ``parser`` and all its subcommands' parsers the worded help."""
    parser.formatter_class = WordedHelp
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                worded_parsers(sub)


@contextmanager
def argparse_words() -> Iterator[None]:
    """argparse's own words (usage, its errors) in the run's language while the command line is parsed.

    argparse looks them up through its module's ``_``, the standard library's gettext without a
    catalogue; for the parse it is ours, then given back.
    """
    english = argparse._  # type: ignore[attr-defined]
    argparse._ = say_text  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = english  # type: ignore[attr-defined]
