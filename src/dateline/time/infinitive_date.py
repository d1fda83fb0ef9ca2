"""A past act whose date the parser hung on its infinitive: "invited the three countries to join the
bloc in July 1997", "refused to comment on Tuesday".

An adverbial of time written at the end of "VERBED (someone) to VERB ... <date>" is read by spaCy as
the infinitive's; when that date lies wholly before the date line, the infinitive's act is itself
past, and the act of the verb above it (the inviting, the refusing, the agreeing) was done then or
before: the date is the nearest the sentence gives, nearer than the story's time or the date line
the verb would otherwise fall back on.  Not a date after the date line (a time still ahead), and a
verb with a date of its own keeps it (this is asked only when the walk found none).

A verb of intention, request or promise (``data/later_verbs.txt``: "invited", "agreed", "planned")
is done before its infinitive's act, by an interval the sentence does not give, so only a period of a
month or more written with its year ("to join the bloc in July 1997") dates it: the inviting fell in
or shortly before that period, and the date line is certainly later.  A day ("agreed to meet on
Friday") is the planned act's own, and a bare "Friday" or "in March" takes its direction from the
tense the tagger read off the past verb, which a plan for the coming Friday contradicts.
"""

from __future__ import annotations

from datetime import date

from dateline.model import Span, Timex
from dateline.time.attachment import adjunct_date, trigger_root
from dateline.time.lexicon import word_list
from dateline.time.tense import simple_past_form

_PERIODS = frozenset({"month", "quarter", "year"})
_ABOUT_PREPS = frozenset({"for", "to"})


def infinitive_date(doc, trigger: Span, tokmap: dict[int, int], ordered: list[Timex], values,
                    dct: str | None) -> int | None:
    """Index (in ``ordered``) of the date on the past verb's infinitive complement, or None
    (``values``: the timexes' (value, granularity))."""
    from dateline.time.dating import perfect_aux, period_of  # (dating calls this module)

    verb = trigger_root(doc, trigger)
    if verb is None or verb.pos_ != "VERB" or not dct or not simple_past_form(verb):
        return None
    later = verb.lemma_.lower() in word_list("later_verbs.txt")
    try:
        today = date.fromisoformat(dct[:10])
    except ValueError:
        return None
    for x in verb.children:
        if x.dep_ != "xcomp" or x.pos_ not in ("VERB", "AUX") \
                or not any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children):
            continue
        if perfect_aux(x):
            continue  # a perfect infinitive is earlier than its verb: "was said to have sold the stake yesterday"
        k = adjunct_date(x, tokmap)
        if k is None or values[k] is None:
            continue
        if later and (ordered[k].anchor != "absolute" or values[k][1] not in _PERIODS):
            continue
        if ordered[k].type not in ("DATE", "TIME") or _for_a_period(doc, ordered[k]):
            # (a span measured from a clause, "suspend exports for four months after an earthquake",
            # is not the verb's time; nor "to qualify its audit for the year to March 2001", the
            # period the infinitive's act is about, :func:`_for_a_period`)
            continue
        period = period_of(values[k][0])
        if period is not None and period[1] < today:
            return k
    return None


def _for_a_period(doc, timex: Timex) -> bool:
    """The expression is the object of "for" or "to" ("for the year to March 2001", "to postpone
    the vote to March"): the period the act is about or a time it moves something to, not when the
    verb above was done."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in _ABOUT_PREPS
