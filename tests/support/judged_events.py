"""One event built over a parsed sentence the way ``extract`` would code it, and the relevance layer's decision
on it (``relevance.judge`` alone): each doubt stays tested even when the coder stops making that mistake."""

from __future__ import annotations

from dataclasses import replace

from dateline.actors import resolve
from dateline.events import relevance
from dateline.model import Event, Participant, Span


def event_over(doc, trigger: str, actor: str, type_: str = "ASSAULT", country: str | None = None,
               sector: str | None = None, flags=()) -> Event:
    """An event of ``type_`` at the first ``trigger`` of the sentence, with ``actor`` (its first occurrence) as
    its one actor and no recipient."""
    text = doc.text
    t, a = text.index(trigger), text.index(actor)
    return Event(id="t:e1", type=type_, mode=None, quad=4, score=-9.0, sentence=Span(0, len(text), text),
                 trigger=Span(t, t + len(trigger), trigger),
                 actor=[Participant(a, a + len(actor), actor, country, sector, flags=tuple(flags))],
                 recipient=[], confidence=0.9, reason="test")


def judged(nlp, text: str, trigger: str, actor: str, type_: str = "ASSAULT", country: str | None = None,
           sector: str | None = None, flags=()):
    """The relevance layer's decision on :func:`event_over` of ``text``, with the actors stage's mentions."""
    doc = nlp(text)
    ctx = relevance.context_of(doc, resolve(doc, None).mentions)
    return relevance.judge(event_over(doc, trigger, actor, type_, country, sector, flags), ctx)


def judged_with_recipient(nlp, text: str, trigger: str, actor: str, type_: str, recipient: str,
                          country: str | None = None, sector: str | None = None, r_country: str | None = None,
                          r_sector: str | None = None):
    """As :func:`judged`, with ``recipient`` (its first occurrence) as the event's one recipient."""
    doc = nlp(text)
    ctx = relevance.context_of(doc, resolve(doc, None).mentions)
    e = event_over(doc, trigger, actor, type_, country, sector)
    r = text.index(recipient)
    e = replace(e, recipient=[Participant(r, r + len(recipient), recipient, r_country, r_sector)])
    return relevance.judge(e, ctx)


def doubted(decision, doubt: str) -> bool:
    """Did the layer keep the event with the doubt ``relevance:<doubt>`` and a lowered confidence?"""
    return f"relevance:{doubt}" in decision.reason.split("+") and decision.factor < 1
