"""Session 35 (helper PAIR): "two students were killed in *police firing*" - the compound event noun (firing by the
police) names who did the harm the agentless passive reports, in whichever way the parser reads it (a noun and a
participle, "police [who were] firing", or an -ing noun with a compound before it) (force_participles.py).

Sentences written for these tests."""

from __future__ import annotations


def _events(events, word):
    return [e for e in events if word in e.trigger.text]


def test_killed_in_police_firing(code):
    events = _events(code("Two students were killed in police firing."), "killed")
    assert [[a.text for a in e.actor] for e in events] == [["police"]]
    assert [[r.text for r in e.recipient] for e in events] == [["Two students"]]


def test_wounded_in_army_shelling(code):
    events = _events(code("Three villagers were wounded in army shelling."), "wounded")
    assert [[a.text for a in e.actor] for e in events] == [["army"]]


def test_a_shooting_with_no_party_names_no_doer(code):
    events = _events(code("He was killed in a shooting."), "killed")
    assert events and all(not e.actor for e in events)
