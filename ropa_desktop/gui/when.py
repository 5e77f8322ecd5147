"""Times the store writes (UTC, ISO 8601) as the user reads them: local, and short when recent."""

from __future__ import annotations

import datetime as dt


def local_time(stamp: str, today: dt.date | None = None) -> str:
    """'2025-03-04T12:30:00.000Z' -> '13:30' today, '2025-03-04 13:30' on another day."""
    try:
        when = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except (ValueError, AttributeError):
        return str(stamp)
    if when.date() == (today or dt.date.today()):
        return when.strftime("%H:%M")
    return when.strftime("%Y-%m-%d %H:%M")
