"""Errors from below the GUI (store, import, exporters, signing) said in the UI language.

Those layers raise :class:`~ropa_desktop.base.worded.WordedError`: an English template with
named fields. The template is worded from the same gettext catalogue the command line uses
(``output/worded_text.py`` over ``resources/locale``), in the UI language: one way to word an
error, one place to translate it. A template without a translation keeps the English sentence.
"""

from __future__ import annotations

from typing import Any

from ropa_desktop.base.worded import WordedError
from ropa_desktop.gui.i18n import tr, ui_language
from ropa_desktop.output import worded_text as wording
from ropa_desktop.output.worded_text import sentence

__all__ = ["error_text", "issue_text", "plain_error", "say", "sentence", "worded_text"]


def say(template: str, fields: dict[str, Any]) -> str:
    """A template and its fields in the UI language (the English sentence when it has no translation)."""
    return wording.say(template, fields, ui_language())


def worded_text(value: Any) -> Any:
    """A Worded phrase in the UI language; any other value as it is."""
    return wording.worded_text(value, ui_language())


def error_text(exc: BaseException) -> str:
    """The message of an error as the user reads it: one sentence (and, for a document, its problems)."""
    return wording.error_text(wording.shown_in(exc, "gui"), ui_language())


def issue_text(issue: Any) -> str:
    """One problem of a document, 'where: what', in the UI language."""
    return wording.issue_text(issue, ui_language())


def plain_error(exc: BaseException) -> str:
    """The message of an error the user can act on; our bugs say so instead of dumping a trace."""
    if isinstance(exc, WordedError):  # the store's, the importers', the exporters' and the signing errors
        return error_text(exc)
    if isinstance(exc, OSError):
        text = tr("The file could not be read or written: %1").replace("%1", exc.strerror or str(exc))
    else:
        text = tr("Something went wrong inside ropa-desktop (%1: %2). The register was not changed.")
        text = text.replace("%1", type(exc).__name__).replace("%2", str(exc))
    return sentence(text)
