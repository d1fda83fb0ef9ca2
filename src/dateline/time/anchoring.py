"""Narrative anchoring: the reference time moves as the story moves.

Expressions are normalized left to right.  Every resolved calendar date ("Saturday", "March
2023", "a year ago") becomes the story's reference time; anaphoric expressions ("four months
later", "the next day", "a year earlier", "the quarter") are computed from it.  In the founding
example "a year ago" (2023-03) moves the reference, so "Just four months later" is 2023-07.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from dateline.model import Timex
from dateline.time import calendar as cal
from dateline.time.calendar import Point
from dateline.time.enclosing_happening import month_of_an_enclosing_happening
from dateline.time.lexicon import lexicon
from dateline.time.normalize import Context, normalize
from dateline.time.values import is_comparison
from dateline.time.recognize import recognize
from dateline.time.tense import (absolute_clause, bound_of_a_past_state, month_of_a_past_act, signal_tense,
                                 start_of_a_begun_stretch, tense_from_doc, tense_from_text)

# granularities that can serve as a reference time for later expressions
_REFERENCE_GRANS = {"day", "week", "month", "quarter", "season", "year"}


# "the quarter ended Sept. 29", "the year ending June 30": the date closes the period told of; the
# story stays in that period.
_PERIOD_END = re.compile(r"\b(?:ended|ending|ends|through)\s+$", re.IGNORECASE)


# "After a flat second quarter, the company attributed the gain to ...": in an earnings report (the
# story's time a quarter) a period named as the one its act comes after or before is background to the
# reported quarter, which stays the story's time ("the year-earlier period" later is the reported
# quarter's, a year back).  Not for a story told by days ("After Wednesday's session, the envoys left.
# The next day ..." moves on).
_AFTER_OR_BEFORE = re.compile(r"\b(?:after|before)\s+$", re.IGNORECASE)


# "through the third quarter of 1990", "until 1995", "since 1987": the bound of a state, not a time
# the story moves to (event dating treats these prepositions the same way).
_BOUND = re.compile(r"\b(?:through|throughout|until|till|since)\s+(?:at\s+least\s+)?$", re.IGNORECASE)


# an evening or night value: "...TEV", "...TNI", a clock time from 18:00
_EVENING = re.compile(r"T(?:EV|NI|1[89]|2\d)")


def parse_dct(dct: str | None) -> date | None:
    if not dct:
        return None
    return date.fromisoformat(dct[:10])


def tag_text(text: str, dct: str | None, doc=None) -> list[Timex]:
    """Recognize and normalize every time expression of ``text`` (see :func:`dateline.time.tag`)."""
    dct_date = parse_dct(dct)
    ref: Point | None = None  # None: the story is still at the date line
    ref_is_dct = True
    ref_evening = False
    out: list[Timex] = []
    tenses: list = []  # each output's tense reader (for a range's yearless bounds)
    for cand in recognize(text):
        def tense(c=cand) -> str:
            if doc is not None:
                t = signal_tense(text, c.start) or tense_from_doc(doc, c.start, c.end)
                if t == "future" and bound_of_a_past_state(doc, c.start, c.end):
                    t = "past"  # "They held him until Saturday": the bound of a state gone by
                if t:
                    return t
            return tense_from_text(text, c.start, c.end)

        def month_over(c=cand) -> bool:
            return doc is not None and (month_of_a_past_act(doc, c.start, c.end)
                                        or month_of_an_enclosing_happening(doc, c.start, c.end)) \
                or start_of_a_begun_stretch(text, doc, c.start, c.end)

        ctx = Context(text=text, start=cand.start, end=cand.end, dct=dct_date,
                      ref=None if ref_is_dct else ref, tense=_memo(tense), ref_evening=ref_evening,
                      month_over=month_over, told=out)
        try:
            reading = normalize(cand.kind, cand.reading, ctx)
        except (ValueError, OverflowError):
            # Calendar arithmetic past year 9999 or before year 1 ("ten thousand years from now"):
            # no ISO date can express it, so the expression is dropped rather than sink the article.
            continue
        if reading is None:
            continue
        anchor = reading.anchor
        tenses.append(ctx.tense)
        out.append(Timex(start=cand.start, end=cand.end, text=cand.text, type=reading.type,
                         value=reading.value, anchor=anchor, tid=f"t{len(out) + 1}", mod=reading.mod,
                         granularity=reading.granularity if reading.granularity in cal.ORDER else "unknown"))
        if reading.point is not None and reading.moves_story and reading.type in ("DATE", "TIME") \
                and not (anchor in ("dct", "narrative") and is_comparison(text, cand.start)) \
                and not (ref is not None and ref.gran == "quarter" and _PERIOD_END.search(text, 0, cand.start)) \
                and not (ref is not None and ref.gran == "quarter"
                         and _AFTER_OR_BEFORE.search(text, max(0, cand.start - 10), cand.start)) \
                and not _BOUND.search(text, max(0, cand.start - 30), cand.start) \
                and not (doc is not None and _in_absolute_clause(doc, cand.start, cand.end)) \
                and reading.granularity in _REFERENCE_GRANS:
            ref, ref_is_dct = reading.point, False
            ref_evening = bool(_EVENING.search(reading.value))
    return _weekday_ranges(text, _range_years(text, out, tenses, dct_date), tenses, dct_date)


_YEAR_WRITTEN = re.compile(r"\d{4}|\byear\b", re.IGNORECASE)  # a bound that writes its year
_RANGE_OPEN = {"between": ("and",), "from": ("to", "until", "till", "through", "-", "–", "—")}
_DASHES = ("-", "–", "—")
_MONTH_VALUE = re.compile(r"^(\d{4})-(\d\d)(-\d\d)?$")


def joined_as_range(text: str, a: Timex, b: Timex) -> bool:
    """Are the expressions ``a`` and ``b`` (in that order) the two bounds of one range: "between A and B",
    "from A to/until/through B", or "A-B" (a dash and nothing else between them)?  Read by the tagger (a
    yearless first bound) and by event dating (an event set within a range)."""
    between = text[a.end:b.start].strip().lower()
    before = text[max(0, a.start - 12):a.start].lower().split()
    opener = before[-1] if before else ""
    return (opener in _RANGE_OPEN and between in _RANGE_OPEN[opener]) or between in _DASHES


def _range_years(text: str, out: list[Timex], tenses: list, dct: date | None) -> list[Timex]:
    """The first bound of a range written without its year takes the year the second bound gives:
    "from March to May 2023" is March 2023 (not this year's March), "from November to February 2023"
    November 2022; "between June 3 and August 5, 1998" June 3, 1998.  Only a month or day with no
    year of its own in its words, before "to"/"until"/"through"/"and" (after "from"/"between") or a
    dash and a bound whose words give a year ("2023", "last year"), or two yearless bounds the tagger put
    out of order (:func:`_bounds_out_of_order`)."""
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        ma, mb = _MONTH_VALUE.match(a.value), _MONTH_VALUE.match(b.value)
        if not ma or not mb or _YEAR_WRITTEN.search(a.text):
            continue
        written = _YEAR_WRITTEN.search(b.text)
        if not written and not _bounds_out_of_order(ma, mb):
            continue
        if not joined_as_range(text, a, b):
            continue
        if not written and tenses[i + 1]() != "past" and dct is not None \
                and _months_off(int(ma.group(1)), ma, mb, dct) < _months_off(int(mb.group(1)), ma, mb, dct):
            # "The cane crush runs from June to December", "sales from April to June are expected" in an
            # April story: outside the past, the range nearest the date line, here the first bound's year
            out[i + 1] = replace(b, value=f"{ma.group(1)}{b.value[4:]}")
            continue
        year = int(mb.group(1)) - (1 if int(ma.group(2)) > int(mb.group(2)) else 0)
        if year != int(ma.group(1)):
            out[i] = replace(a, value=f"{year:04d}{a.value[4:]}")
    return out


_DAY_VALUE = re.compile(r"^(\d{4}-\d\d-\d\d)(.*)$")


def _weekday_ranges(text: str, out: list[Timex], tenses: list, dct: date | None = None) -> list[Timex]:
    """A range of two bare weekdays runs forward ("from Monday to Thursday", "between Tuesday and
    Saturday", "Friday-Sunday"), but the tagger reads each bound alone, so in a Wednesday story "will run
    from Tuesday to Friday" held the coming Tuesday and the Friday before it (and the event a month).  Outside
    the past the first bound is kept (the range starts at the next such day) and the second moved on a week.
    A past clause is left alone: on fresh news its reversed ranges were stories dated before the days they
    tell ("were killed between Friday evening and Monday morning" under a Sunday date line), where moving
    the first bound back a week made both bounds wrong.  But not when the past range's first bound is the
    date line's own day: "met from Monday to Wednesday" in a Monday story read today's Monday (a bare
    weekday of the past may be today) and last Wednesday; a past stretch that began today cannot have ended
    on a day before it, so it is last week's Monday to Wednesday."""
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        da, db = _DAY_VALUE.match(a.value), _DAY_VALUE.match(b.value)
        if not da or not db or da.group(1) <= db.group(1):
            continue
        if not (_bare_weekday(a.text) and _bare_weekday(b.text)) or not joined_as_range(text, a, b):
            continue
        if tenses[i + 1]() != "past":
            out[i + 1] = replace(b, value=_days_later(db, 7))
        elif dct is not None and da.group(1) == dct.isoformat():
            out[i] = replace(a, value=_days_later(da, -7))
    return out


def _bare_weekday(words: str) -> bool:
    """A weekday with nothing but a part of the day ("Monday", "Friday night"): no date, no "next"/"last"."""
    first = words.split()[0].lower().rstrip(".,") if words.split() else ""
    return first in lexicon().weekdays and not re.search(r"\d", words)


def _days_later(match, days: int) -> str:
    day = date.fromisoformat(match.group(1)) + timedelta(days=days)
    return day.isoformat() + match.group(2)


def _bounds_out_of_order(ma, mb) -> bool:
    """Two yearless bounds in calendar order ("between May and July") that the tagger put in different
    years, the first after the second: each was read alone (May as the nearest one, weeks after the
    date line; July by the past tense, last year's), but a range runs forward, so both bounds lie in one
    year.  In a past clause the second bound's year is kept, as for a second bound that writes its year
    (in a story of mid-March, "Between May and July, the army lost 300 soldiers" is May-July of last
    year); otherwise the one of the two years whose range lies nearest the date line ("runs from June
    to December" in April: this year's)."""
    return ma.group(1) > mb.group(1) and int(ma.group(2)) <= int(mb.group(2))


def _months_off(year: int, ma, mb, dct: date) -> int:
    """How many months the range from month ``ma`` to month ``mb``, both in ``year``, lies from the date
    line's month (0 when it holds it)."""
    first, last, now = year * 12 + int(ma.group(2)), year * 12 + int(mb.group(2)), dct.year * 12 + dct.month
    return 0 if first <= now <= last else min(abs(first - now), abs(last - now))


def _in_absolute_clause(doc, start: int, end: int) -> bool:
    """"..., with the death toll rising to 22 people on Monday": a circumstance, not the story's
    new time (:func:`dateline.time.tense.absolute_clause`)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and absolute_clause(span.root)


def _memo(fn):
    cache: list[str] = []

    def call() -> str:
        if not cache:
            cache.append(fn())
        return cache[0]
    return call
