"""Normalization: a recognized expression -> TIMEX3 type, value, mod and granularity.

Values are computed against the document creation time (DCT, the date line) for deictic
expressions ("yesterday", "last week", "a year ago", a bare "Saturday") and against the narrative
reference time (:class:`Context.ref`, kept by :mod:`dateline.time.anchoring`) for anaphoric ones
("four months later", "the next day", "the quarter").  Without a DCT a relative expression keeps
X placeholders (``XXXX-WXX-6``) and says ``anchor="none"``: dateline never invents a date line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from dateline.time import calendar as cal
from dateline.time.lexicon import lexicon, spoken_number
from dateline.time.that_year import antecedent_year
from dateline.time.relative import (n_deictic, n_dow, n_offset, n_partref, n_relunit, n_season, n_then, n_yearend,
                                    n_yearrel)
from dateline.time.values import (Context, Reading, clean_text, duration_value, pattern, point_reading,
                                  position_modifier, quantity_of, safe_date, text_modifier, unknown_reading,
                                  year_of)

__all__ = ["Context", "Reading", "normalize", "NORMALIZERS"]


def n_iso(low: str, ctx: Context) -> Reading | None:
    d = safe_date(int(low[:4]), int(low[5:7]), int(low[8:10]))
    if d is None:
        return None
    if "t" in low:
        return Reading("TIME", low[:10] + "T" + low[11:16], None, "day", "absolute", cal.truncate(d, "day"))
    return point_reading(d, "day", "absolute")

def n_numeric(low: str, ctx: Context) -> Reading | None:
    mo, dd, yy = (int(x) for x in low.split("/"))
    if yy < 100:
        pivot = (ctx.dct.year % 100 + 10) if ctx.dct else 30
        yy += 1900 if yy > pivot else 2000
    d = safe_date(yy, mo, dd)
    return point_reading(d, "day", "absolute") if d else None

def _month_day_year(low: str, ctx: Context, kind_gran: str | None = None) -> Reading | None:
    lex = lexicon()
    mm = pattern("month").search(low)
    if not mm:
        return None
    month = lex.months[mm.group(1)]
    year = year_of(low)
    rest = low[mm.end():]
    before = low[:mm.start()]
    day = None
    dm = re.match(r"\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)", rest) or \
        re.search(r"(?:^|\s)(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?$", before)
    if dm:
        day = int(dm.group(1))
    else:
        om = re.match(r"\s+(?:the\s+)?(\w+(?:-\w+)?)", rest)
        if om and om.group(1) in lex.ordinals and lex.ordinals[om.group(1)] > 0:
            day = lex.ordinals[om.group(1)]
    mod = position_modifier(before)
    anchor = "absolute"
    if year is None and day:  # "March 3 to 5, 2021": the year closes the range
        ym = re.match(r",?\s+(?:and|or|to|through|until|-)\s+\d{1,2}(?:st|nd|rd|th)?,?\s+((?:1\d|20)\d\d)\b",
                      ctx.text[ctx.end:ctx.end + 30])
        if ym and low == clean_text(ctx.text[ctx.start:ctx.end]):
            year = int(ym.group(1))
    if year is None:
        rel = re.search(r"\b(this|last|next|that|following|previous)\s+year\b", low)
        if rel and ctx.dct:
            base = ctx.ref.day.year if rel.group(1) in ("that", "following", "previous") and ctx.ref else ctx.dct.year
            year = base + {"this": 0, "that": 0, "last": -1, "previous": -1, "next": 1, "following": 1}[rel.group(1)]
            anchor = "dct"
        elif re.search(r"\b(?:last|this past)\s+" + mm.group(1), low) and ctx.dct:
            year = ctx.dct.year if month < ctx.dct.month else ctx.dct.year - 1
            if day is None and month == ctx.dct.month - 1 and low.lstrip().startswith("last") \
                    and not re.search(r"\bthe\s+$", ctx.text[max(0, ctx.start - 8):ctx.start], re.I):
                # "two helicopters crashed last February" in a March story: the month just gone is
                # "last month"; a writer who names it means the one of the year before (session 18);
                # not "in the last April fool"
                year -= 1
            anchor = "dct"
        elif re.search(r"\bthis\s+" + mm.group(1), low) and ctx.dct:
            year, anchor = ctx.dct.year, "dct"
        elif re.search(r"\bthat\s+" + mm.group(1), low) and \
                ((named := antecedent_year(ctx.text, ctx.start, ctx.told, ctx.dct)) is not None or ctx.ref is not None):
            # "The minister resigned in October. That December, ...": the month of the year the story is in,
            # or of the year the sentence before resolves to ("until the following year. That February")
            year, anchor = (named if named is not None else ctx.ref.day.year), "narrative"
        elif re.search(r"\b(?:next|this coming)\s+" + mm.group(1), low) and ctx.dct:
            year = ctx.dct.year if month > ctx.dct.month else ctx.dct.year + 1
            anchor = "dct"
        elif ctx.dct:
            wm = pattern("dow").search(low)
            weekday = lex.weekdays[wm.group(1)] if wm else None
            # (a day too: "since May 2" has begun, :func:`dateline.time.tense.start_of_a_begun_stretch`)
            over = ctx.month_over is not None and ctx.month_over()
            year = cal.year_for(ctx.dct, month, day, "over" if over else ctx.tense(), weekday)
            anchor = "dct"
        else:
            if day:
                return unknown_reading(f"XXXX-{month:02d}-{day:02d}", "day", mod=mod)
            return unknown_reading(f"XXXX-{month:02d}", "month", mod=mod)
    if day:
        d = safe_date(year, month, day)
        if d is None:
            return None
        return point_reading(d, "day", anchor, mod=mod)
    return point_reading(date(year, month, 1), "month", anchor, mod=mod)

def n_date(low: str, ctx: Context) -> Reading | None:
    return _month_day_year(low, ctx)

def n_dayconj(low: str, ctx: Context) -> Reading | None:
    """"April 24 and 25": the second day takes the first one's month (and year)."""
    m = re.match(r"(.+?)\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:and|or|to|through|until|-)\s+(\d{1,2})(?:st|nd|rd|th)?"
                 r"(,?\s+\d{4})?", low)
    if not m:
        return None
    return _month_day_year(f"{m.group(1)} {m.group(2)}{m.group(3) or ''}", ctx)


n_month = n_date


def n_weekof(low: str, ctx: Context) -> Reading | None:
    """"the week of March 6": the ISO week that holds the day."""
    day = _month_day_year(low.split(" of ", 1)[1], ctx)
    if day is None:
        return None
    if day.point is None:  # no date line to give the year
        return unknown_reading("XXXX-WXX", "week")
    return point_reading(day.point.day, "week", day.anchor)

def n_year(low: str, ctx: Context) -> Reading | None:
    year = year_of(low)
    if year is None:
        return None
    mod = position_modifier(low)
    m = re.search(r"or (later|after|beyond)|and beyond", low)
    if m:
        mod = "ON_OR_AFTER"
    elif re.search(r"or (earlier|before)", low):
        mod = "ON_OR_BEFORE"
    elif low.startswith("post-"):
        mod = "AFTER"
    elif low.startswith("pre-"):
        mod = "BEFORE"
    return point_reading(date(year, 1, 1), "year", "absolute", mod=mod)

_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}


def n_decade(low: str, ctx: Context) -> Reading | None:
    wm = re.search(r"(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$", low)
    if wm:  # "the nineties": the last such decade before the date line (1990s from a 1998 story)
        base = ctx.dct.year if ctx.dct else 1999
        dec = base // 100 * 10 + _DECADE_WORDS[wm.group(1)]
        if dec * 10 > base or "nineteen" in low:
            dec = 190 + _DECADE_WORDS[wm.group(1)] if "nineteen" in low else dec - 10
        return Reading("DATE", f"{dec:03d}", position_modifier(low), "decade", "absolute",
                       cal.truncate(date(dec * 10, 1, 1), "decade"))
    m = re.search(r"(\d{2,4})0s", low)
    if not m:
        return None
    digits = m.group(1)
    if len(digits) == 1:  # '90s
        base = ctx.dct.year if ctx.dct else 2000
        century = base // 100 if int(digits) * 10 <= base % 100 else base // 100 - 1
        dec = century * 10 + int(digits)
    elif len(digits) == 3:
        dec = int(digits)
        if digits.endswith("0") and re.search(r"\d00s", low) and dec != 200:  # "the 1800s" = a century
            return Reading("DATE", f"{dec // 10:02d}", position_modifier(low), "century", "absolute",
                           cal.truncate(date(dec * 10, 1, 1), "century"))
    else:
        return None
    return Reading("DATE", f"{dec:03d}", position_modifier(low), "decade", "absolute",
                   cal.truncate(date(dec * 10 or 1, 1, 1), "decade"))

def n_century(low: str, ctx: Context) -> Reading | None:
    m = re.search(r"(\d{1,2})(?:st|nd|rd|th)", low)
    if m:
        n = int(m.group(1))
    else:
        om = pattern("ord").search(low)
        if not om:
            return None
        n = lexicon().ordinals[om.group(1)]
    if n <= 0:
        return None
    return Reading("DATE", f"{n - 1:02d}", position_modifier(low), "century", "absolute",
                   cal.truncate(date(max(1, (n - 1) * 100), 1, 1), "century"))

def n_duration(low: str, ctx: Context) -> Reading | None:
    if re.search(r"-?long$", low) and not re.search(r"\d|one|two|three|four|five|six|seven|eight|nine|ten", low):
        um = pattern("unit").search(low) or re.match(r"(year|decade|month|week|day|hour)(?=long)", low)
        if not um:
            return None
        unit = "century" if um.group(1).startswith("centur") else um.group(1)
        plural = low[um.end() - 1] == "s" if um.end() <= len(low) else False
        return Reading("DURATION", duration_value(None if plural else 1.0, unit), None, "unknown", "absolute")
    low = re.sub(r"[\s-]+long$", "", low)
    m = re.match(r"(?:(.+?)\s+)?(\S+)\s+(?:to|or)\s+(\S+)[\s-]+(\w+)$", low)
    if m and spoken_number(m.group(2)) is not None and spoken_number(m.group(3)) is not None:
        unit = m.group(4).rstrip("s") if m.group(4).rstrip("s") in lexicon().units else None
        if unit is None:
            return None
        return Reading("DURATION", duration_value(None, unit), text_modifier(low), "unknown", "absolute")
    n, unit = quantity_of(low)
    if unit is None:
        return None
    if re.search(r"\bor\s+(?:so|two|more|less|longer)$", low) and n is not None:
        mod = "APPROX" if "or so" in low or "or two" in low else ("EQUAL_OR_MORE" if "more" in low or "longer" in low else "EQUAL_OR_LESS")
        return Reading("DURATION", duration_value(n, unit), mod, "unknown", "absolute")
    return Reading("DURATION", duration_value(n, unit), text_modifier(low), "unknown", "absolute")

def n_duration_bare(low: str, ctx: Context) -> Reading | None:
    n, unit = quantity_of(low)
    if unit is None:
        return None
    if re.match(r"(?:the\s+)?recent\s", low):  # "in recent years": a vague past (TempEval-3)
        return Reading("DATE", "PAST_REF", None, "unknown", "dct" if ctx.dct else "none")
    return Reading("DURATION", duration_value(None, unit), None, "unknown", "absolute")

def n_time(low: str, ctx: Context) -> Reading | None:
    lex = lexicon()
    mod = text_modifier(low)
    m = re.search(r"(\d{1,2})(?::(\d\d))?\s*(a\.?m\.?|p\.?m\.?|o'clock)?", low)
    hour = minute = None
    if re.search(r"\bnoon\b|\bmidday\b", low):
        hour, minute = 12, 0
    elif "midnight" in low:
        hour, minute = 24, 0
    elif m:
        hour = int(m.group(1))
        minute = int(m.group(2) or 0)
        ampm = (m.group(3) or "").replace(".", "")
        if "in the" in low:
            ampm = "pm" if re.search(r"afternoon|evening", low) else "am"
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if hour > 24 or minute > 59:
            return None
    if hour is None:
        return None
    # the day: an explicit one in the span, else the narrative day, else the DCT
    day: date | None = None
    anchor = "dct"
    wm = pattern("dow").search(low)
    mm = pattern("month").search(low)
    if mm and re.search(r"\d", low[mm.end():]):
        r = _month_day_year(low[mm.start():], ctx)
        day = r.point.day if r and r.point else None
    elif wm and ctx.dct:
        day = cal.weekday_near(ctx.dct, lex.weekdays[wm.group(1)], ctx.tense())
    elif "yesterday" in low and ctx.dct:
        day = ctx.dct - cal.relativedelta(days=1)
    elif "tomorrow" in low and ctx.dct:
        day = ctx.dct + cal.relativedelta(days=1)
    elif ctx.ref is not None and ctx.ref.gran == "day":
        day, anchor = ctx.ref.day, "narrative"
    elif ctx.dct:
        day = ctx.dct
    clock = f"T{hour:02d}:{minute:02d}"
    if day is None:
        return Reading("TIME", "XXXX-XX-XX" + clock, mod, "day", "none")
    return Reading("TIME", day.isoformat() + clock, mod, "day", anchor, cal.truncate(day, "day"))

def n_quarter(low: str, ctx: Context) -> Reading | None:
    lex = lexicon()
    qm = re.search(r"\b(?:q([1-4])|([1-4])q|h([12]))\b", low)
    half = "half" in low or "two quarters" in low or (qm is not None and qm.group(3) is not None)
    n = None
    if qm:
        n = int(qm.group(1) or qm.group(2) or qm.group(3))
    else:
        # "last" in "period last year" or "last year's quarter" is no ordinal
        head = re.sub(r"\b(?:last|next|this)\s+year's\s+", "", re.split(r"\b(?:quarter|half|period)\b", low)[0])
        om = pattern("ord").search(head)
        if om:
            n = lex.ordinals[om.group(1)]
            if n == -1:
                n = 2 if half else 4
    year = year_of(low)
    unit_gran = "quarter"
    if year is None:
        if ctx.dct is None:
            return unknown_reading(f"XXXX-{'H' if half else 'Q'}{n or 'X'}", unit_gran)
        if re.search(r"\blast year\b|year-earlier|year-ago|a year (?:ago|earlier)", low):
            base = ctx.ref if (ctx.ref and ctx.ref.gran == "quarter" and n is None) else None
            if base is not None:
                return replace(point_reading(cal.shift(base.day, -1, "year"), "quarter", "narrative"), moves_story=False)
            if n is None:
                last = cal.shift(cal.truncate(ctx.dct, "quarter").day, -1, "quarter")
                return replace(point_reading(cal.shift(last, -1, "year"), "quarter", "dct"), moves_story=False)
            year = ctx.dct.year - 1
        elif "next year's" in low or "of next year" in low:
            year = ctx.dct.year + 1
        elif n is not None and re.search(r"\bof (?:this|the) year\b|this year's", low):
            # "the second half of the year": the story's year, else the date line's
            year = ctx.ref.day.year if "the year" in low and ctx.ref is not None else ctx.dct.year
        elif n is None:
            if re.search(r"\bthis\b", low) and ctx.ref is not None and ctx.ref.gran == "quarter":
                return Reading("DATE", ctx.ref.value, None, "quarter", "narrative", ctx.ref)  # the reported one
            if re.search(r"\b(?:current|this)\b", low):
                return point_reading(ctx.dct, "quarter", "dct")
            if ctx.ref is None or ctx.ref.gran != "quarter":
                return point_reading(cal.shift(cal.truncate(ctx.dct, "quarter").day, -1, "quarter"), "quarter", "dct")
            return Reading("DATE", ctx.ref.value, None, "quarter", "narrative", ctx.ref)
        else:
            year = ctx.dct.year
            current = (ctx.dct.month - 1) // 3 + 1
            if not half and n > current and ctx.tense() != "future":
                year -= 1
            if half and n == 2 and ctx.dct.month <= 6 and ctx.tense() != "future":
                year -= 1
    elif n is None:  # "the 1988 period", "the 1989 quarter": the reference quarter in that year
        if ctx.ref is not None and ctx.ref.gran == "quarter":
            return point_reading(ctx.ref.day.replace(year=year), "quarter", "narrative")
        return point_reading(date(year, 1, 1), "year", "absolute")
    if half:
        return Reading("DATE", f"{year}-H{n}", None, "quarter", "absolute" if year_of(low) else "dct",
                       cal.Point(date(year, 1 if n == 1 else 7, 1), "quarter"))
    return point_reading(date(year, 3 * n - 2, 1), "quarter", "absolute" if year_of(low) else "dct")

def n_set(low: str, ctx: Context) -> Reading | None:
    lex = lexicon()
    if low in lex.set_adverbs:
        return Reading("SET", lex.set_adverbs[low], None, "unknown", "absolute")
    wm = pattern("dow").search(low)
    if wm:
        return Reading("SET", f"XXXX-WXX-{lex.weekdays[wm.group(1)]}", None, "unknown", "absolute")
    mm = pattern("month").search(low)
    if mm and low.split()[-1].rstrip(".") in lex.months:
        return Reading("SET", f"XXXX-{lex.months[mm.group(1)]:02d}", None, "unknown", "absolute")
    pm = pattern("part").search(low)
    if pm and not pattern("unit").search(low):
        return Reading("SET", f"XXXX-XX-XXT{lex.parts_of_day[pm.group(1)]}", None, "unknown", "absolute")
    sm = pattern("season").search(low)
    if sm:
        return Reading("SET", f"XXXX-{lex.seasons[sm.group(1)]}", None, "unknown", "absolute")
    um = pattern("unit").search(low)
    if not um:
        return None
    unit = "century" if um.group(1).startswith("centur") else um.group(1)
    n = 1.0
    m = re.match(r"(?:every|each)\s+(?:other\s+)?(.+?)\s+\w+$", low)
    if m:
        n = spoken_number(m.group(1)) or 1.0
    if "every other" in low:
        n = 2.0
    return Reading("SET", duration_value(n, unit), None, "unknown", "absolute")

_ADJ_VAGUE = {"current": "PRESENT_REF", "recent": "PAST_REF"}

def n_vague(low: str, ctx: Context) -> Reading | None:
    value = lexicon().vague.get(low) or _ADJ_VAGUE.get(low)
    if value is None:
        return None
    return Reading("DATE", value, None, "unknown", "dct" if ctx.dct else "none")

def n_holiday(low: str, ctx: Context) -> Reading | None:
    lex = lexicon()
    hm = pattern("holiday").search(low)
    if not hm:
        return None
    spec = lex.holidays[re.sub(r"\s+", " ", hm.group(1))]
    year = year_of(low)
    anchor = "absolute"
    # "Easter week", "Thanksgiving week": the ISO week that holds the holiday (TimeML: "Easter week" 2000-W16)
    gran = "week" if re.search(r"\bweek$", low) else "day"
    if year is None:
        if ctx.dct is None:
            if gran == "week":
                return unknown_reading("XXXX-WXX", "week")
            return unknown_reading(f"XXXX-{spec}" if re.fullmatch(r"\d\d-\d\d", spec) else "XXXX-XX-XX", "day")
        anchor = "dct"
        year = ctx.dct.year
        this = cal.holiday(spec, year)
        # the week is past once it has begun ("as Easter week began" on its Monday), the day once it is here
        start = this - timedelta(days=this.weekday()) if gran == "week" else this
        end = start + timedelta(days=6) if gran == "week" else this
        rel = low[:hm.start()].strip()
        tense = "past" if rel == "last" else "future" if rel == "next" else ctx.tense()
        if tense == "past" and start > ctx.dct:
            year -= 1
        elif tense == "future" and end < ctx.dct:
            year += 1
    return point_reading(cal.holiday(spec, year), gran, anchor)

NORMALIZERS: dict[str, Callable[[str, Context], Reading | None]] = {
    "iso": n_iso, "numeric": n_numeric, "date": n_date, "weekof": n_weekof, "month": n_month, "year": n_year,
    "decade": n_decade, "century": n_century, "dow": n_dow, "deictic": n_deictic, "partref": n_partref, "relunit": n_relunit,
    "offset": n_offset, "duration": n_duration, "duration_bare": n_duration_bare, "time": n_time,
    "quarter": n_quarter, "set": n_set, "yearrel": n_yearrel, "then": n_then, "dayconj": n_dayconj, "yearend": n_yearend, "vague": n_vague, "season": n_season, "holiday": n_holiday,
}

def normalize(kind: str, text: str, ctx: Context) -> Reading | None:
    """The TIMEX3 reading of a recognized expression, or None when it is not a time after all."""
    return NORMALIZERS[kind](clean_text(text), ctx)
