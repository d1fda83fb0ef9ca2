"""Validation of article dates (the "date line").

An article date is a calendar date.  Inputs may give a full ISO timestamp
(``2019-01-04T10:00:00Z``) - the day is kept.  Impossible dates (``2024-02-30``) and
free text are errors: a wrong date line silently dates every event wrongly.
"""

from __future__ import annotations

import datetime as dt
import re

_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")

# Dates beyond this many days after today are refused: a typo like 2204 would date events
# two centuries ahead.  Articles may be scheduled a little ahead (embargoed copy).
MAX_FUTURE_DAYS = 366


class BadDate(ValueError):
    pass


def parse_article_date(value: object, *, today: dt.date | None = None) -> str | None:
    """``YYYY-MM-DD`` or None for a missing date; raises :class:`BadDate` with a reason."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise BadDate(f"date must be a string YYYY-MM-DD, got {type(value).__name__} {value!r}")
    m = _ISO_DAY.match(value)
    if not m:
        raise BadDate(f"date {value!r} is not YYYY-MM-DD")
    try:
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError as exc:
        raise BadDate(f"date {value.strip()!r} is not a calendar date ({exc})") from None
    limit = (today or dt.date.today()) + dt.timedelta(days=MAX_FUTURE_DAYS)
    if day > limit:
        raise BadDate(f"date {day.isoformat()} is more than {MAX_FUTURE_DAYS} days in the future")
    if day.year < 1800:
        raise BadDate(f"date {day.isoformat()} is before 1800")
    return day.isoformat()
