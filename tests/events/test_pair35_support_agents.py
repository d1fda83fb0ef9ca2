"""Session 35 (helper PAIR): an event noun that is the passive subject of its support verb is done by the verb's
"by" agent, not by its possessor ("*Germany's* largest protest was staged *by farmers*": the farmers protest), as
the participle "the protest staged by farmers" already says (noun_roles._by_agent).

Sentences written for these tests."""

from __future__ import annotations


def _actors(events, trigger):
    return [[a.text for a in e.actor] for e in events if e.trigger.text == trigger]


def test_passive_support_verb_agent_over_the_possessor(code):
    events = code("Germany's largest protest was staged on Sunday by farmers.")
    assert _actors(events, "protest") == [["farmers"]]


def test_passive_support_verb_agent_over_a_place_possessor(code):
    events = code("Kenya's biggest strike in a decade was called by the teachers' union.")
    assert _actors(events, "strike") and all("Kenya" not in " ".join(a) for a in _actors(events, "strike"))


def test_possessor_stays_without_an_agent(code):
    events = code("Israel's attack on the convoy was condemned by the United Nations.")
    assert _actors(events, "attack") == [["Israel's"]]
