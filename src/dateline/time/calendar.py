"""Calendar points at a granularity, their TIMEX3 values, and arithmetic on them (python-dateutil)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dateutil.easter import easter
from dateutil.relativedelta import TH, relativedelta

# finest first; used to compare granularities
ORDER = ("day", "week", "month", "quarter", "season", "year", "decade", "century")

SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True)
class Point:
    """A calendar point: the first day of the period and its granularity."""

    day: date
    gran: str  # day | week | month | quarter | season | year | decade | century
    season: str | None = None  # SP SU FA WI when gran == "season"

    @property
    def value(self) -> str:
        d = self.day
        if self.gran == "day":
            return d.isoformat()
        if self.gran == "week":
            y, w, _ = d.isocalendar()
            return f"{y}-W{w:02d}"
        if self.gran == "month":
            return f"{d.year:04d}-{d.month:02d}"
        if self.gran == "quarter":
            return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
        if self.gran == "season":
            return f"{d.year:04d}-{self.season}"
        if self.gran == "year":
            return f"{d.year:04d}"
        if self.gran == "decade":
            return f"{d.year // 10:03d}"
        if self.gran == "century":
            return f"{d.year // 100:02d}"
        raise ValueError(self.gran)


def finer(a: str, b: str) -> bool:
    return ORDER.index(a) < ORDER.index(b)


def truncate(d: date, gran: str, season: str | None = None) -> Point:
    """The period of granularity ``gran`` that contains ``d``."""
    if gran == "day":
        return Point(d, gran)
    if gran == "week":
        return Point(d - relativedelta(days=d.isoweekday() - 1), gran)
    if gran == "month":
        return Point(d.replace(day=1), gran)
    if gran == "quarter":
        return Point(date(d.year, (d.month - 1) // 3 * 3 + 1, 1), gran)
    if gran == "year":
        return Point(date(d.year, 1, 1), gran)
    if gran == "decade":
        return Point(date(d.year // 10 * 10 or 1, 1, 1), gran)
    if gran == "century":
        return Point(date(d.year // 100 * 100 or 1, 1, 1), gran)
    if gran == "season":
        code = season or season_of(d)
        year = d.year - 1 if code == "WI" and d.month < 3 else d.year
        return Point(date(year, SEASON_START[code], 1), gran, code)
    raise ValueError(gran)


def season_of(d: date) -> str:
    return {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(d.month, "FA")


_DELTA = {"day": "days", "week": "weeks", "month": "months", "year": "years"}


def shift(d: date, n: float, unit: str) -> date:
    """``d`` moved by ``n`` units (day/week/fortnight/weekend/month/quarter/season/year/decade/century)."""
    if unit == "fortnight":
        n, unit = 2 * n, "week"
    if unit == "weekend":  # "a weekend later": the next weekend, a week on
        unit = "week"
    if unit == "quarter":
        return d + relativedelta(months=int(round(3 * n)))
    if unit == "decade":
        return d + relativedelta(years=int(round(10 * n)))
    if unit == "century":
        return d + relativedelta(years=int(round(100 * n)))
    if unit == "season":
        return d + relativedelta(months=int(round(3 * n)))
    if unit in ("hour", "minute", "second"):
        hours = n if unit == "hour" else n / 60 if unit == "minute" else n / 3600
        return d + relativedelta(days=int(hours // 24))
    if unit in ("year", "month") and n != int(n):
        return d + relativedelta(months=int(round(n * (12 if unit == "year" else 1))))
    return d + relativedelta(**{_DELTA[unit]: int(n) if n == int(n) else n})


def holiday(name_value: str, year: int) -> date:
    """The date of a holiday in ``year``: "12-25", "easter", "easter-2", "thanksgiving"."""
    if name_value.startswith("easter"):
        offset = int(name_value[6:] or 0)
        return easter(year) + relativedelta(days=offset)
    if name_value == "thanksgiving":
        return date(year, 11, 1) + relativedelta(weekday=TH(4))
    month, day = name_value.split("-")
    return date(year, int(month), int(day))


def weekday_near(dct: date, iso_weekday: int, tense: str) -> date:
    """The weekday meant by a bare weekday name: past tense -> on or before the DCT, future -> on or
    after it, otherwise the nearest one (news mostly reports the past: ties go to the past)."""
    back = (dct.isoweekday() - iso_weekday) % 7
    fwd = (iso_weekday - dct.isoweekday()) % 7
    if tense in ("past", ""):  # news reports the past: an unmarked weekday is the last one
        return dct - relativedelta(days=back)
    if tense == "future":
        return dct + relativedelta(days=fwd)
    return dct - relativedelta(days=back) if back <= fwd else dct + relativedelta(days=fwd)


def year_for(dct: date, month: int, day: int | None, tense: str, weekday: int | None = None) -> int:
    """The year of a month (and day) given without one.

    A weekday given with it ("Monday, Oct. 26") picks the year it falls on; a day within two months
    of the DCT is the nearest one whatever the tense ("returned by Jan. 14" in a January 7 story),
    but a month whose act is over (``tense`` "over") is never after the DCT's month;
    otherwise the occurrence the tense points to, else the nearest to the DCT."""
    def when(y: int) -> date:
        return date(y, month, min(day or 1, 28 if month == 2 else 30 if month in (4, 6, 9, 11) else 31))

    cands = [dct.year - 1, dct.year, dct.year + 1]
    ref = dct if day else dct.replace(day=1)
    if day and weekday:
        matching = [y for y in cands if when(y).isoweekday() == weekday]
        if len(matching) == 1:
            return matching[0]
    if tense == "over":
        # "changed to a calendar year in December" in an October story: the month of a finished past
        # act is over, the one before the date line's month or that month itself, however near the
        # next one is (:func:`dateline.time.tense.month_of_a_past_act`)
        return max(y for y in cands if when(y) <= ref)
    nearest = min(cands, key=lambda y: abs((when(y) - ref).days))
    if abs((when(nearest) - ref).days) <= (60 if day else 75):
        return nearest
    if tense == "past":
        past = [y for y in cands if when(y) <= ref]
        return max(past)
    if tense == "future":
        fut = [y for y in cands if when(y) >= ref]
        return min(fut)
    return min(cands, key=lambda y: (abs((when(y) - ref).days), -y))
