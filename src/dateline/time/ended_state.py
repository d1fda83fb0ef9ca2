"""A past act that ran "until" a time before the date line is over by then.

"The rebels held the town until January", "the siege lasted until February", "the ban remained in force
until last week", "he served as mayor through January" (all in a March story): the phrase is the
bound the act ran to, not a time of the story (:func:`dateline.time.attachment.is_bounded`), and since that
bound lies wholly before the date line, the act is over before the date line's day - and before any story
time later than the bound (the lede's "yesterday").  Where the sentence gives no start ("from May until
January" is a range, dated by :func:`dateline.time.dating._range`), the act lies before the bound at a time
the text does not give: no date rather than the date line's.

Only a past clause (simple past or past perfect) of a state (``data/continuing_verbs.txt``,
``data/state_verbs.txt``: remain, last, hold, rule, serve; "be") with the bound on its own verb or the
complement that carries its state ("remained closed until Monday"); not a verb of change whose result the
bound ends ("postponed the vote until January", "extended the loans through January": done before, and
the bound is often still ahead), not a negated one ("did not leave until Friday": there "until" names the
point the act happened, and the parse walk dates it), not a reported one ("said the road remained closed
until Monday" may be a present shifted back), nor a bound still ahead of the date line ("kept the border
closed until next month").
"""

from __future__ import annotations

from datetime import date

from dateline.time.indefinite import clause_verb, past_clause
from dateline.time.tense import backshifted, state_verb

_END_PREPS = frozenset({"until", "till", "til", "through"})
# the complements that carry the verb's state: "remained closed until Monday", "stayed in force until"
_CARRIERS = frozenset({"acomp", "attr", "oprd", "xcomp"})


def ended_before(doc, trigger, bounds: dict[int, int], values) -> date | None:
    """The last day of the bound a past act of ``trigger`` ran until, or None.  ``bounds`` maps tokens
    to timex indexes, the bounding expressions included; ``values`` are the timexes' (value, gran)."""
    from dateline.time.dating import period_of  # (dating calls this module)

    verb = clause_verb(doc, trigger)
    if verb is None or not past_clause(verb) or not state_verb(verb) or backshifted(verb) \
            or any(c.dep_ == "neg" for c in verb.children):
        return None
    for word in [verb] + [c for c in verb.children if c.dep_ in _CARRIERS]:
        for prep in word.children:
            if prep.dep_ != "prep" or prep.lower_ not in _END_PREPS:
                continue
            obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            k = bounds.get(obj.i) if obj is not None else None
            if k is None or values[k] is None:
                continue
            period = period_of(values[k][0].split("T")[0])
            if period is not None:
                return period[1]
    return None


def over_before(end: date | None, dct: str | None, value: str | None) -> bool:
    """Does a date (``value``; None: the date line's) fall after the end of the bound the act ran until?"""
    from dateline.time.dating import period_of

    if end is None or not dct:
        return False
    try:
        today = date.fromisoformat(dct[:10])
    except ValueError:
        return False
    if end >= today:
        return False  # a bound still ahead: the act may go on at the date line
    if value is None:
        return True
    period = period_of(value)
    return period is not None and period[0] > end
