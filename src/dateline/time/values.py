"""Shared pieces of normalization: the reading type, the context, and the parsers of numbers,
years, quantities and modifiers that every normalizer uses."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
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
    ref_evening: bool = False  # the reference time was given as an evening or night ("Tuesday evening", "at 7 p.m.")
    # with the parse: the expression is "in" + a month that dates a finished simple-past act
    # ("changed to a calendar year in December"; :func:`dateline.time.tense.month_of_a_past_act`)
    month_over: Callable[[], bool] | None = None
    # the expressions tagged before this one, with their values ("That year" reads the sentence before's)
    told: list | None = None

# "up 39% from $388.5 million a year earlier", "compared with 40% a year ago", "than last year": the
# expression is the other side of a comparison; the story stays where it was.
_COMPARISON = re.compile(r"(?:\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?|against)\s+"
                         r"(?:[A-Z]{0,2}[$#\u00a3\u20ac]\s?)?(?:[\d.,]+\s*(?:%|percent|million|billion|cents?)?"
                         r"(?:\s+(?:a|per)\s+share)?,?\s+)?|(?:\d(?:%|\s+percent)?|\b(?:a|per)\s+share)\s*,?\s+)$")


def is_comparison(text: str, start: int) -> bool:
    return bool(_COMPARISON.search(text[max(0, start - 60):start]))


_RX: dict[str, re.Pattern] = {}

def pattern(name: str) -> re.Pattern:
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

def clean_text(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower())

def year_of(low: str) -> int | None:
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

def position_modifier(low: str) -> str | None:
    lex = lexicon()
    for phrase, mod in sorted(lex.position_mods.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"(?:^|\s){re.escape(phrase)}(?:[\s-]|$)", low):
            return mod
    return None

def text_modifier(low: str) -> str | None:
    m = pattern("mod").search(low)
    if m:
        return lexicon().mods.get(re.sub(r"\s+", " ", m.group(1)))
    return None

def quantity_of(low: str) -> tuple[float | None, str | None]:
    """(number, unit) of "three-day", "nearly a decade", "the past two months"; number None = vague."""
    lex = lexicon()
    um = pattern("unit").search(low)
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

def unit_granularity(unit: str) -> str:
    gran = lexicon().units[unit][1]
    return gran if gran in cal.ORDER else "day"

def point_reading(d: date, gran: str, anchor: str, typ: str = "DATE", mod: str | None = None,
           season: str | None = None) -> Reading:
    p = cal.truncate(d, gran, season)
    return Reading(typ, p.value, mod, gran, anchor, p)

def unknown_reading(value: str, gran: str, typ: str = "DATE", mod: str | None = None) -> Reading:
    return Reading(typ, value, mod, gran, "none", None)


# TIMEX3 placeholders for a date whose granularity is known but whose position is not (no anchor).
_PLACEHOLDERS = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "quarter": "XXXX-QX",
                 "season": "XXXX-XX", "year": "XXXX", "decade": "XXX", "century": "XX"}


def unknown_point(gran: str, mod: str | None = None) -> Reading:
    """A DATE that needs an anchor nobody gave ("a year ago" without a date line): a placeholder
    value at its granularity, never a duration written as a date."""
    return unknown_reading(_PLACEHOLDERS.get(gran, "XXXX-XX-XX"), gran, "DATE", mod)

def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# --- one normalizer per recognizer kind ------------------------------------------------------------
