"""A person captured with no captor named is an event with an unknown doer (session 35, helper RECALL): "capture" in
``agentless_violence`` (events/data/agentless_words.tsv), as "abduct" and "kidnap" are - whoever took them, a person
taken by force is ASSAULT or COERCE for an analyst (ACLED's unidentified actor).  A place, a moment or a title
captured is no person and stays uncoded.  Sentences written for this test."""

from __future__ import annotations


def _captures(events):
    return [e for e in events if e.trigger.text.lower().startswith("captured")]


def test_passive_capture_of_people_with_no_captor(code):
    events = _captures(code("Two aid workers were captured on the road to the camp last week."))
    assert len(events) == 1
    assert events[0].actor == []
    assert [p.text for p in events[0].recipient] == ["Two aid workers"]


def test_headline_capture_with_no_captor(code):
    # a headline line drops "were": the fighters are the ones taken, not the captors (headline_passives.py)
    events = _captures(code("Rebel fighters captured near border town"))
    assert len(events) == 1
    assert events[0].actor == []
    assert [p.text for p in events[0].recipient] == ["Rebel fighters"]


def test_captured_place_is_no_event(code):
    assert _captures(code("The hill town was captured on Sunday.")) == []


def test_captured_image_is_no_event(code):
    assert _captures(code("The moment was captured on camera by a passer-by.")) == []
