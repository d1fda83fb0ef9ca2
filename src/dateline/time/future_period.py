"""A future state that runs "through" a period ahead of the date line is dated by that period.

"The price wars will continue through next year", "costs will continue to be a drag on earnings
through 1990", "prices will stay high throughout next year": the state is told of a time ahead of
the telling, and the period it runs through (or throughout) is the part of it the sentence places;
the date line, where the event would fall otherwise, is no time of the state's at all.  "through"
only on a verb of going on (``data/continuing_verbs.txt``: continue, remain, stay): a verb of change
whose result lasts ("would extend the program through 2017") is done before the period, which bounds
only the result; "throughout" on any verb (the act fills the period: "will rally throughout 2011").  A past state
bounded the same way ("remained in the town through 1988") is left alone: there "through" is the
bound of what happened, not a time of the story (:func:`dateline.time.attachment.is_bounded`).  Only a
period of a month or longer: "will stay closed through Tuesday" runs from now to Tuesday, and a single
day would say more than the sentence does.
"""

from __future__ import annotations

from datetime import date

from dateline.model import Span
from dateline.time.attachment import trigger_root
from dateline.time.lexicon import word_list

_THROUGH = frozenset({"through", "throughout"})
_FUTURE_AUXILIARIES = frozenset({"will", "'ll", "shall", "wo", "would", "'d"})
_PERIODS = frozenset({"month", "quarter", "year"})
# the verb's own words that may carry the "through" phrase: the infinitive it goes on with ("will
# continue to be a drag ... through 1990"), its adjective or noun complement ("will remain closed
# through March")
_CARRIERS = frozenset({"xcomp", "acomp", "attr", "oprd"})


def future_period(doc, trigger: Span, bounds: dict[int, int], values, dct: str | None) -> int | None:
    """Index (in the timexes ``values`` describes) of the period a future state of ``trigger`` runs
    through, or None.  ``bounds`` maps tokens to the bounding expressions too (they are excluded from
    ordinary dating, :func:`dateline.time.attachment.token_map`)."""
    from dateline.time.dating import period_of  # (dating calls this module)

    verb = trigger_root(doc, trigger)
    if verb is None or verb.pos_ not in ("VERB", "AUX") or not dct or not _future(verb):
        return None
    try:
        today = date.fromisoformat(dct[:10])
    except ValueError:
        return None
    going_on = verb.lemma_.lower() in word_list("continuing_verbs.txt")
    for word in _words_of(verb):
        for prep in word.children:
            if prep.dep_ != "prep" or prep.lower_ not in _THROUGH or (prep.lower_ == "through" and not going_on):
                continue
            obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if obj is None or obj.i not in bounds:
                continue
            k = bounds[obj.i]
            value = values[k]
            if value is None or value[1] not in _PERIODS:
                continue
            period = period_of(value[0])
            if period is not None and period[0] > today:
                return k  # wholly ahead of the date line: the state's time the sentence gives
    return None


def _future(verb) -> bool:
    """"will continue", "would remain" (a future told in the past), "'ll stay"."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUXILIARIES for c in verb.children)


def _words_of(verb):
    """The verb and the complements that carry its state, two steps down at most."""
    out = [verb]
    for c in verb.children:
        if c.dep_ in _CARRIERS:
            out.append(c)
            out.extend(g for g in c.children if g.dep_ in _CARRIERS)
    return out

