"""An error from below the GUI (a :class:`~ropa_desktop.base.worded.WordedError`) said in a reader's language.

The one way an error is worded, for the window and the command line alike: the English template
the error keeps is looked up in the gettext catalogue (``output/wording.py``; for errors the
msgid is the English template itself), and its fields are filled in, each :class:`Worded` field
(a noun, a phrase) worded the same way. A template without a translation keeps its English
sentence; a translation that lost a field falls back to English rather than showing a broken one.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from ropa_desktop.base.worded import Worded, WordedError, fill
from ropa_desktop.output.languages import language_of
from ropa_desktop.output.wording import catalogue
from ropa_desktop.output.wording import template as catalogue_text

_LEADING_FIELD = re.compile(r"\{(\w+)\}")


def say(template: str, fields: dict[str, Any], lang: str) -> str:
    """A template and its fields in ``lang`` (the English sentence when it has no translation)."""
    translated = catalogue(language_of(lang)).get(template)
    if not translated:  # the whole sentence in English, its phrases too, rather than a mix
        return fill(template, fields)
    values = {key: worded_text(value, lang) for key, value in fields.items()}
    try:
        return translated.format_map(values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a field: better English than broken
        return fill(template, values)


def shown_in(exc: BaseException, surface: str) -> BaseException:
    """``exc`` worded for where it is shown ("cli" or "gui"): an error with a ``code`` whose advice
    depends on the surface (``--force`` or the save dialog's question) takes the catalogue's
    ``{surface}.error.{code}`` message; any other error is returned as it is."""
    code = getattr(exc, "code", "")
    key = f"{surface}.error.{code}"
    if not code or not isinstance(exc, WordedError) or key not in catalogue("en"):
        return exc
    worded = copy.copy(exc)
    worded.template = key
    return worded


def worded_text(value: Any, lang: str) -> Any:
    """A Worded phrase in ``lang``; any other value as it is."""
    if isinstance(value, Worded):
        return say(value.template, value.fields, lang)
    return value


def error_text(exc: BaseException, lang: str) -> str:
    """The message of an error as the reader reads it: one sentence (and, for a document, its problems)."""
    if not isinstance(exc, WordedError):
        return sentence(str(exc))
    text = say(exc.template, exc.fields, lang)
    # A file name or id at the start stays as it is ("x.json is not…"); a word is capitalised.
    capitalise = not _starts_with_value(exc.template, exc.fields, lang)
    # A document error with one problem names it in its sentence; several are listed below it.
    issues = getattr(exc, "listed", None)
    if not issues:
        return sentence(text, capitalise=capitalise)
    from ropa_desktop.interchange.jsonio import MORE, DocumentError

    lines = [f"  {issue_text(issue, lang)}" for issue in issues[: DocumentError.SHOWN]]
    if len(issues) > DocumentError.SHOWN:
        lines.append("  " + say(MORE, {"count": len(issues) - DocumentError.SHOWN}, lang))
    return "\n".join([sentence(text, end=":", capitalise=capitalise), *lines])


def _starts_with_value(template: str, fields: dict[str, Any], lang: str) -> bool:
    match = _LEADING_FIELD.match(catalogue_text(template, lang))
    return match is not None and not isinstance(fields.get(match[1]), Worded)


def issue_text(issue: Any, lang: str) -> str:
    """One problem of a document, 'where: what', in ``lang``."""
    return f"{issue.path}: {worded_text(issue.message, lang)}"


def sentence(text: str, end: str = ".", *, capitalise: bool = True) -> str:
    """Capitalised, and closed with ``end`` unless it already ends a sentence."""
    text = text.strip()
    if not text:
        return text
    if capitalise:
        text = text[:1].upper() + text[1:]
    return text if text[-1] in ".!?…:" else text + end
