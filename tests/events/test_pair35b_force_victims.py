"""Session 35 (helper PAIR2): those who died or were hurt in an act of force named on "in" or "during" are the ones it
was done to - "six villagers died in an Israeli air strike", "two marchers died in police firing" (force_victims.py);
the act had a doer and no target.  An act with a target of its own keeps it; who was killed while attacking is no
target of the attack.

Sentences written for these tests."""

from __future__ import annotations

import pytest


def _at(events, word):
    return [e for e in events if e.trigger.text.split()[0] == word]


@pytest.mark.parametrize("text, word, actor, dead", [
    ("Six villagers died in an Israeli air strike.", "air", "Israeli", "Six villagers"),
    ("Two marchers died in police firing on Sunday.", "firing", "police", "Two marchers"),
    ("Five workers died in army shelling on Tuesday.", "shelling", "army", "Five workers"),
])
def test_the_dead_are_the_targets_of_the_force(code, text, word, actor, dead):
    events = _at(code(text), word)
    assert [([a.text for a in e.actor], [r.text for r in e.recipient]) for e in events] == [([actor], [dead])]


def test_a_named_target_stays(code):
    events = _at(code("Six villagers died in an Israeli air strike on Gaza."), "air")
    assert [[r.text for r in e.recipient] for e in events] == [["Gaza"]]


def test_no_death_no_target(code):
    events = _at(code("Six villagers watched an Israeli air strike."), "air")
    assert all(not e.recipient or "villagers" not in e.recipient[0].text for e in events)
