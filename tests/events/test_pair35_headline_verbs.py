"""Session 35 (helper PAIR): more verbs that always take an object in prose - capture, torture, assassinate - read
as passives when bare in a headline ("Rebel fighters captured near border town": the fighters were captured; an
active headline would be in the present, "Rebels capture town").  frame_roles.tsv headline_passive_verbs.

Sentences written for these tests."""

from __future__ import annotations


def test_captured_fighters_in_a_headline_captured_no_one(code):
    events = code("Rebel fighters captured near border town")
    assert not any("Rebel fighters" in [a.text for a in e.actor] for e in events)


def test_tortured_prisoners_in_a_headline_were_tortured(code):
    events = [e for e in code("Two Prisoners Tortured In Police Custody") if e.trigger.text == "Tortured"]
    assert events and all(not e.actor and [r.text for r in e.recipient] == ["Two Prisoners"] for e in events)


def test_capture_with_an_object_keeps_its_doer(code):
    events = [e for e in code("The rebels captured two soldiers near the border.") if e.trigger.text == "captured"]
    assert events and all([a.text for a in e.actor] == ["The rebels"] for e in events)
