"""The relevance layer's doubts judged on a real parse, whatever the arguments stage picks: an event is
built over the sentence the way extract would code it, so each doubt stays tested even when the coder
itself stops making that mistake (``relevance.judge`` on its own)."""

from __future__ import annotations

from dateline.actors import resolve
from dateline.events import relevance
from dateline.model import Event, Participant, Span


def _event(doc, trigger: str, actor: str, flags=(), type_="ASSAULT") -> Event:
    text = doc.text
    t, a = text.index(trigger), text.index(actor)
    return Event(id="t:e1", type=type_, mode=None, quad=4, score=-9.0, sentence=Span(0, len(text), text),
                 trigger=Span(t, t + len(trigger), trigger),
                 actor=[Participant(a, a + len(actor), actor, None, None, flags=tuple(flags))],
                 recipient=[], confidence=0.9, reason="test")


def _judge(nlp, text, trigger, actor, flags=()):
    doc = nlp(text)
    ctx = relevance.context_of(doc, resolve(doc, None).mentions)
    return relevance.judge(_event(doc, trigger, actor, flags), ctx)


def test_a_passive_whose_actor_is_not_its_agent_is_doubted(nlp):
    # "The man ... was stabbed": the coordinated passive's subject is its victim
    d = _judge(nlp, "The man was walking home and was stabbed in the back.", "stabbed", "The man")
    assert "relevance:passive_no_agent" in d.reason.split("+") and d.factor < 1


def test_a_passive_with_its_agent_as_actor_is_not_doubted(nlp):
    d = _judge(nlp, "The minister was shot by a gunman outside his home.", "shot", "a gunman", ["passive_agent"])
    assert "relevance:passive_no_agent" not in d.reason


def test_an_active_verb_is_not_doubted(nlp):
    d = _judge(nlp, "A gunman shot the minister outside his home.", "shot", "A gunman")
    assert "relevance:passive_no_agent" not in d.reason
