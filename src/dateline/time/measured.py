"""A time measured from a happening the story dated: "the day after his death", "ten days before
the shooting", "two weeks after the attack".

TimeML anchors such an expression on the event it names (TIMEX3 ``anchorTimeID`` / a temporal
function of an event): its value is the happening's date moved by the measure.  A news story dates
its happening once ("Slepian ... was shot ... on the night of Friday, Oct. 23") and measures later
acts from it by name: "Moskal said the two men showed up at Slepian's house *the day after his
death*" is 1998-10-24, not the date line (TimeBank's gold: "day" = 1998-10-24).

The happening is a definite noun of a kind of happening (``data/happenings.tsv``: "the shooting",
"his death", "the attack"; not "a shooting", "another attack"); its date is the one
:mod:`dateline.time.antecedents` gives a happening named again (the last earlier dated word of the
same kind, the date in that word's own clause).  The measure is

- "the" + a day or a part of a day before "after"/"before" ("the day after his death", "the night
  before the vote"): one day on; "the week after": seven days, at week granularity;
- a span the tagger read as a DURATION right before "after"/"before" ("ten days before the
  shooting", "Two days after the attack"): the span on (after) or back (before).

With a clause after "after"/"before" ("a day after a delegation left Niger") the span measures from
the story's time and dates that clause (``dating.effective_values``); that reading is unchanged.
Nothing is made when the happening has no date in the text: the expression then dates nothing.

The result is a date expression the event dating uses like any other (the parse walk attaches the
clause to it, and it sets the story time for the next sentence); it is not added to the article's
TIMEX3 tags (``time.tag`` is unchanged).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateline.model import Timex
from dateline.time.antecedents import antecedent_date, dated_words, definite_happening, retold

# the head noun of "the day after ...": days back or on, granularity
_PARTS_OF_DAY = {"day": 1, "night": 1, "morning": 1, "evening": 1, "afternoon": 1}
_WEEK = {"week": 7}
_DURATION = re.compile(r"^P(\d+)([DW])$")
MEASURED = "measured"  # the anchor of the expressions made here (internal to event dating)


def candidates(doc) -> list[tuple[object, object, object]]:
    """(measure, "after"/"before", happening noun) of every measure from a definite happening noun
    in the parse; cheap, so the caller looks for dated words only when there is one.  The measure
    is the noun written right before the signal, however spaCy hangs it: the signal's head ("the
    day after his death"), its npadvmod ("ten days before the shooting"), or the signal's sibling
    ("was arrested a week after the shooting", "arrested the day after the shooting")."""
    out = []
    for tok in doc:
        if tok.lower_ in ("after", "before") and tok.dep_ == "mark" and tok.i > 0 and tok.head.pos_ == "VERB" \
                and tok.head.dep_ == "advcl" and (_vague_span(doc[tok.i - 1]) or _counted_days(doc[tok.i - 1])):
            # "was spotted in Amherst in the weeks before Slepian was killed", "was placed under house arrest
            # a day after the court upheld the charges on Tuesday": the clause tells the happening
            out.append((doc[tok.i - 1], tok, tok.head))
            continue
        if tok.lower_ not in ("after", "before") or tok.dep_ != "prep" or tok.i == 0:
            continue
        nouns = [c for c in tok.children if c.dep_ == "pobj" and definite_happening(c)]
        if not nouns:
            continue
        measure = doc[tok.i - 1]
        if measure.pos_ not in ("NOUN", "PROPN") or not (measure.i == tok.head.i or measure.head.i == tok.i
                                                          or measure.head.i == tok.head.i
                                                          or (_vague_span(measure) and measure.head.head.i == tok.head.i)):
            continue  # (the last: "questioned them in the weeks after the bombing", both phrases on the verb)
        out.append((measure, tok, nouns[0]))
    return out


def measured_timexes(doc, timexes: list[Timex], values, tokmap: dict[int, int],
                     hints) -> tuple[list[Timex], set[int]]:
    """The expressions of the article with every measure from a dated happening in it: a DATE
    whose value is the happening's date moved by the measure, in place of the DURATION the tagger
    read ("ten days") or added ("the day"), spanning the measure and its "after"/"before" (so the
    walk finds it on the clause the phrase hangs on), with anchor ``measured``.  Also the token
    indices of the happenings measured from ("his death"): they keep their own date, not the
    measured one.  A measure from a happening the text does not date is left as it was (the
    DURATION's value dates what follows the signal, as for "a day after <a clause>")."""
    found = candidates(doc)
    if not found:
        return timexes, set()
    dated = dated_words(doc, tokmap, hints)
    out = list(timexes)
    nouns: set[int] = set()
    for measure, signal, noun in found:
        duration = next((x for x in timexes if x.type == "DURATION" and x.start <= measure.idx < x.end), None)
        if duration is None and not _the_day(measure):
            continue
        if noun.pos_ == "VERB":  # a clause: the date it gives its happening, else the one it tells again
            k = clause_date(noun, signal, tokmap)
            if k is None and not any(t.i in tokmap for t in noun.subtree if t.i > signal.i):
                k = retold(noun, dated)
        else:
            k = _own_date(noun, tokmap)  # "two days after the Oct. 14 murder"
            if k is None:
                k = antecedent_date(noun, dated)
        if k is None or values[k] is None or values[k][1] != "day" \
                or not re.fullmatch(r"\d{4}-\d\d-\d\d", values[k][0][:10]):
            continue
        days, new_gran = _measure(measure, duration)
        if days is None:
            continue
        sign = 1 if signal.lower_ == "after" else -1
        try:
            day = date.fromisoformat(values[k][0][:10]) + timedelta(days=sign * days)
        except (ValueError, OverflowError):
            continue
        value = day.isoformat() if new_gran == "day" else "%04d-%02d" % (day.year, day.month) \
            if new_gran == "month" else "%04d-W%02d" % day.isocalendar()[:2]
        start = duration.start if duration is not None else measure.left_edge.idx
        end = signal.idx + len(signal.text)
        # drop what the new expression covers: the DURATION, a clock time written against it
        # ("at 6 a.m. ten days before the shooting": TimeML's one TIMEX3 "6 a.m. ten days")
        out = [t for t in out if not (start <= t.start < end or _clock_before(doc, t, start))]
        out.append(Timex(start=start, end=end, text=doc.text[start:end], type="DATE", value=value,
                         anchor=MEASURED, tid="", mod=None, granularity=new_gran))
        nouns |= {t.i for t in noun.subtree}
    return sorted(out, key=lambda t: t.start), nouns


def _own_date(noun, tokmap: dict[int, int]) -> int | None:
    """A date inside the happening's phrase, before the noun ("the Oct. 14 murder", "Friday's
    shooting")."""
    for t in noun.subtree:
        if t.i < noun.i and t.i in tokmap:
            return tokmap[t.i]
    return None


def clause_date(verb, signal, tokmap: dict[int, int]) -> int | None:
    """The date the clause after "after"/"before" gives its own happening ("a day after the court upheld the
    charges on Tuesday": Tuesday), the first expression of the clause after the signal - not the measure
    itself, which spaCy often hangs inside the clause ("a day" npadvmod of the mark)."""
    for t in verb.subtree:
        if t.i > signal.i and t.i in tokmap:
            return tokmap[t.i]
    return None


def _counted_days(measure) -> bool:
    """"a day", "two days", "three weeks" (a counted span of days or weeks before a clause's "after"/
    "before"); whether the tagger read it as a measure of days is the caller's check (a DURATION of D or W)."""
    return measure.pos_ == "NOUN" and measure.lemma_.lower() in ("day", "week") \
        and not any(c.dep_ == "det" and c.lower_ == "the" for c in measure.children)


def _the_day(measure) -> bool:
    """"the day", "the night", "the week" (before "after"/"before")."""
    return (measure.lower_ in _PARTS_OF_DAY or measure.lower_ in _WEEK) \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in measure.children)


def _measure(measure, duration: Timex | None) -> tuple[int | None, str]:
    """Days the measure moves by, and the granularity; with no DURATION the caller has checked "the day"."""
    word = measure.lower_
    if duration is None and word in _PARTS_OF_DAY:
        return _PARTS_OF_DAY[word], "day"
    if duration is None and word in _WEEK:
        return _WEEK[word], "week"
    if duration is not None and duration.value in _VAGUE and _vague_span(measure):
        return _VAGUE[duration.value]
    m = _DURATION.match(duration.value) if duration is not None else None
    if not m:
        return None, "day"
    n = int(m.group(1))
    return (n, "day") if m.group(2) == "D" else (7 * n, "week")


# "in the days before the bombing", "in the weeks after the attack": a stretch of unsaid length next to
# the happening - dated by its middle (three days, two weeks on or back) at the granularity that holds
# most of it (the week, the month)
_VAGUE = {"PXD": (3, "week"), "PXW": (14, "month")}


def _vague_span(measure) -> bool:
    """"the days", "the weeks" (plural, with "the", no count): a stretch of unsaid length."""
    return measure.lower_ in ("days", "weeks") and any(c.dep_ == "det" and c.lower_ == "the" for c in measure.children)


def _clock_before(doc, t: Timex, start: int) -> bool:
    return t.type == "TIME" and t.end <= start and not doc.text[t.end:start].strip()
