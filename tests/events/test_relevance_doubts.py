"""The relevance layer's doubts judged on a real parse, whatever the arguments stage picks: an event is
built over the sentence the way extract would code it, so each doubt stays tested even when the coder
itself stops making that mistake (``relevance.judge`` on its own)."""

from __future__ import annotations

from judged_events import judged


def _judge(nlp, text, trigger, actor, flags=()):
    return judged(nlp, text, trigger, actor, flags=flags)


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
