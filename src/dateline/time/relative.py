"""Normalizers of relative expressions: weekdays, deictic words ("yesterday", "this evening"),
relative units ("last week", "the following year"), offsets ("a year ago", "four months later"),
seasons, and the earnings-report comparisons ("year-earlier").  They read the date line and the
narrative reference time of :class:`~dateline.time.values.Context`."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dateline.time import calendar as cal
from dateline.time.lexicon import lexicon
from dateline.time.recognize import sentence_start
from dateline.time.that_year import antecedent_year
from dateline.time.values import (Context, Reading, duration_value, pattern, point_reading, position_modifier,
                                  quantity_of, text_modifier, unit_granularity, unknown_point, unknown_reading,
                                  year_of)


def _with_part(d: date | None, part: str | None, anchor: str, mod: str | None, typ: str = "TIME") -> Reading:
    lex = lexicon()
    if part is None:
        if d is None:
            return unknown_reading("XXXX-XX-XX", "day", mod=mod)
        return point_reading(d, "day", anchor, mod=mod)
    code = lex.parts_of_day[part]
    if d is None:
        return unknown_reading(f"XXXX-XX-XXT{code}", "day", typ, mod)
    return Reading(typ, f"{d.isoformat()}T{code}", mod, "day", anchor, cal.truncate(d, "day"))

def n_dow(low: str, ctx: Context) -> Reading | None:
    lex = lexicon()
    wm = pattern("dow").search(low)
    if not wm:
        return None
    wd = lex.weekdays[wm.group(1)]
    pm = pattern("part").search(low, wm.end())
    part = pm.group(1) if pm else None
    plural = re.search(r"\b(morning|afternoon|evening|night)s\b", low)
    if plural:
        part = plural.group(1)
    else:  # "on Monday and Tuesday nights": the first weekday shares the plural
        plural = re.match(r"\s+(?:and|or)\s+\w+day\s+((?:morning|afternoon|evening|night))s\b",
                          ctx.text[ctx.end:ctx.end + 40], re.IGNORECASE)
        if plural:
            part = plural.group(1).lower()
    if plural:  # "Tuesday nights": every Tuesday night
        code = f"XXXX-WXX-{wd}" + (f"T{lex.parts_of_day[part]}" if part else "")
        return Reading("SET", code, None, "unknown", "absolute")
    before = low[:wm.start()]
    mod = position_modifier(before)
    if ctx.dct is None:
        code = f"XXXX-WXX-{wd}"
        return unknown_reading(code + (f"T{lex.parts_of_day[part]}" if part else ""), "day", "DATE", mod)
    if re.search(r"\bthe\s+(?:previous|preceding|following)\b", before):
        # "down 4.5% from the previous Friday": the weekday before (after) the story's day, the
        # date line's while the story has no day of its own (TIMEX3: anaphoric, anchored on the
        # reference time)
        on_story_day = ctx.ref is not None and ctx.ref.gran == "day"
        base = ctx.ref.day if on_story_day else ctx.dct
        if "following" in before:
            d = cal.weekday_near(base + cal.relativedelta(days=1), wd, "future")
        else:
            d = cal.weekday_near(base - cal.relativedelta(days=1), wd, "past")
        return _with_part(d, part, "narrative" if on_story_day else "dct", mod, "DATE")
    if re.search(r"\b(?:last|this past)\b", before):
        d = cal.weekday_near(ctx.dct - cal.relativedelta(days=1), wd, "past")
    elif re.search(r"\b(?:next|this coming|coming)\b", before):
        d = cal.weekday_near(ctx.dct + cal.relativedelta(days=1), wd, "future")
    else:
        # "Wednesday's ruling", "Thursday's closing price": a possessive weekday names a past event
        tense = "past" if re.search(r"day(?:'|\u2019)s\b", low) else ctx.tense()
        d = cal.weekday_near(ctx.dct, wd, tense)
    # TempEval-3 annotates "Friday night" as a DATE with a part-of-day value
    return _with_part(d, part, "dct", mod, "DATE")

def n_deictic(low: str, ctx: Context) -> Reading | None:
    mod = None
    first = low.split()[0]
    if first in ("early", "earlier"):
        mod = "START"
    elif first in ("late", "later"):
        mod = "END"
    if "mid-" in low or low.startswith("mid"):
        mod = "MID"
    offset = 0
    if "day before yesterday" in low:
        offset = -2
    elif "day after tomorrow" in low:
        offset = 2
    elif "yesterday" in low:
        offset = -1
    elif "tomorrow" in low:
        offset = 1
    pm = None
    for m in pattern("part").finditer(low):
        pm = m
    part = pm.group(1) if pm else None
    if "tonight" in low or "overnight" in low:
        part = "night"
    if re.search(r"\blast\s+night\b", low):
        offset, part = -1, "night"
    if re.search(r"\blast\s+(?:evening|afternoon|morning)\b", low):
        offset = -1
    if low.strip() == "overnight" and ctx.ref is not None and ctx.ref.gran == "day":
        # "closed lower Friday ... depressed initially by overnight losses in New York": not a
        # deictic of the date line but the night before the story's day; after an evening of the
        # story ("Tuesday evening around 7 p.m. ... contacted authorities overnight") that evening's
        # night.  The story stays on its day.
        night = ctx.ref.day if ctx.ref_evening else ctx.ref.day - cal.relativedelta(days=1)
        return replace(_with_part(night, "night", "narrative", mod), moves_story=False)
    d = ctx.dct + cal.relativedelta(days=offset) if ctx.dct else None
    if part in ("noon", "midnight", "midday"):
        r = _with_part(d, part, "dct", mod)
        return r
    return _with_part(d, part, "dct", mod)

_INSIDE = ("day", "week", "month")


def _inside(base: cal.Point, gran: str, mod: str | None) -> Reading:
    """A day, week or month somewhere in a coarser story time: its known digits and X for the rest
    (1998-10-XX, 1998-WXX); it does not move the story."""
    year = f"{base.day.year:04d}"
    value = {"day": f"{year}-{base.day.month:02d}-XX" if base.gran == "month" else f"{year}-XX-XX",
             "week": f"{year}-WXX", "month": f"{year}-XX"}[gran]
    return Reading("DATE", value, mod, gran, "narrative", None)


def n_partref(low: str, ctx: Context) -> Reading | None:
    """"the next morning", "that night", "later that evening": a part of the story's day (the date
    line's day while the story has no day of its own)."""
    pm = None
    for m in pattern("part").finditer(low):
        pm = m
    if pm is None:
        return None
    first = low.split()[0]
    mod = "START" if first in ("early", "earlier") else "END" if first in ("late", "later") else None
    offset = 1 if re.search(r"\b(?:next|following)\b", low) else -1 if "previous" in low else 0
    if ctx.ref is not None and ctx.ref.gran == "day":
        base, anchor = ctx.ref.day, "narrative"
    elif ctx.dct is not None:
        base, anchor = ctx.dct, "dct"
    else:
        return _with_part(None, pm.group(1), "none", mod)
    return _with_part(base + cal.relativedelta(days=offset), pm.group(1), anchor, mod)

_REL_DCT = {"this": 0, "current": 0, "present": 0, "the current": 0, "the present": 0, "last": -1,
            "past": -1, "this past": -1, "the past": -1, "the last": -1, "next": 1,
            "coming": 1, "this coming": 1, "the coming": 1, "the latest": -1,
            # anaphoric words when the story has no time of its own yet: the date line stands in
            "the next": 1, "the following": 1, "following": 1, "the previous": -1, "previous": -1,
            "the preceding": -1, "the prior": -1,
            "the full": 0}  # "sales for the full year"

_REL_REF = {"that": 0, "the same": 0, "same": 0, "the following": 1, "following": 1, "the next": 1,
            "the previous": -1, "previous": -1, "the preceding": -1, "the prior": -1, "the": 0}

def _opens_a_sentence(ctx: Context) -> bool:
    """The expression begins its sentence ("That year, rebels seized the north")."""
    return sentence_start(ctx.text, ctx.start)


def n_relunit(low: str, ctx: Context) -> Reading | None:
    lex = lexicon()
    mod = position_modifier(low)
    low2 = re.sub(r"^(?:(?:early|late|mid|the middle of|the end of|the beginning of|the start of|the turn of|"
                  r"the close of|earlier|later|sometime|as early as)\s+)", "", low)
    low2 = re.sub(r"^in\s+", "", low2)
    if low.startswith(("earlier", "later")):
        mod = "START" if low.startswith("earlier") else "END"
    m = re.match(r"(?:the\s+)?(\w+)\s+(before|after)$", low2)
    if m:  # "the day before": anaphoric
        unit = m.group(1)
        if unit not in lex.units or ctx.ref is None:
            return None if unit not in lex.units else unknown_reading("XXXX-XX-XX", "day")
        gran = unit_granularity(unit)
        if gran in _INSIDE and cal.finer(gran, ctx.ref.gran) and ctx.ref.gran in ("month", "quarter", "season", "year"):
            return _inside(ctx.ref, gran, mod)  # "the day before" a time known only to the year
        d = cal.shift(ctx.ref.day, -1 if m.group(2) == "before" else 1, gran if gran != "season" else "month")
        return point_reading(d, gran, "narrative", mod=mod)
    sm = pattern("season").search(low2)
    um = pattern("unit").search(low2)
    word = (sm or um).group(1) if (sm or um) else None
    if word is None:
        return None
    rel = low2[:(sm or um).start()].strip()
    if "fiscal" in rel:
        rel = rel.replace("fiscal", "").strip()
        word = "year"
    if sm:
        code = lex.seasons[word]
        return _season(rel, code, ctx, mod)
    unit = word
    if unit not in lex.units:
        return None
    gran = unit_granularity(unit)
    if unit == "weekend":
        return _weekend(rel, ctx, mod)
    if rel == "that" and gran == "year" and _opens_a_sentence(ctx):
        named = antecedent_year(ctx.text, ctx.start, ctx.told, ctx.dct)
        if named is not None:  # "... until 2001. That year, he returned": the year named last
            return point_reading(date(named, 1, 1), "year", "narrative", mod=mod)
    if rel in _REL_REF and not (rel in ("the next", "the following", "the previous") and ctx.ref is None):
        base = ctx.ref
        if base is None or cal.finer(base.gran, gran) is False and base.gran != gran and gran != "day":
            base = base if base is not None else None
        if base is None:
            if ctx.dct is None:
                return unknown_reading("XXXX", gran)
            if rel == "that" and _opens_a_sentence(ctx):
                return None  # "That year, he returned": a time the story has not set (a bound, a clause) - not now
            base = cal.truncate(ctx.dct, "day")
            anchor = "dct"
        else:
            anchor = "narrative"
        if rel == "the" and gran == "day":
            return None
        if anchor == "narrative" and gran in _INSIDE and \
                base.gran in ("month", "quarter", "season", "year") and cal.finer(gran, base.gran):
            return _inside(base, gran, mod)  # "that same day" after "in October": not its first day
        if rel == "the" and gran == "year" and re.match(r"\s*(?:ended|ending|to\b)", ctx.text[ctx.end:ctx.end + 8]):
            return Reading("DURATION", "P1Y", None, "unknown", "absolute")  # "the year ended June 30"
        d = cal.shift(base.day, _REL_REF[rel], gran) if gran != "season" else base.day
        return point_reading(d, gran, anchor, mod=mod)
    if ctx.dct is None:
        return unknown_reading({"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX", "quarter": "XXXX-QX"}.get(gran, "XXXX-XX-XX"), gran)
    step = _REL_DCT.get(rel)
    if step is None:
        return None
    if gran == "day" and rel in ("last", "this", "the past", "the last", "past"):
        return None  # "last day", "the past day": not a calendar day
    if gran in ("decade", "century") and rel in ("the past", "past"):
        return Reading("DURATION", duration_value(1, unit), mod, "unknown", "absolute")  # "over the past decade"
    if rel == "this" and gran == "quarter" and ctx.ref is not None and ctx.ref.gran == "quarter":
        return Reading("DATE", ctx.ref.value, mod, "quarter", "narrative", ctx.ref)  # the quarter reported on
    if rel == "the latest" and gran == "quarter":
        d = cal.shift(cal.truncate(ctx.dct, "quarter").day, -1, "quarter")
        return point_reading(d, gran, "dct", mod=mod)
    d = cal.shift(ctx.dct, step, gran)
    return point_reading(d, gran, "dct", mod=mod)

def _weekend(rel: str, ctx: Context, mod: str | None) -> Reading | None:
    if ctx.dct is None:
        return unknown_reading("XXXX-WXX-WE", "week")
    if rel in ("last", "the past", "this past", "past", "the last"):
        base = ctx.dct - cal.relativedelta(days=7 if ctx.dct.isoweekday() >= 6 else ctx.dct.isoweekday())
    elif rel in ("next", "the coming", "this coming", "coming", "the next"):
        base = ctx.dct + cal.relativedelta(days=7)
    elif ctx.tense() == "past" and ctx.dct.isoweekday() < 6:
        base = ctx.dct - cal.relativedelta(days=7)
    else:
        base = ctx.dct
    y, w, _ = base.isocalendar()
    return Reading("DATE", f"{y}-W{w:02d}-WE", mod, "week", "dct", cal.truncate(base, "week"))

def _season(rel: str, code: str, ctx: Context, mod: str | None, year: int | None = None) -> Reading | None:
    if year is not None:
        d = date(year, cal.SEASON_START[code], 1)
        return Reading("DATE", f"{year}-{code}", mod, "season", "absolute", cal.Point(d, "season", code))
    if ctx.dct is None:
        return unknown_reading(f"XXXX-{code}", "season", mod=mod)
    this_year = ctx.dct.year
    start_this = date(this_year, cal.SEASON_START[code], 1)
    if rel in ("last", "this past", "the past", "past", "the last"):
        year = this_year if start_this < cal.truncate(ctx.dct, "season").day else this_year - 1
    elif rel in ("next", "this coming", "the coming", "coming"):
        year = this_year if start_this > ctx.dct else this_year + 1
    elif rel in ("this", "current", "the current"):
        year = this_year
    elif rel in ("that", "the following", "the previous") and ctx.ref is not None:
        year = ctx.ref.day.year + {"that": 0, "the following": 1, "the previous": -1}[rel]
    else:
        tense = ctx.tense()
        year = this_year
        if tense == "past" and start_this > ctx.dct:
            year -= 1
        elif tense == "future" and start_this + cal.relativedelta(months=3) < ctx.dct:
            year += 1
    d = date(year, cal.SEASON_START[code], 1)
    return Reading("DATE", f"{year}-{code}", mod, "season", "dct", cal.Point(d, "season", code))

def n_season(low: str, ctx: Context) -> Reading | None:
    sm = pattern("season").search(low)
    if not sm:
        return None
    code = lexicon().seasons[sm.group(1)]
    rel = low[:sm.start()].strip()
    mod = position_modifier(rel)
    rel = re.sub(r"^(?:early|late|mid|the middle of|the end of|the beginning of|the start of)[\s-]*", "", rel)
    return _season(rel, code, ctx, mod, year_of(low))

def _weeks_later(ctx: Context, mod: str | None) -> Reading:
    """"Weeks later, a similar movement toppled the president": a few weeks on from the story time (the date
    line's while the story has none) mostly stay in its year - on fresh news 5 of 5 did, where "months later"
    crossed into the next year as often as not (session 34, helper TIME3).  The year, then, and the story
    stays where it was: the offset gives no day or month to tell on from."""
    base = ctx.ref.day if ctx.ref is not None else ctx.dct
    anchor = "narrative" if ctx.ref is not None else "dct"
    return replace(point_reading(date(base.year, 1, 1), "year", anchor, mod=mod), moves_story=False)


def n_offset(low: str, ctx: Context) -> Reading | None:
    m = re.search(r"\s(ago|earlier|later|before|after|from now|hence|afterwards?|previously)$", low)
    if not m:
        return None
    direction = m.group(1)
    n, unit = quantity_of(low[:m.start()])
    if unit is None:
        return None
    unit = "year" if unit == "decade" and n is None else unit
    mod = text_modifier(low)
    gran = unit_granularity(unit)
    sign = -1 if direction in ("ago", "earlier", "before", "previously") else 1
    if n is None and unit == "week" and direction in ("later", "afterward", "afterwards") and (ctx.ref or ctx.dct):
        return _weeks_later(ctx, mod)
    if n is None and direction in ("after", "before", "later", "earlier", "afterward", "afterwards"):
        return Reading("DURATION", duration_value(None, unit), mod, "unknown", "absolute")  # "for many years after"
    if n is None:
        vague = "PAST_REF" if sign < 0 else "FUTURE_REF"
        anchor = "none" if ctx.dct is None else "dct" if direction in ("ago", "from now", "hence") else "narrative"
        return Reading("DATE", vague, mod, "unknown", anchor)
    if unit in ("hour", "minute", "second"):
        return Reading("DURATION", duration_value(n, unit), mod, "unknown", "absolute")
    if unit == "decade":
        n, unit, gran = n * 10, "year", "year"
    if unit == "century":
        n, unit, gran = n * 100, "year", "year"
    if unit == "weekend":
        unit, gran = "week", "week"
    if direction in ("after", "before"):
        # "a day after <clause>": TimeML annotates the duration ("a day") and the signal apart; the
        # event of the clause is dated from the story time by dateline.time.dating
        anchor = "narrative" if ctx.ref is not None else "dct" if ctx.dct else "none"
        return Reading("DURATION", duration_value(n, unit), mod, "unknown", anchor)
    deictic = direction in ("ago", "from now", "hence")
    if deictic and unit == "year" and n == 1 and direction == "ago":
        gran = "month"  # "a year ago": the same month last year
    if ctx.ref is not None and ctx.ref.gran == "quarter" and unit == "year" and direction in ("ago", "earlier"):
        # earnings reports: "a year ago/earlier" = the reported quarter a year back, a comparison
        d = cal.shift(ctx.ref.day, sign * n, "year")
        return replace(point_reading(d, "quarter", "narrative", mod=mod), moves_story=False)
    if deictic:
        if ctx.dct is None:
            return unknown_point(gran, mod)
        d = cal.shift(ctx.dct, sign * n, unit)
        return point_reading(d, gran, "dct", mod=mod)
    base = ctx.ref
    anchor = "narrative"
    if base is None:
        if ctx.dct is None:
            return unknown_point(gran, mod)
        base, anchor = cal.truncate(ctx.dct, "day"), "dct"
    if base.gran == "day" and unit == "week" or base.gran == "day" and anchor == "narrative":
        gran = "day"  # "two weeks later" / "a year earlier" than a told day is a day
    elif cal.finer(gran, base.gran) and base.gran in ("year", "decade", "century"):
        gran = base.gran  # "four months later" than "in 2019": a year, not a made-up May
    elif cal.finer(gran, base.gran) and base.gran in ("month", "quarter", "season") and anchor == "narrative":
        gran = "month"  # "a week later" than "in March 2023": still March, not a made-up day
    d = cal.shift(base.day, sign * n, unit)
    return point_reading(d, gran, anchor, mod=mod)

def n_then(low: str, ctx: Context) -> Reading | None:
    """"until then", "by then": the story's reference time (nothing without one).  "since then" is
    left out: TimeML corpora do not annotate it."""
    if ctx.ref is None:
        return None
    return Reading("DATE", ctx.ref.value, None, ctx.ref.gran, "narrative", ctx.ref)

def n_yearrel(low: str, ctx: Context) -> Reading | None:
    """"year-earlier", "year-ago" as adjectives: the reported quarter one year back, else last year.
    A comparison: it does not move the story's time."""
    if ctx.ref is not None and ctx.ref.gran == "quarter":
        r = point_reading(cal.shift(ctx.ref.day, -1, "year"), "quarter", "narrative")
    elif ctx.dct is None:
        return unknown_reading("XXXX", "year")
    else:
        r = point_reading(cal.shift(ctx.dct, -1, "year"), "year", "dct")
    return replace(r, moves_story=False)

def n_yearend(low: str, ctx: Context) -> Reading | None:
    """"year-end", "year's end": the end of the current year."""
    if ctx.dct is None:
        return unknown_reading("XXXX", "year", mod="END")
    return point_reading(ctx.dct, "year", "dct", mod="END")
