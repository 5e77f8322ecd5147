"""Dates and times as the UI language writes them: one date style per language, from CLDR.

The dates come from the project's formatter for documents (``output/local_formats.py``), so
the window and the documents agree: nb/da ``15.09.2025``, sv ``2025-09-15``, en ``15 Sept 2025``.
The store writes times in UTC (ISO 8601); the user reads them in local time.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from ropa_desktop.gui.i18n import ui_language
from ropa_desktop.output.local_formats import format_date

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDateEdit

_SAMPLE = dt.date(3333, 11, 2)  # each part told apart: year, month 11, day 2
_WORD = re.compile(r"[^\W\d_]+")


def ui_date(value: dt.date | None, lang: str | None = None) -> str:
    """A date in the UI language's style ("" for none)."""
    return format_date(value, lang or ui_language())


def ui_clock(value: dt.datetime | dt.time, lang: str | None = None, *, seconds: bool = False) -> str:
    """A time of day as the language writes it (da ``13.30``, the others ``13:30``)."""
    from babel.dates import format_time  # Babel only when a time is shown

    locale = _locale(lang or ui_language())
    when = value.time() if isinstance(value, dt.datetime) else value
    return format_time(when, "medium" if seconds else "short", locale=locale)


def ui_date_time(value: dt.datetime, lang: str | None = None, *, seconds: bool = False) -> str:
    """A date and time (local, as given) in the UI language's style."""
    lang = lang or ui_language()
    return f"{ui_date(value.date(), lang)} {ui_clock(value, lang, seconds=seconds)}"


def local_time(stamp: str, today: dt.date | None = None, lang: str | None = None) -> str:
    """A stored UTC stamp in local time: '13:30' today, '04.03.2025 13:30' (per language) on another day."""
    try:
        when = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except (ValueError, AttributeError, TypeError):
        return str(stamp)
    if when.date() == (today or dt.date.today()):
        return ui_clock(when, lang)
    return ui_date_time(when, lang)


def qt_date_format(lang: str | None = None) -> str:
    """The display format of a QDateEdit in the UI language: the same style as :func:`ui_date`.

    Read off a formatted sample date, so it follows whatever style the formatter gives a language.
    """
    sample = ui_date(_SAMPLE, lang)
    sample = _WORD.sub("MMM", sample)  # a month's name (en "2 Nov 3333")
    return sample.replace("3333", "yyyy").replace("11", "MM").replace("02", "dd").replace("2", "d")


def set_up_date_edit(edit: QDateEdit, lang: str | None = None) -> None:
    """A date entry field that writes dates as the rest of the UI does (month names in the UI language)."""
    from PySide6.QtCore import QLocale

    lang = lang or ui_language()
    edit.setLocale(QLocale(lang))
    edit.setDisplayFormat(qt_date_format(lang))


def _locale(lang: str) -> str:
    from ropa_desktop.output.languages import language_of

    code = language_of(lang)
    return "en_GB" if code == "en" else code  # the British clock and date, as output/local_formats.py
