"""Coordinated passives share one "by" agent (session 19, helper JOIN): "was detained and later released *by
police*" - the police detained him too (``roles.shared_passive_agent``)."""

from __future__ import annotations


def _has(events, trigger, actor, recipient):
    return any(e.trigger.text == trigger and [p.text for p in e.actor] == [actor]
               and [p.text for p in e.recipient] == [recipient] for e in events)


def test_later_participle_carries_the_agent(code):
    events = code("The opposition leader was detained and later released by police.")
    assert _has(events, "detained", "police", "The opposition leader")


def test_attacked_and_looted(code):
    events = code("The convoy was attacked and looted by armed men.")
    assert _has(events, "attacked", "armed men", "The convoy")


def test_earlier_participle_carries_the_agent(nlp):
    from dateline.events import roles
    doc = nlp("The journalist was arrested by police and charged with treason.")
    charged = next(t for t in doc if t.text == "charged")
    assert [doc[a.start:a.end].text for a in roles.shared_passive_agent(charged)] == ["police"]


def test_active_conjunct_shares_no_agent(nlp):
    from dateline.events import roles
    doc = nlp("Police arrested the journalist and he was later released by a judge.")
    arrested = next(t for t in doc if t.text == "arrested")
    assert roles.shared_passive_agent(arrested) == []
