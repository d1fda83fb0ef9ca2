"""Relevance doubts of session 24 (helper SENSE): word senses of trigger verbs that name no PLOVER event, on sentences
written for the test, through the whole pipeline.

Each case first checks that the coder alone gives the event at confidence >= 0.5 (so that the test fails when the doubt
stops working), then that the layer halves it with the doubt's reason; a contrast case keeps the event sense.
"""

from __future__ import annotations

import pytest

from coded_events import at_trigger as _event, halved_by_layer as _halved


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text, trigger", [
    ("Kenya beat Nigeria 2-1 in Lagos on Sunday.", "beat"),
    ("Brazil beat Argentina in the final on Sunday.", "beat"),
    ("The singer beat Madonna and Elton John in the magazine's annual list of top earners.", "beat"),
    ("The Frenchman blew away the competition on the last mountain stage.", "blew"),
])
def test_beating_someone_in_a_contest_is_no_force(code, text, trigger):
    _halved(code, text, trigger, "relevance:contest")


@pytest.mark.parametrize("text, trigger", [
    ("Police beat the protesters in the square on Sunday.", "beat"),
    ("Soldiers beat two prisoners to death in the camp.", "beat"),
])
def test_a_beating_stays_force(code, text, trigger):
    assert "relevance:contest" not in _event(code(text), trigger).reason
