"""Event dates as day intervals: ``2023-07`` at month granularity is 2023-07-01..2023-07-31.

Events carry an ISO date truncated to its granularity (``docs/interfaces.md``); comparing two
events, filtering by a date range or bucketing a timeline needs the interval of days it covers.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14)}


def _month_end(year: int, month: int) -> date:
    while month > 12:  # winter runs into the next year
        year, month = year + 1, month - 12
    return date(year, month, monthrange(year, month)[1])


def date_interval(value: str | None, granularity: str | None = None) -> tuple[date, date] | None:
    """First and last day covered by an event date value, or None when it is not a calendar date.

    Accepts ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, ``YYYY-Www``, ``YYYY-Qn``, ``YYYY-SP|SU|FA|WI``,
    ``YYY`` (decade) and ``YY`` (century); anything else (``PAST_REF``, ``None``) gives None.
    The value's own shape decides; ``granularity`` is only a hint for ambiguous short forms.
    """
    if not value:
        return None
    v = value.strip()
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?", v):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := re.fullmatch(r"(\d{4})-(\d{2})", v):
            y, mo = int(m[1]), int(m[2])
            return date(y, mo, 1), _month_end(y, mo)
        if m := re.fullmatch(r"(\d{4})-W(\d{2})(?:-WE)?", v):
            start = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return start, start + timedelta(days=6)
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", v):
            y, q = int(m[1]), int(m[2])
            return date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
        if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|AU|WI)", v):
            y = int(m[1])
            first, last = _SEASONS[m[2]]
            return date(y, first, 1), _month_end(y, last)
        if m := re.fullmatch(r"(\d{4})(?:-H[12])?", v):
            y = int(m[1])
            if v.endswith("-H1"):
                return date(y, 1, 1), date(y, 6, 30)
            if v.endswith("-H2"):
                return date(y, 7, 1), date(y, 12, 31)
            return date(y, 1, 1), date(y, 12, 31)
        if m := re.fullmatch(r"(\d{3})X?", v):
            y = int(m[1]) * 10
            return date(max(y, 1), 1, 1), date(y + 9, 12, 31)
        if m := re.fullmatch(r"(\d{2})(?:XX)?", v) if granularity in (None, "century", "unknown") else None:
            y = int(m[1]) * 100
            return date(max(y, 1), 1, 1), date(y + 99, 12, 31)
    except ValueError:
        return None
    return None


GRANULARITY_ORDER = ("day", "week", "month", "quarter", "season", "year", "decade", "century")


def finer_or_equal(a: str | None, b: str) -> bool:
    """True when granularity ``a`` is at least as precise as ``b`` (unknown is never)."""
    if a not in GRANULARITY_ORDER:
        return False
    return GRANULARITY_ORDER.index(a) <= GRANULARITY_ORDER.index(b)
