"""In one article, the same happening reported twice is one event.

"The Nigerien government announced ... it was terminating its military cooperation agreement
with the United States" and, two sentences later, "the government has decided to denounce with
immediate effect the agreement ..." are one SANCTION.  ``merge_in_document`` keeps the first
report (the lede usually states it best), lists the later sentences in ``Event.mentions``, and
completes what the first report lacks (date, location, participants) from the later ones.  The
merged event reads the happening off its most confident report: when a later report is clearly
more confident than the kept one (by ``CLEARLY_MORE_CONFIDENT``), its sentence, trigger, type, mode,
status, reason and confidence are the event's, and the kept one's sentence becomes a further mention (a weak reading - a request
coded at 0.09 on a word that requests nothing - must not carry the trigger of a clear one at 0.98
into the data); the event keeps the first report's id and place in the list.

A date that only came from the date line (``date_reason == "dct"``: no time expression governs
the report, so the time stage fell back to the article's date) says nothing about *when* the
happening was; in-document matching treats it as undated, and a later report's own date replaces
it.  So "the junta that toppled the president" (background, dated by the date line) joins "four
months later, the army deposed Bazoum" and takes its date, 2023-07.
"""

from __future__ import annotations

from dataclasses import replace

from dateline.dedup.dates import GRANULARITY_ORDER, date_interval
from dateline.dedup.match import Signature, same_happening
from dateline.model import Event, Span

# How much more confident a later report must be to become the merged event's base.  Below it the
# first report is kept (the lede usually states the happening best): "was shot and killed" codes
# "shot" and "killed" at nearly the same confidence, and a difference of a few hundredths says
# nothing about which reading is right; a 0.98 demand over a 0.09 request does.
CLEARLY_MORE_CONFIDENT = 0.1


def _precision(event: Event) -> int:
    if event.date is None or date_interval(event.date, event.date_granularity) is None:
        return len(GRANULARITY_ORDER)
    g = event.date_granularity
    return GRANULARITY_ORDER.index(g) if g in GRANULARITY_ORDER else len(GRANULARITY_ORDER)


def _from_date_line(event: Event) -> bool:
    return event.date_reason == "dct"


def _own_date(event: Event) -> Event:
    """The event as matching should see it: a date-line fallback is no date of its own."""
    return replace(event, date=None, date_granularity="unknown") if _from_date_line(event) else event


def _dates_better(dup: Event, kept: Event) -> bool:
    """Does ``dup``'s date replace ``kept``'s?  Its own date replaces a date-line fallback; a more
    precise date inside the kept one's interval refines it ("in March" -> "on March 15")."""
    if _from_date_line(kept) and dup.date is not None and not _from_date_line(dup):
        return True
    if _precision(dup) >= _precision(kept):
        return False
    outer = date_interval(kept.date, kept.date_granularity)
    inner = date_interval(dup.date, dup.date_granularity)
    return outer is None or bool(inner and outer[0] <= inner[0] and inner[1] <= outer[1])


def _absorb(kept: Event, dup: Event) -> Event:
    """``kept`` with ``dup``'s sentence as a further mention and its gaps filled from ``dup``."""
    spans = [kept.sentence, *kept.mentions]
    for s in [dup.sentence, *dup.mentions]:
        if all((s.start, s.end) != (x.start, x.end) for x in spans):
            spans.append(Span(s.start, s.end, s.text))
    changes: dict = {"mentions": sorted(spans[1:], key=lambda s: s.start),
                     "confidence": max(kept.confidence, dup.confidence)}
    if _dates_better(dup, kept):
        changes.update(date=dup.date, date_granularity=dup.date_granularity,
                       date_reason=dup.date_reason, date_span=dup.date_span)
    if kept.location is None and dup.location is not None:
        changes["location"] = dup.location
    if not kept.actor and dup.actor:
        changes["actor"] = list(dup.actor)
    if not kept.recipient and dup.recipient:
        changes["recipient"] = list(dup.recipient)
    if not kept.mode and dup.mode:
        changes["mode"] = dup.mode
    context = list(dict.fromkeys([*kept.context, *dup.context]))
    if context != kept.context:
        changes["context"] = context
    return replace(kept, **changes)


def merge_in_document(events: list[Event]) -> list[Event]:
    """Merge reports of the same happening within one article (rules: ``dateline.dedup.match``).

    Events are taken in the order given (text order); each joins the first earlier kept event it matches, else it
    is kept.  Order and ids of kept events are unchanged; the clearly more confident of the two reports is the base
    the other's gaps are filled into; nothing is invented: a merged event's fields all come from one of its
    reports.
    """
    kept: list[Event] = []
    signatures: list[Signature] = []
    for event in events:
        sig = Signature.of(_own_date(event))
        for i, other in enumerate(signatures):
            if same_happening(other, sig, undated_ok=True):
                clearer = event.confidence >= kept[i].confidence + CLEARLY_MORE_CONFIDENT
                base, dup = (event, kept[i]) if clearer else (kept[i], event)
                kept[i] = replace(_absorb(base, dup), id=kept[i].id)
                signatures[i] = Signature.of(_own_date(kept[i]))
                break
        else:
            kept.append(event)
            signatures.append(sig)
    return kept
