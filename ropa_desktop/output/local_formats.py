"""Dates and durations as each language writes them, from CLDR through Babel: one style per language.

Every document (register PDF and workbook, notices, findings) formats dates and durations
here, so a Norwegian reader sees ``02.12.2026`` everywhere and never an ISO date beside it.

* Dates: CLDR's short date for sv (``2026-12-02``), nb and da (``02.12.2026``) and any language
  added later; CLDR's medium
  date for English (``2 Dec 2026``, the British form: our readers are European, and a short
  ``12/2/26`` is read differently on each side of the Atlantic).
* Durations: in the unit the register holds, with CLDR's unit names: ``P12M`` is
  "12 månader", never rounded to "1 år" (Babel's ``format_timedelta`` rounds; ``format_unit``
  with the ``duration-*`` units does not).

Babel is imported when something is formatted, not when this module is, so that commands
which format nothing (``ropa --version``) do not load CLDR data.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ropa_desktop.output.languages import language_of

# English is the exception: its short date (12/2/26) is the American order; every other language uses CLDR's short.
_DATE_FORMAT = {"en": ("en_GB", "medium")}
_DURATION = re.compile(r"^P(?:(?P<Y>\d+)Y)?(?:(?P<M>\d+)M)?(?:(?P<W>\d+)W)?(?:(?P<D>\d+)D)?$")
_UNITS = {"Y": "duration-year", "M": "duration-month", "W": "duration-week", "D": "duration-day"}
# CLDR's Swedish and Norwegian duration-day is "dygn"/"døgn", a span of 24 hours (a clock's word);
# a retention period or a deadline in days is written "30 dagar"/"30 dager" by a DPO and by the
# law ("inom 30 dagar"). Danish CLDR already says "dage". (singular, plural)
_DAY_WORDS = {"sv": ("dag", "dagar"), "nb": ("dag", "dager")}


def format_date(value: dt.date | None, lang: str) -> str:
    """A date as ``lang`` writes it in a document ("" for none)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    return _formatted_date(value, language_of(lang))


@lru_cache(maxsize=8192)
def _formatted_date(value: dt.date, lang: str) -> str:
    # Babel takes ~0.3 ms a date; a register's findings and tables repeat the same few dates.
    from babel.dates import format_date as babel_date

    locale, length = _DATE_FORMAT.get(lang, (lang, "short"))
    return babel_date(value, length, locale=locale)


def format_local_time(when: dt.datetime, lang: str) -> str:
    """A moment as the reader's clock showed it, with its offset: "02.12.2026 16:55:03 (UTC+01:00)".

    The date in ``lang``'s style; the time in 24 hours (every language we write uses it); the
    offset from UTC so that the moment stays exact when the reader is in another time zone.
    A naive ``when`` is taken as UTC (what pyHanko and our own code record).
    """
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    local = when.astimezone()
    offset = local.strftime("%z") or "+0000"
    return f"{format_date(local.date(), lang)} {local:%H:%M:%S} (UTC{offset[:3]}:{offset[3:5]})"


def format_iso_date(value: str, lang: str) -> str:
    """An ISO date string as ``lang`` writes it; text that is not a date is shown as written."""
    try:
        return format_date(dt.date.fromisoformat(value[:10]), lang) if value else ""
    except ValueError:
        return value


def format_duration(value: str | None, lang: str) -> str | None:
    """An ISO 8601 duration in words in ``lang`` ("P24M" -> "24 måneder", "P1Y6M" -> "1 år og 6 måneder");
    None when it is not a duration this reads (the caller shows it as written or says so)."""
    return _formatted_duration(value or "", lang)


@lru_cache(maxsize=4096)
def _formatted_duration(value: str, lang: str) -> str | None:
    # Babel takes ~0.2 ms a duration; a register repeats the same few periods in every rule.
    match = _DURATION.match(value)
    if not match or not any(match.groupdict().values()):
        return None
    from babel.lists import format_list
    from babel.numbers import format_decimal
    from babel.units import format_unit

    locale = language_of(lang)
    parts = []
    for unit, n in match.groupdict().items():
        if n is None:
            continue
        if unit == "D" and locale in _DAY_WORDS:
            one, other = _DAY_WORDS[locale]
            parts.append(f"{format_decimal(int(n), locale=locale)} {one if int(n) == 1 else other}")
        else:
            parts.append(format_unit(int(n), _UNITS[unit], locale=locale, length="long"))
    return format_list(parts, locale=locale)
