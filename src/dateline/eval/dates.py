"""``dateline eval dates``: are events dated by when they happened, not by the date line?

Gold from TempEval-3 TimeML (TimeBank + AQUAINT): an EVENT linked by a TLINK ``IS_INCLUDED``,
``DURING`` or ``SIMULTANEOUS`` to a DATE expression (or the reverse ``INCLUDES``) happened within
that expression's value; linked so to the DCT, it happened on the document's day.  Events with
two incompatible gold dates are left out.  dateline runs end to end on the raw text: its own
TIMEX3 tagger (no gold expressions), the spaCy parse, and :func:`dateline.time.date_events` on an
event at each gold EVENT's trigger, as the pipeline dates a coded event.

Scores (each event counts once):
- exact: the system's value equals the gold value ("1998-01" vs "1998-01");
- consistent: one value contains the other ("1998-01-08" within "1998-01");
- wrong: the system gave a date the gold does not fit (consistent + wrong + undated = all); an event the
  rules leave undated (an earlier act at a time the text does not give) is neither right nor wrong
  here, but counts against exact and consistent, which stay the headline figures;
- the same for the **date-line baseline** (every event on the DCT: what GDELT does), and both
  split into events whose gold date is the DCT's day and events whose gold date is not (the
  trap: an event reported today that happened last week).

TimeML annotates every eventuality (states, reporting verbs, nouns), not only political events,
and links only some of them to a date: read the figures as the dating rules' accuracy on news
prose, not as a PLOVER event figure.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from dateline.eval.halves import in_half
from dateline.time.dating import one_within_other
from dateline.time.timeml import GoldEvent, TimeMLError, gold_events, gold_links, gold_timexes, parse, timeml_files

DEFAULT_DIR = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "time" / "tbaq"
INSIDE = {"IS_INCLUDED", "DURING", "SIMULTANEOUS"}  # event -> time
INSIDE_INVERSE = {"INCLUDES", "DURING_INV", "SIMULTANEOUS"}  # time -> event
_CALENDAR = re.compile(r"^\d{4}(?:-\d\d(?:-\d\d)?)?$")


@dataclass
class Scores:
    events: int = 0
    exact: int = 0
    consistent: int = 0
    baseline_exact: int = 0
    baseline_consistent: int = 0
    undated: int = 0

    def add(self, exact: bool, consistent: bool, base_exact: bool, base_consistent: bool,
            undated: bool = False) -> None:
        self.events += 1
        self.undated += undated
        self.exact += exact
        self.consistent += consistent
        self.baseline_exact += base_exact
        self.baseline_consistent += base_consistent

    def row(self) -> dict[str, float | int]:
        n = self.events or 1
        return {"events": self.events, "exact": round(100 * self.exact / n, 1),
                "consistent": round(100 * self.consistent / n, 1),
                "wrong": round(100 * (self.events - self.consistent - self.undated) / n, 1),
                "undated": round(100 * self.undated / n, 1),
                "date_line_exact": round(100 * self.baseline_exact / n, 1),
                "date_line_consistent": round(100 * self.baseline_consistent / n, 1)}


@dataclass
class Report:
    all: Scores = field(default_factory=Scores)
    on_dct: Scores = field(default_factory=Scores)
    off_dct: Scores = field(default_factory=Scores)
    reasons: Counter = field(default_factory=Counter)
    documents: int = 0
    problems: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> dict:
        return {"documents": self.documents, "all": self.all.row(), "gold_on_date_line": self.on_dct.row(),
                "gold_off_date_line": self.off_dct.row(), "reasons": dict(self.reasons.most_common()),
                "seconds": round(self.seconds, 1)}

    def lines(self) -> list[str]:
        out = [f"event dates on {self.documents} TimeML documents (end to end: dateline's own timexes and parse)"]
        out.append(f"{'events':<28}{'n':>6}{'exact':>9}{'consistent':>12}{'wrong':>8}{'undated':>9}"
                   f"{'date line':>11}{'(consistent)':>14}")
        for name, s in (("all dated gold events", self.all), ("gold on the date line's day", self.on_dct),
                        ("gold on another date", self.off_dct)):
            r = s.row()
            out.append(f"{name:<28}{r['events']:>6}{r['exact']:>8.1f}%{r['consistent']:>11.1f}%"
                       f"{r['wrong']:>7.1f}%{r['undated']:>8.1f}%"
                       f"{r['date_line_exact']:>10.1f}%{r['date_line_consistent']:>13.1f}%")
        out.append("dating reasons: " + ", ".join(f"{k} {v}" for k, v in self.reasons.most_common()))
        out.append(f"time: {self.seconds:.1f}s")
        return out


def gold_dates(source: str, dct: str) -> dict[str, str]:
    """Event id -> the calendar value of the date it happened within (by the file's TLINKs)."""
    instances, tlinks, dct_ids = gold_links(source)
    values = {t.tid: _calendar(t.value) for t in gold_timexes(source) if t.type in ("DATE", "TIME") and t.tid}
    values.update({tid: dct for tid in dct_ids})
    found: dict[str, set[str]] = {}
    for link in tlinks:
        rel = link.get("relType", "")
        if "eventInstanceID" in link and "relatedToTime" in link and rel in INSIDE:
            ei, tid = link["eventInstanceID"], link["relatedToTime"]
        elif "timeID" in link and "relatedToEventInstance" in link and rel in INSIDE_INVERSE:
            ei, tid = link["relatedToEventInstance"], link["timeID"]
        else:
            continue
        value = values.get(tid)
        if value and ei in instances:
            found.setdefault(instances[ei], set()).add(value)
    out = {}
    for eid, vals in found.items():
        most_specific = max(vals, key=len)
        if all(most_specific.startswith(v) for v in vals):  # nested values agree: keep the finest
            out[eid] = most_specific
    return out


def _calendar(value: str) -> str | None:
    """A TIMEX3 value as a calendar date prefix ("1998-01-08T15:00" -> "1998-01-08"), else None."""
    value = value.split("T")[0]
    return value if _CALENDAR.match(value) else None


def _consistent(a: str | None, b: str) -> bool:
    """One value lies within the other: "1998-01-08" in "1998-01", "1999-W02" in "1999-01"."""
    return bool(a and b and one_within_other(a, b))


def evaluate(gold_dir: Path = DEFAULT_DIR, limit: int | None = None, errors: int = 0,
             half: str | None = None) -> Report:
    """Date an event at every gold-dated EVENT of the files under ``gold_dir`` and score it;
    ``half`` = "even" / "odd" keeps only the even- / odd-numbered files (sorted by path), so rules
    can be designed on one half and checked on the other."""
    from dateline.model import Event, Span
    from dateline.pipeline import build_nlp
    from dateline.time import date_events, tag

    nlp = build_nlp()
    report = Report()
    t0 = time.perf_counter()
    for position, path in enumerate(timeml_files(Path(gold_dir))[:limit]):
        if not in_half(position, half):
            continue
        try:
            source = path.read_text(encoding="utf-8")
            doc_ml = parse(source)
            events = gold_events(source)
        except (OSError, UnicodeDecodeError, TimeMLError) as exc:
            report.problems.append(f"{path}:1: {exc}")
            continue
        if not doc_ml.dct:
            report.problems.append(f"{path}:1: no DCT")
            continue
        gold = gold_dates(source, doc_ml.dct)
        dated = [e for e in events if e.eid in gold]
        if not dated:
            continue
        report.documents += 1
        doc = nlp(doc_ml.text)
        timexes = tag(doc_ml.text, doc_ml.dct, doc)
        probes = [_probe(doc, g, Event, Span) for g in dated]
        coded = date_events([p for p in probes if p is not None], timexes, doc=doc, dct=doc_ml.dct)
        by_id = {e.id: e for e in coded}
        for g in dated:
            e = by_id.get(g.eid)
            value, reason = (e.date, e.date_reason) if e else (doc_ml.dct, "dct")
            want = gold[g.eid]
            exact, consistent = value == want, _consistent(value, want)
            base = doc_ml.dct
            report.all.add(exact, consistent, base == want, _consistent(base, want), value is None)
            (report.on_dct if want == doc_ml.dct else report.off_dct).add(
                exact, consistent, base == want, _consistent(base, want), value is None)
            report.reasons[reason] += 1
            if not consistent and len(report.errors) < errors:
                sent = doc.char_span(g.start, g.end, alignment_mode="expand")
                context = sent.sent.text if sent is not None else ""
                report.errors.append(f"{path.name} {g.text!r} gold {want} got {value} ({reason}) DCT {doc_ml.dct}\n"
                                     f"    {context.strip()}")
    report.seconds = time.perf_counter() - t0
    return report


def _probe(doc, g: GoldEvent, Event, Span):
    """An event at the gold EVENT's trigger, as the events stage would hand it to dating."""
    span = doc.char_span(g.start, g.end, alignment_mode="expand")
    if span is None:
        return None
    sent = span.sent
    return Event(id=g.eid, type="EVENT", mode=None, quad=0, score=0.0,
                 sentence=Span(sent.start_char, sent.end_char, sent.text),
                 trigger=Span(g.start, g.end, g.text), actor=[], recipient=[])


def run(gold_dir: Path = DEFAULT_DIR, limit: int | None = None, errors: int = 0,
        as_json: bool = False, half: str | None = None) -> tuple[str, list[str]]:
    import json

    report = evaluate(gold_dir, limit, errors, half)
    if as_json:
        return json.dumps(report.summary(), indent=2), report.problems
    body = report.errors + [""] if report.errors else []
    return "\n".join(body + report.lines()), report.problems
