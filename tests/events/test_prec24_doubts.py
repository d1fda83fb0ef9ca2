"""Relevance doubts of session 24 (helper PREC): roles the coder reads wrongly, each on sentences written for the test,
through the whole pipeline.

Each case first checks that the coder alone gives the event at confidence >= 0.5 (so that the test fails when the doubt
stops working), then that the layer halves it with the doubt's reason; a contrast case keeps it.
"""

from __future__ import annotations

import pytest

from coded_events import at_trigger as _event, halved_by_layer as _halved


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


# An act countered or joined by the subject of the verb that governs it: the subject does not do it.

@pytest.mark.parametrize("text, trigger", [
    ("Government troops tried to put down the uprising in the north.", "uprising"),
    ("The involved parties are cooperating with the investigation, which is ongoing.", "investigation"),
])
def test_who_counters_or_joins_an_act_does_not_do_it(code, text, trigger):
    _halved(code, text, trigger, "relevance:countered_act")


def test_who_stages_an_uprising_does_it(code):
    text = "Students staged an uprising against the military government in the north."
    event = _event(code(text), "uprising")
    assert event is not None and "relevance:countered_act" not in event.reason


# An organised action read as its own doer: the doer goes unnamed.

@pytest.mark.parametrize("text, trigger", [
    ("Military operations have forced the rebel groups to retreat into the jungle.", "forced"),
    ("Operation Lightning, which deployed joint police-military patrols in two cities, has lowered violence.", "deployed"),
])
def test_an_operation_is_no_party(code, text, trigger):
    _halved(code, text, trigger, "relevance:actor_not_a_party")


def test_the_army_that_forces_is_a_party(code):
    text = "The army has forced the rebel groups to retreat into the jungle."
    assert "relevance:actor_not_a_party" not in _event(code(text), "forced").reason


# An arrest is the authorities' act: a criminal read as its doer is the charge's words.

def test_a_felon_does_not_arrest(code):
    text = "Police said the man was arrested for possession of a firearm by a felon."
    _halved(code, text, "arrested", "relevance:private_arrest")


def test_police_arrest(code):
    text = "The man was arrested by police for possession of a firearm."
    assert "relevance:private_arrest" not in _event(code(text), "arrested").reason
