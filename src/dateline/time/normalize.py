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
from dataclasses import dataclass, replace
from datetime import date

from dateline.time import calendar as cal
from dateline.time.calendar import Point
from dateline.time.lexicon import alternation, lexicon, spoken_number


@dataclass(frozen=True)
class Reading:
    type: str  # DATE | TIME | DURATION | SET
    value: str
    mod: str | None = None
    granularity: str = "unknown"
    anchor: str = "absolute"  # absolute | dct | narrative | none
    point: Point | None = None  # the calendar point, when the value is one (moves the narrative)
    moves_story: bool = True  # False for comparisons ("a year earlier" in an earnings report)


@dataclass
class Context:
    text: str
    start: int
    end: int
    dct: date | None
    ref: Point | None  # narrative reference time
    tense: Callable[[], str]


_RX: dict[str, re.Pattern] = {}


def _rx(name: str) -> re.Pattern:
    if not _RX:
        lex = lexicon()
        _RX["month"] = re.compile(rf"\b({alternation(lex.months)})\b\.?")
        _RX["dow"] = re.compile(rf"\b({alternation(lex.weekdays)})")
        _RX["part"] = re.compile(rf"\b({alternation(lex.parts_of_day)})\b")
        _RX["season"] = re.compile(rf"\b({alternation(lex.seasons)})\b")
        _RX["unit"] = re.compile(rf"\b({alternation(list(lex.units) + ['centurie'])})s?\b(?!-(?:earlier|ago)\b)")
        _RX["ord"] = re.compile(rf"\b({alternation(lex.ordinals)})\b")
        _RX["mod"] = re.compile(rf"^(?:the\s+)?({alternation(lex.mods)})\b")
        _RX["holiday"] = re.compile(rf"\b({alternation(lex.holidays)})\b")
    return _RX[name]


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower())


def _year(low: str) -> int | None:
    m = re.search(r"(?<![\d/])(1\d{3}|20\d\d)(?!\d)", low)
    if m:
        return int(m.group(1))
    m = re.search(r"\bfy\s?(\d\d)\b|'(\d\d)\b", low)
    if m:
        yy = int(m.group(1) or m.group(2))
        return 1900 + yy if yy > 30 else 2000 + yy
    m = re.search(r"\b(nineteen|twenty)[\s-]+(.+)$", low)
    if m:
        rest = spoken_number(m.group(2).replace("-", " "))
        if rest is not None and m.group(2) != "hundred":
            return (19 if m.group(1) == "nineteen" else 20) * 100 + int(rest)
        if m.group(2) == "hundred":
            return 1900 if m.group(1) == "nineteen" else 2000
    m = re.search(r"two thousand(?: and (\w+))?", low)
    if m:
        return 2000 + int(spoken_number(m.group(1)) or 0) if m.group(1) else 2000
    return None


def _posmod(low: str) -> str | None:
    lex = lexicon()
    for phrase, mod in sorted(lex.position_mods.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"(?:^|\s){re.escape(phrase)}(?:[\s-]|$)", low):
            return mod
    return None


def _mod(low: str) -> str | None:
    m = _rx("mod").search(low)
    if m:
        return lexicon().mods.get(re.sub(r"\s+", " ", m.group(1)))
    return None


def _quantity(low: str) -> tuple[float | None, str | None]:
    """(number, unit) of "three-day", "nearly a decade", "the past two months"; number None = vague."""
    lex = lexicon()
    um = _rx("unit").search(low)
    if not um:
        return None, None
    unit = um.group(1)
    unit = "century" if unit.startswith("centur") else unit
    head = low[:um.start()].strip(" -")
    head = re.sub(rf"^(?:the\s+)?(?:{alternation(lex.mods)}\s+)?", "", head)
    head = re.sub(r"^(?:the\s+)?(?:past|last|next|first|previous|coming|following|final|latest|initial|remaining|"
                  r"entire|whole|full|prior|ensuing|subsequent|same|other|recent|year-earlier|year-ago)\s+", "", head)
    head = re.sub(r"\s+(?:more|additional|straight|consecutive|full|long|trading|business|working|calendar)$", "",
                  head)
    if not head:
        n: float | None = 1.0 if not low[um.end() - 1:um.end()] == "s" else None
    else:
        n = spoken_number(head)
        if n is None:
            parts = re.split(r"\s+(?:to|or)\s+", head)
            n = None if len(parts) > 1 else spoken_number(head.split()[-1])
    if "and a half" in low and n is not None:
        n += 0.5
    return n, unit


def _fmt_num(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def duration_value(n: float | None, unit: str) -> str:
    """ISO 8601 duration: P3D, P10Y, PT5H30M, PXY."""
    code, _gran = lexicon().units[unit]
    if unit == "weekend":
        return "P2D" if n is not None else "PXWE"
    if n is None:
        return {"DE": "PXDE", "CE": "PXCE", "Q": "PXQ", "W2": "PXW"}.get(code, f"P{'T' if code.startswith('T') else ''}X{code[-1]}")
    if code == "DE":
        return f"P{_fmt_num(n * 10)}Y"
    if code == "CE":
        return f"P{_fmt_num(n * 100)}Y"
    if code == "Q":
        return f"P{_fmt_num(n)}Q" if n == int(n) else f"P{_fmt_num(n * 3)}M"
    if code == "W2":
        return f"P{_fmt_num(n * 2)}W"
    if code.startswith("T"):
        if n != int(n):
            whole = int(n)
            sub = {"H": ("H", "M", 60), "M": ("M", "S", 60), "S": ("S", "S", 1)}[code[1]]
            frac = round((n - whole) * sub[2])
            return f"PT{whole}{sub[0]}{frac}{sub[1]}" if whole else f"PT{frac}{sub[1]}"
        return f"PT{_fmt_num(n)}{code[1]}"
    if n != int(n):
        if code == "Y":
            whole, months = int(n), round((n - int(n)) * 12)
            return f"P{whole}Y{months}M" if whole else f"P{months}M"
        if code == "M":
            return f"P{_fmt_num(n * 30)}D" if n < 1 else f"P{_fmt_num(round(n * 4.345))}W"
        if code == "W":
            return f"P{_fmt_num(round(n * 7))}D"
        if code == "D":
            return f"PT{_fmt_num(n * 24)}H"
    return f"P{_fmt_num(n)}{code}"


def _unit_gran(unit: str) -> str:
    gran = lexicon().units[unit][1]
    return gran if gran in cal.ORDER else "day"


def _point(d: date, gran: str, anchor: str, typ: str = "DATE", mod: str | None = None,
           season: str | None = None) -> Reading:
    p = cal.truncate(d, gran, season)
    return Reading(typ, p.value, mod, gran, anchor, p)


def _unknown(value: str, gran: str, typ: str = "DATE", mod: str | None = None) -> Reading:
    return Reading(typ, value, mod, gran, "none", None)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# --- one normalizer per recognizer kind ------------------------------------------------------------

def n_iso(low: str, ctx: Context) -> Reading | None:
    d = _safe_date(int(low[:4]), int(low[5:7]), int(low[8:10]))
    if d is None:
        return None
    if "t" in low:
        return Reading("TIME", low[:10] + "T" + low[11:16], None, "day", "absolute", cal.truncate(d, "day"))
    return _point(d, "day", "absolute")


def n_numeric(low: str, ctx: Context) -> Reading | None:
    mo, dd, yy = (int(x) for x in low.split("/"))
    if yy < 100:
        pivot = (ctx.dct.year % 100 + 10) if ctx.dct else 30
        yy += 1900 if yy > pivot else 2000
    d = _safe_date(yy, mo, dd)
    return _point(d, "day", "absolute") if d else None


def _month_day_year(low: str, ctx: Context, kind_gran: str | None = None) -> Reading | None:
    lex = lexicon()
    mm = _rx("month").search(low)
    if not mm:
        return None
    month = lex.months[mm.group(1)]
    year = _year(low)
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
    mod = _posmod(before)
    anchor = "absolute"
    if year is None and day:  # "March 3 to 5, 2021": the year closes the range
        ym = re.match(r",?\s+(?:and|or|to|through|until|-)\s+\d{1,2}(?:st|nd|rd|th)?,?\s+((?:1\d|20)\d\d)\b",
                      ctx.text[ctx.end:ctx.end + 30])
        if ym and low == _clean(ctx.text[ctx.start:ctx.end]):
            year = int(ym.group(1))
    if year is None:
        rel = re.search(r"\b(this|last|next|that|following|previous)\s+year\b", low)
        if rel and ctx.dct:
            base = ctx.ref.day.year if rel.group(1) in ("that", "following", "previous") and ctx.ref else ctx.dct.year
            year = base + {"this": 0, "that": 0, "last": -1, "previous": -1, "next": 1, "following": 1}[rel.group(1)]
            anchor = "dct"
        elif re.search(r"\b(?:last|this past)\s+" + mm.group(1), low) and ctx.dct:
            year = ctx.dct.year if month < ctx.dct.month else ctx.dct.year - 1
            anchor = "dct"
        elif re.search(r"\bthis\s+" + mm.group(1), low) and ctx.dct:
            year, anchor = ctx.dct.year, "dct"
        elif re.search(r"\b(?:next|this coming)\s+" + mm.group(1), low) and ctx.dct:
            year = ctx.dct.year if month > ctx.dct.month else ctx.dct.year + 1
            anchor = "dct"
        elif ctx.dct:
            wm = _rx("dow").search(low)
            weekday = lex.weekdays[wm.group(1)] if wm else None
            year = cal.year_for(ctx.dct, month, day, ctx.tense(), weekday)
            anchor = "dct"
        else:
            if day:
                return _unknown(f"XXXX-{month:02d}-{day:02d}", "day", mod=mod)
            return _unknown(f"XXXX-{month:02d}", "month", mod=mod)
    if day:
        d = _safe_date(year, month, day)
        if d is None:
            return None
        return _point(d, "day", anchor, mod=mod)
    return _point(date(year, month, 1), "month", anchor, mod=mod)


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


def n_year(low: str, ctx: Context) -> Reading | None:
    year = _year(low)
    if year is None:
        return None
    mod = _posmod(low)
    m = re.search(r"or (later|after|beyond)|and beyond", low)
    if m:
        mod = "ON_OR_AFTER"
    elif re.search(r"or (earlier|before)", low):
        mod = "ON_OR_BEFORE"
    elif low.startswith("post-"):
        mod = "AFTER"
    elif low.startswith("pre-"):
        mod = "BEFORE"
    return _point(date(year, 1, 1), "year", "absolute", mod=mod)


def n_decade(low: str, ctx: Context) -> Reading | None:
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
            return Reading("DATE", f"{dec // 10:02d}", _posmod(low), "century", "absolute",
                           cal.truncate(date(dec * 10, 1, 1), "century"))
    else:
        return None
    return Reading("DATE", f"{dec:03d}", _posmod(low), "decade", "absolute",
                   cal.truncate(date(dec * 10 or 1, 1, 1), "decade"))


def n_century(low: str, ctx: Context) -> Reading | None:
    m = re.search(r"(\d{1,2})(?:st|nd|rd|th)", low)
    if m:
        n = int(m.group(1))
    else:
        om = _rx("ord").search(low)
        if not om:
            return None
        n = lexicon().ordinals[om.group(1)]
    if n <= 0:
        return None
    return Reading("DATE", f"{n - 1:02d}", _posmod(low), "century", "absolute",
                   cal.truncate(date(max(1, (n - 1) * 100), 1, 1), "century"))


def _with_part(d: date | None, part: str | None, anchor: str, mod: str | None, typ: str = "TIME") -> Reading:
    lex = lexicon()
    if part is None:
        if d is None:
            return _unknown("XXXX-XX-XX", "day", mod=mod)
        return _point(d, "day", anchor, mod=mod)
    code = lex.parts_of_day[part]
    if d is None:
        return _unknown(f"XXXX-XX-XXT{code}", "day", typ, mod)
    return Reading(typ, f"{d.isoformat()}T{code}", mod, "day", anchor, cal.truncate(d, "day"))


def n_dow(low: str, ctx: Context) -> Reading | None:
    lex = lexicon()
    wm = _rx("dow").search(low)
    if not wm:
        return None
    wd = lex.weekdays[wm.group(1)]
    pm = _rx("part").search(low, wm.end())
    part = pm.group(1) if pm else None
    plural = re.search(r"\b(morning|afternoon|evening|night)s\b", low)
    if plural:
        part = plural.group(1)
    else:  # "on Monday and Tuesday nights": the first weekday shares the plural
        plural = re.match(rf"\s+(?:and|or)\s+\w+day\s+((?:morning|afternoon|evening|night))s\b",
                          ctx.text[ctx.end:ctx.end + 40], re.IGNORECASE)
        if plural:
            part = plural.group(1).lower()
    if plural:  # "Tuesday nights": every Tuesday night
        code = f"XXXX-WXX-{wd}" + (f"T{lex.parts_of_day[part]}" if part else "")
        return Reading("SET", code, None, "unknown", "absolute")
    before = low[:wm.start()]
    mod = _posmod(before)
    if ctx.dct is None:
        code = f"XXXX-WXX-{wd}"
        return _unknown(code + (f"T{lex.parts_of_day[part]}" if part else ""), "day", "DATE", mod)
    if re.search(r"\b(?:last|this past)\b", before):
        d = cal.weekday_near(ctx.dct - cal.relativedelta(days=1), wd, "past")
    elif re.search(r"\b(?:next|this coming|coming)\b", before):
        d = cal.weekday_near(ctx.dct + cal.relativedelta(days=1), wd, "future")
    else:
        d = cal.weekday_near(ctx.dct, wd, ctx.tense())
    # TempEval-3 annotates "Friday night" as a DATE with a part-of-day value
    return _with_part(d, part, "dct", mod, "DATE")


def n_deictic(low: str, ctx: Context) -> Reading | None:
    lex = lexicon()
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
    for m in _rx("part").finditer(low):
        pm = m
    part = pm.group(1) if pm else None
    if "tonight" in low or "overnight" in low:
        part = "night"
    if re.search(r"\blast\s+night\b", low):
        offset, part = -1, "night"
    if re.search(r"\blast\s+(?:evening|afternoon|morning)\b", low):
        offset = -1
    d = ctx.dct + cal.relativedelta(days=offset) if ctx.dct else None
    if part in ("noon", "midnight", "midday"):
        r = _with_part(d, part, "dct", mod)
        return r
    return _with_part(d, part, "dct", mod)


_REL_DCT = {"this": 0, "current": 0, "present": 0, "the current": 0, "the present": 0, "last": -1,
            "past": -1, "this past": -1, "the past": -1, "the last": -1, "next": 1,
            "coming": 1, "this coming": 1, "the coming": 1, "the latest": -1,
            # anaphoric words when the story has no time of its own yet: the date line stands in
            "the next": 1, "the following": 1, "following": 1, "the previous": -1, "previous": -1,
            "the preceding": -1, "the prior": -1}
_REL_REF = {"that": 0, "the same": 0, "same": 0, "the following": 1, "following": 1, "the next": 1,
            "the previous": -1, "previous": -1, "the preceding": -1, "the prior": -1, "the": 0}


def n_relunit(low: str, ctx: Context) -> Reading | None:
    lex = lexicon()
    mod = _posmod(low)
    low2 = re.sub(r"^(?:(?:early|late|mid|the middle of|the end of|the beginning of|the start of|the turn of|"
                  r"the close of|earlier|later|sometime|as early as)\s+)", "", low)
    low2 = re.sub(r"^in\s+", "", low2)
    if low.startswith(("earlier", "later")):
        mod = "START" if low.startswith("earlier") else "END"
    m = re.match(r"(?:the\s+)?(\w+)\s+(before|after)$", low2)
    if m:  # "the day before": anaphoric
        unit = m.group(1)
        if unit not in lex.units or ctx.ref is None:
            return None if unit not in lex.units else _unknown("XXXX-XX-XX", "day")
        gran = _unit_gran(unit)
        d = cal.shift(ctx.ref.day, -1 if m.group(2) == "before" else 1, gran if gran != "season" else "month")
        return _point(d, gran, "narrative", mod=mod)
    sm = _rx("season").search(low2)
    um = _rx("unit").search(low2)
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
    gran = _unit_gran(unit)
    if unit == "weekend":
        return _weekend(rel, ctx, mod)
    if rel in _REL_REF and not (rel in ("the next", "the following", "the previous") and ctx.ref is None):
        base = ctx.ref
        if base is None or cal.finer(base.gran, gran) is False and base.gran != gran and gran != "day":
            base = base if base is not None else None
        if base is None:
            if ctx.dct is None:
                return _unknown("XXXX", gran)
            base = cal.truncate(ctx.dct, "day")
            anchor = "dct"
        else:
            anchor = "narrative"
        if rel == "the" and gran == "day":
            return None
        if rel == "the" and gran == "year" and re.match(r"\s*(?:ended|ending|to\b)", ctx.text[ctx.end:ctx.end + 8]):
            return Reading("DURATION", "P1Y", None, "unknown", "absolute")  # "the year ended June 30"
        d = cal.shift(base.day, _REL_REF[rel], gran) if gran != "season" else base.day
        return _point(d, gran, anchor, mod=mod)
    if ctx.dct is None:
        return _unknown({"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX", "quarter": "XXXX-QX"}.get(gran, "XXXX-XX-XX"), gran)
    step = _REL_DCT.get(rel)
    if step is None:
        return None
    if gran == "day" and rel in ("last", "this", "the past", "the last", "past"):
        return None  # "last day", "the past day": not a calendar day
    if rel == "the latest" and gran == "quarter":
        d = cal.shift(cal.truncate(ctx.dct, "quarter").day, -1, "quarter")
        return _point(d, gran, "dct", mod=mod)
    d = cal.shift(ctx.dct, step, gran)
    return _point(d, gran, "dct", mod=mod)


def _weekend(rel: str, ctx: Context, mod: str | None) -> Reading | None:
    if ctx.dct is None:
        return _unknown("XXXX-WXX-WE", "week")
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
        return _unknown(f"XXXX-{code}", "season", mod=mod)
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
    sm = _rx("season").search(low)
    if not sm:
        return None
    code = lexicon().seasons[sm.group(1)]
    rel = low[:sm.start()].strip()
    mod = _posmod(rel)
    rel = re.sub(r"^(?:early|late|mid|the middle of|the end of|the beginning of|the start of)[\s-]*", "", rel)
    return _season(rel, code, ctx, mod, _year(low))


def n_offset(low: str, ctx: Context) -> Reading | None:
    lex = lexicon()
    m = re.search(r"\s(ago|earlier|later|before|after|from now|hence|afterwards?|previously)$", low)
    if not m:
        return None
    direction = m.group(1)
    n, unit = _quantity(low[:m.start()])
    if unit is None:
        return None
    unit = "year" if unit == "decade" and n is None else unit
    mod = _mod(low)
    gran = _unit_gran(unit)
    sign = -1 if direction in ("ago", "earlier", "before", "previously") else 1
    if n is None and direction in ("after", "before"):
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
    deictic = direction in ("ago", "from now", "hence")
    if direction in ("after", "before"):
        # "X comes a day after <clause>": the clause happened a day before the reference time
        sign = -sign
    if ctx.ref is not None and ctx.ref.gran == "quarter" and unit == "year" and direction in ("ago", "earlier"):
        # earnings reports: "a year ago/earlier" = the reported quarter a year back, a comparison
        d = cal.shift(ctx.ref.day, sign * n, "year")
        return replace(_point(d, "quarter", "narrative", mod=mod), moves_story=False)
    if deictic:
        if ctx.dct is None:
            return _unknown(duration_value(n, unit), gran, "DATE", mod)
        if unit == "year" and n == 1 and direction == "ago":
            gran = "month"  # "a year ago": the same month last year
        d = cal.shift(ctx.dct, sign * n, unit)
        return _point(d, gran, "dct", mod=mod)
    base = ctx.ref
    anchor = "narrative"
    if base is None:
        if ctx.dct is None:
            return _unknown(duration_value(n, unit), gran, "DATE", mod)
        base, anchor = cal.truncate(ctx.dct, "day"), "dct"
    if base.gran == "day" and unit == "week":
        gran = "day"  # "two weeks later" than a day is a day
    elif cal.finer(gran, base.gran) and base.gran in ("year", "decade", "century"):
        gran = base.gran if unit != "month" else "month"
    d = cal.shift(base.day, sign * n, unit)
    return _point(d, gran, anchor, mod=mod)


def n_duration(low: str, ctx: Context) -> Reading | None:
    if re.search(r"-?long$", low) and not re.search(r"\d|one|two|three|four|five|six|seven|eight|nine|ten", low):
        um = _rx("unit").search(low)
        if not um:
            return None
        unit = "century" if um.group(1).startswith("centur") else um.group(1)
        plural = low[um.end() - 1] == "s" if um.end() <= len(low) else False
        return Reading("DURATION", duration_value(None if plural else 1.0, unit), None, "unknown", "absolute")
    low = re.sub(r"[\s-]+long$", "", low)
    m = re.match(rf"(?:(.+?)\s+)?(\S+)\s+(?:to|or)\s+(\S+)[\s-]+(\w+)$", low)
    if m and spoken_number(m.group(2)) is not None and spoken_number(m.group(3)) is not None:
        unit = m.group(4).rstrip("s") if m.group(4).rstrip("s") in lexicon().units else None
        if unit is None:
            return None
        return Reading("DURATION", duration_value(None, unit), _mod(low), "unknown", "absolute")
    n, unit = _quantity(low)
    if unit is None:
        return None
    if re.search(r"\bor\s+(?:so|two|more|less|longer)$", low) and n is not None:
        mod = "APPROX" if "or so" in low or "or two" in low else ("EQUAL_OR_MORE" if "more" in low or "longer" in low else "EQUAL_OR_LESS")
        return Reading("DURATION", duration_value(n, unit), mod, "unknown", "absolute")
    return Reading("DURATION", duration_value(n, unit), _mod(low), "unknown", "absolute")


def n_duration_bare(low: str, ctx: Context) -> Reading | None:
    n, unit = _quantity(low)
    if unit is None:
        return None
    if re.match(r"(?:the\s+)?recent\s", low):  # "in recent years": a vague past (TempEval-3)
        return Reading("DATE", "PAST_REF", None, "unknown", "dct" if ctx.dct else "none")
    return Reading("DURATION", duration_value(None, unit), None, "unknown", "absolute")


def n_time(low: str, ctx: Context) -> Reading | None:
    lex = lexicon()
    mod = _mod(low)
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
    wm = _rx("dow").search(low)
    mm = _rx("month").search(low)
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
    half = "half" in low or (qm is not None and qm.group(3) is not None)
    n = None
    if qm:
        n = int(qm.group(1) or qm.group(2) or qm.group(3))
    else:
        om = _rx("ord").search(low)
        if om:
            n = lex.ordinals[om.group(1)]
            if n == -1:
                n = 2 if half else 4
    year = _year(low)
    unit_gran = "quarter"
    if year is None:
        if ctx.dct is None:
            return _unknown(f"XXXX-{'H' if half else 'Q'}{n or 'X'}", unit_gran)
        if re.search(r"last year's|year-earlier|year-ago|a year (?:ago|earlier)", low):
            base = ctx.ref if (ctx.ref and ctx.ref.gran == "quarter" and n is None) else None
            if base is not None:
                return replace(_point(cal.shift(base.day, -1, "year"), "quarter", "narrative"), moves_story=False)
            if n is None:
                last = cal.shift(cal.truncate(ctx.dct, "quarter").day, -1, "quarter")
                return replace(_point(cal.shift(last, -1, "year"), "quarter", "dct"), moves_story=False)
            year = ctx.dct.year - 1
        elif "next year's" in low or "of next year" in low:
            year = ctx.dct.year + 1
        elif n is None:
            if re.search(r"\b(?:current|this)\b", low):
                return _point(ctx.dct, "quarter", "dct")
            if re.search(r"\blatest\b", low) or ctx.ref is None or ctx.ref.gran != "quarter":
                return _point(cal.shift(cal.truncate(ctx.dct, "quarter").day, -1, "quarter"), "quarter", "dct")
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
            return _point(ctx.ref.day.replace(year=year), "quarter", "narrative")
        return _point(date(year, 1, 1), "year", "absolute")
    if half:
        return Reading("DATE", f"{year}-H{n}", None, "quarter", "absolute" if _year(low) else "dct",
                       cal.Point(date(year, 1 if n == 1 else 7, 1), "quarter"))
    return _point(date(year, 3 * n - 2, 1), "quarter", "absolute" if _year(low) else "dct")


def n_set(low: str, ctx: Context) -> Reading | None:
    lex = lexicon()
    if low in lex.set_adverbs:
        return Reading("SET", lex.set_adverbs[low], None, "unknown", "absolute")
    wm = _rx("dow").search(low)
    if wm:
        return Reading("SET", f"XXXX-WXX-{lex.weekdays[wm.group(1)]}", None, "unknown", "absolute")
    mm = _rx("month").search(low)
    if mm and low.split()[-1].rstrip(".") in lex.months:
        return Reading("SET", f"XXXX-{lex.months[mm.group(1)]:02d}", None, "unknown", "absolute")
    pm = _rx("part").search(low)
    if pm and not _rx("unit").search(low):
        return Reading("SET", f"XXXX-XX-XXT{lex.parts_of_day[pm.group(1)]}", None, "unknown", "absolute")
    sm = _rx("season").search(low)
    if sm:
        return Reading("SET", f"XXXX-{lex.seasons[sm.group(1)]}", None, "unknown", "absolute")
    um = _rx("unit").search(low)
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


def n_then(low: str, ctx: Context) -> Reading | None:
    """"since then", "until then": the story's reference time (nothing without one)."""
    if ctx.ref is None:
        return None
    return Reading("DATE", ctx.ref.value, None, ctx.ref.gran, "narrative", ctx.ref)


def n_yearrel(low: str, ctx: Context) -> Reading | None:
    """"year-earlier", "year-ago" as adjectives: the reported quarter one year back, else last year.
    A comparison: it does not move the story's time."""
    if ctx.ref is not None and ctx.ref.gran == "quarter":
        r = _point(cal.shift(ctx.ref.day, -1, "year"), "quarter", "narrative")
    elif ctx.dct is None:
        return _unknown("XXXX", "year")
    else:
        r = _point(cal.shift(ctx.dct, -1, "year"), "year", "dct")
    return replace(r, moves_story=False)


def n_yearend(low: str, ctx: Context) -> Reading | None:
    """"year-end", "year's end": the end of the current year."""
    if ctx.dct is None:
        return _unknown("XXXX", "year", mod="END")
    return _point(ctx.dct, "year", "dct", mod="END")


def n_holiday(low: str, ctx: Context) -> Reading | None:
    lex = lexicon()
    hm = _rx("holiday").search(low)
    if not hm:
        return None
    spec = lex.holidays[re.sub(r"\s+", " ", hm.group(1))]
    year = _year(low)
    anchor = "absolute"
    if year is None:
        if ctx.dct is None:
            return _unknown(f"XXXX-{spec}" if re.fullmatch(r"\d\d-\d\d", spec) else "XXXX-XX-XX", "day")
        anchor = "dct"
        year = ctx.dct.year
        this = cal.holiday(spec, year)
        rel = low[:hm.start()].strip()
        tense = "past" if rel == "last" else "future" if rel == "next" else ctx.tense()
        if tense == "past" and this > ctx.dct:
            year -= 1
        elif tense == "future" and this < ctx.dct:
            year += 1
    return _point(cal.holiday(spec, year), "day", anchor)


NORMALIZERS: dict[str, Callable[[str, Context], Reading | None]] = {
    "iso": n_iso, "numeric": n_numeric, "date": n_date, "month": n_month, "year": n_year,
    "decade": n_decade, "century": n_century, "dow": n_dow, "deictic": n_deictic, "relunit": n_relunit,
    "offset": n_offset, "duration": n_duration, "duration_bare": n_duration_bare, "time": n_time,
    "quarter": n_quarter, "set": n_set, "yearrel": n_yearrel, "then": n_then, "dayconj": n_dayconj, "yearend": n_yearend, "vague": n_vague, "season": n_season, "holiday": n_holiday,
}


def normalize(kind: str, text: str, ctx: Context) -> Reading | None:
    """The TIMEX3 reading of a recognized expression, or None when it is not a time after all."""
    return NORMALIZERS[kind](_clean(text), ctx)
