"""Captives released with no releaser named (issue 5, session 15, helper RECALL): an agentless passive of releasing a
person ("she was released on 7 June", "the hostages were freed") is PLOVER RETREAT release 'Release captives' (CAMEO
0841 'Return, release person(s)'), coded with no actor and the person released as recipient (releases.py, called
from agentless.py) - when the passage tells the captivity (an arrest, a kidnapping, hostages, bail: data
captivity_words) and names no medical care.  Real spaCy model and actors stage; sentences written for these tests.
The positive tests fail without the rule; the guards pin what must not change."""

from __future__ import annotations

import pytest
from coded_events import has_doerless, rows as _events


@pytest.mark.parametrize("text, person", [
    ("He referred to the illegal arrest of professor Maria Ochoa. She was released on 7 June.", "She"),
    ("The two hostages were freed on Monday, officials said.", "hostages"),
    ("Eight abducted workers were released on May 15 in Dera Ismail Khan District.", "workers"),
    ("Another man, who was arrested on the day of the theft, was released on bail.", "man"),
])
def test_captives_released_with_no_releaser(code, text, person):
    found, evs = has_doerless(code, text, "RETREAT", person)
    assert found, evs


@pytest.mark.parametrize("text", [
    "Myers was released from the hospital last Monday. Shaw was released Thursday.",  # care, and no captivity told
    "The wounded officer was treated and released after the shooting.",  # medical care in the sentence
    "The film was released on Friday.",  # no person
    "The victim's identity has not been released.",  # a thing of the person's, not the person
    "The singer was released on Friday.",  # nothing tells that anyone held her
    "The hostage was sent back to Norway.",  # where a person is taken, not a release verb
    # where a person is released *into* is not what held them
    "The boy was plucked from the sea. He was immediately released into the custody of relatives in Miami.",
])
def test_no_agentless_release_outside_captivity(code, text):
    evs = _events(code, text)
    assert not any(t == "RETREAT" and not actors for t, _, actors, _ in evs), evs


def test_releaser_named_keeps_its_actor(code):
    evs = _events(code, "The rebels released the two hostages on Monday.")
    assert any(t == "RETREAT" and any("rebels" in a for a in actors) for t, _, actors, _ in evs), evs
