"""Invariants every output of dateline must satisfy, whatever the input.

Used by the property-based tests and by ``bench/hostile_inputs.py``.  Each checker returns a list
of violations (strings; empty = fine) rather than asserting, so a bench can count them.

- every offset lies inside the text, and every span's ``text`` equals the text it points to;
- TIMEX3 values have a valid shape for their type, calendar dates are real dates;
- event dates are valid ISO values at their granularity;
- event types, modes and quads come from the PLOVER ontology (``dateline.events.ontology``);
  countries and sectors from the actors stage's data files.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from functools import lru_cache
from importlib import resources

from dateline.model import DocResult, Timex

STATUSES = {"factual", "future", "hypothetical", "negated", "claimed"}
GRANULARITIES = {"day", "week", "month", "quarter", "season", "year", "decade", "century", "unknown"}
DATE_REASONS = {"attached_timex", "narrative", "dct", "none"}
TIMEX_TYPES = {"DATE", "TIME", "DURATION", "SET"}

_NUM = r"(?:\d+(?:\.\d+)?|X)"
_DURATION = re.compile(rf"P(?:{_NUM}(?:Y|M|W|D|Q|H|DE|CE|ML|WE|FA|SU|SP|WI))*(?:T(?:{_NUM}[HMS])+)?")
_DATE = re.compile(
    r"(?P<y>\d{4}|XXXX)(?:-(?P<m>\d\d|XX)(?:-(?P<d>\d\d|XX))?)?"
    r"|(?P<wy>\d{4}|XXXX)-W(?P<w>\d\d|XX)(?:-(?:WE|[1-7]))?"
    r"|(?:\d{4}|XXXX)-(?:Q[1-4X]|H[12X]|SP|SU|FA|WI)"
    r"|\d{2,3}|PRESENT_REF|PAST_REF|FUTURE_REF")
_TIME_SUFFIX = re.compile(r"T(?:MO|AF|EV|NI|DT|(?P<h>\d\d)(?::(?P<mi>\d\d)(?::\d\d(?:\.\d+)?)?)?|XX(?::XX)?)")
_ANCHOR = re.compile(r"dct|absolute|narrative|none|timex:.+")
_EVENT_DATE = {
    "day": re.compile(r"\d{4}-\d\d-\d\d"),
    "week": re.compile(r"\d{4}-W\d\d(?:-WE)?"),
    "month": re.compile(r"\d{4}-\d\d"),
    "quarter": re.compile(r"\d{4}-(?:Q[1-4]|H[12])"),
    "season": re.compile(r"\d{4}-(?:SP|SU|FA|WI)"),
    "year": re.compile(r"\d{4}"),
    "decade": re.compile(r"\d{3}"),
    "century": re.compile(r"\d{2}"),
}


def _data_rows(package: str, name: str) -> list[dict[str, str]]:
    text = resources.files(package).joinpath("data", name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@lru_cache(maxsize=1)
def actor_codes() -> frozenset[str]:
    """Every country/organisation code the actors stage can emit: ISO-3 plus PLOVER's own codes."""
    import pycountry

    codes = {c.alpha_3 for c in pycountry.countries} | {"IGO", "UNO", "EUR", "NGO", "MNC", "IMG"}
    for name, column in (("countries.tsv", "code"), ("countries_extra.tsv", "code"), ("territories.tsv", "code"),
                         ("igos.tsv", "code"), ("metonyms.tsv", "code"), ("groups.tsv", "country"),
                         ("office_holders.tsv", "country"), ("persons_phoenix.tsv", "country")):
        codes.update(r[column] for r in _data_rows("dateline.actors", name) if r.get(column))
    return frozenset(codes)


@lru_cache(maxsize=1)
def sector_codes() -> frozenset[str]:
    return frozenset(r["sector"] for r in _data_rows("dateline.actors", "sectors.tsv"))


def _real_date(y: str, m: str | None, d: str | None) -> bool:
    if y.startswith("X") or m in (None, "XX"):
        return m in (None, "XX") or 1 <= int(m) <= 12
    if d in (None, "XX"):
        return 1 <= int(m) <= 12
    try:
        dt.date(int(y), int(m), int(d))
    except ValueError:
        return False
    return True


def timex_value_problem(t: Timex) -> str | None:
    """None if ``t.value`` is a valid TIMEX3 value for ``t.type``; else what is wrong."""
    v = t.value
    if t.type not in TIMEX_TYPES:
        return f"unknown TIMEX3 type {t.type!r}"
    if t.type == "DURATION" or (t.type == "SET" and v.startswith("P")):
        if v != "P" and _DURATION.fullmatch(v):
            return None
        return f"invalid {t.type} value {v!r}"
    head, _, tail = v.partition("T") if "T" in v and not v.endswith("_REF") else (v, "", "")
    m = _DATE.fullmatch(head)
    if not m:
        return f"invalid {t.type} value {v!r}"
    if m["y"] and not _real_date(m["y"], m["m"], m["d"]):
        return f"{t.type} value {v!r} is not a calendar date"
    if m["w"] and m["w"] != "XX" and not 1 <= int(m["w"]) <= 53:
        return f"{t.type} value {v!r} has week {m['w']}"
    if tail:
        tm = _TIME_SUFFIX.fullmatch("T" + tail)
        if not tm:
            return f"invalid time part in {v!r}"
        if tm["h"] and int(tm["h"]) > 24 or tm["mi"] and int(tm["mi"]) > 59:
            return f"time out of range in {v!r}"
    return None


def known_no_dct_duration(t: Timex) -> bool:
    """Known issue of the time stage (pinned by a strict xfail in test_stage_properties): without a
    date line, "a year ago" is a DATE whose value is the duration ``P1Y`` instead of e.g. ``XXXX``."""
    return t.type == "DATE" and t.anchor == "none" and t.value.startswith("P")


def check_timexes(text: str, timexes: list[Timex], tolerate_known: bool = True) -> list[str]:
    out = []
    for t in timexes:
        out += _span("timex", text, t.start, t.end, t.text)
        if tolerate_known and known_no_dct_duration(t):
            pass
        elif problem := timex_value_problem(t):
            out.append(problem)
        if t.granularity not in GRANULARITIES:
            out.append(f"timex granularity {t.granularity!r}")
        if not _ANCHOR.fullmatch(t.anchor or ""):
            out.append(f"timex anchor {t.anchor!r}")
    return out


def _span(what: str, text: str, start: int, end: int, span_text: str | None = None) -> list[str]:
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
        return [f"{what} offsets {start}..{end} outside the text (length {len(text)})"]
    if span_text is not None and text[start:end] != span_text:
        return [f"{what} text {span_text!r} != text[{start}:{end}] {text[start:end]!r}"]
    return []


def _code(what: str, country: str | None, sector: str | None) -> list[str]:
    out = []
    if country is not None and country not in actor_codes():
        out.append(f"{what} country {country!r} not a known code")
    if sector is not None and sector not in sector_codes():
        out.append(f"{what} sector {sector!r} not a PLOVER sector")
    return out


def event_date_problem(value: str | None, granularity: str) -> str | None:
    if granularity not in GRANULARITIES:
        return f"event date granularity {granularity!r}"
    if value is None:
        return None if granularity == "unknown" else f"no date but granularity {granularity!r}"
    pattern = _EVENT_DATE.get(granularity)
    if pattern is None or not pattern.fullmatch(value):
        return f"event date {value!r} is not a {granularity} value"
    if granularity == "day":
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return f"event date {value!r} is not a calendar date"
    if granularity == "month" and not 1 <= int(value[5:7]) <= 12:
        return f"event date {value!r} has month {value[5:7]}"
    return None


def check_result(doc: DocResult) -> list[str]:
    """All violations in one coded article (empty list: all invariants hold)."""
    from dateline.events import ontology

    text = doc.text
    out: list[str] = []
    for s in doc.sentences:
        out += _span("sentence", text, s.start, s.end)
    for r in doc.excluded:
        out += _span(f"excluded region {r.kind}", text, r.start, r.end)
    out += check_timexes(text, doc.timexes)
    for p in doc.places:
        out += _span("place", text, p.start, p.end, p.text)
        out += _code("place", p.country, None)
        if p.lat is not None and not (-90 <= p.lat <= 90 and -180 <= (p.lon or 0) <= 180):
            out.append(f"place {p.text!r} coordinates {p.lat},{p.lon}")
    for m in doc.mentions:
        out += _span("mention", text, m.start, m.end, m.text)
        out += _code(f"mention {m.text!r}", m.actor.country, m.actor.sector)
        if m.ref is not None and not 0 <= m.ref < len(doc.mentions):
            out.append(f"mention ref {m.ref} out of range")
    types = set(ontology.event_types())
    ids = [e.id for e in doc.events]
    if len(set(ids)) != len(ids):
        out.append("duplicate event ids in one document")
    for e in doc.events:
        where = f"event {e.id} {e.type}"
        if e.type not in types:
            out.append(f"{where}: type not in PLOVER")
            continue
        if e.mode is not None and e.mode not in ontology.modes_of(e.type):
            out.append(f"{where}: mode {e.mode!r} not a mode of {e.type}")
        if e.quad != ontology.quad_of(e.type):
            out.append(f"{where}: quad {e.quad} != {ontology.quad_of(e.type)}")
        if e.status not in STATUSES:
            out.append(f"{where}: status {e.status!r}")
        if not 0.0 <= e.confidence <= 1.0:
            out.append(f"{where}: confidence {e.confidence}")
        if not -10.0 <= e.score <= 10.0:
            out.append(f"{where}: score {e.score}")
        out += _span(f"{where} sentence", text, e.sentence.start, e.sentence.end, e.sentence.text)
        out += _span(f"{where} trigger", text, e.trigger.start, e.trigger.end, e.trigger.text)
        if not (e.sentence.start <= e.trigger.start and e.trigger.end <= e.sentence.end):
            out.append(f"{where}: trigger outside its sentence")
        for role, parts in (("actor", e.actor), ("recipient", e.recipient)):
            for p in parts:
                out += _span(f"{where} {role}", text, p.start, p.end, p.text)
                out += _code(f"{where} {role}", p.country, p.sector)
        if problem := event_date_problem(e.date, e.date_granularity):
            out.append(f"{where}: {problem}")
        if e.date_reason not in DATE_REASONS:
            out.append(f"{where}: date_reason {e.date_reason!r}")
        if e.date_span is not None:
            out += _span(f"{where} date span", text, e.date_span.start, e.date_span.end, e.date_span.text)
        if e.location is not None:
            out += _span(f"{where} location", text, e.location.start, e.location.end, e.location.text)
        for m in e.mentions:
            out += _span(f"{where} mention", text, m.start, m.end, m.text)
        if any(r.start <= e.trigger.start and e.trigger.end <= r.end for r in doc.excluded):
            out.append(f"{where}: trigger inside an excluded region")
    return out
