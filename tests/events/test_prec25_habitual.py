"""Relevance doubts of session 25 (helper PREC): a clause of habit or of the past at large reports no particular event.
Sentences written for the test, through the whole pipeline.

Each case first checks that the coder alone gives the event at confidence >= 0.5 (so that the test fails when the doubt
stops working), then that the layer halves it with the doubt's reason; a contrast case keeps it.
"""

from __future__ import annotations

import pytest

from coded_events import at_trigger as _event, halved_by_layer as _halved


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text, trigger", [
    ("Officials said the rebel group has attacked government convoys in the north in the past.", "attacked"),
    ("The minister, who visited Kenya several times, died on Monday.", "visited"),
    ("Western governments often condemn the regime for its treatment of journalists.", "condemn"),
    ("The opposition leader has always demanded an inquiry into the deal.", "demanded"),
])
def test_a_habit_or_the_past_at_large_is_no_event(code, text, trigger):
    _halved(code, text, trigger, "relevance:habitual")


@pytest.mark.parametrize("text, trigger", [
    ("Officials said the rebel group attacked a government convoy in the north on Monday.", "attacked"),
    ("The minister, who visited Kenya three times last year, met the president on Monday.", "visited"),
    ("Police have repeatedly fired tear gas at the protesters since Sunday.", "fired"),
])
def test_a_particular_or_repeated_act_stays(code, text, trigger):
    event = _event(code(text), trigger)
    assert event is not None and "relevance:habitual" not in event.reason
