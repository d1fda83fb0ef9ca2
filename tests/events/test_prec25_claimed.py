"""Relevance doubt of session 25 (helper PREC): a party telling of its own side's act claims it; it accuses no one.
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
    ("On Friday the Islamic State (IS) claimed IS fighters killed a police officer in the capital.", "claimed"),
    ("The Taliban claimed its fighters killed two soldiers in Helmand on Tuesday.", "claimed"),
])
def test_a_claim_of_ones_own_act_accuses_no_one(code, text, trigger):
    _halved(code, text, trigger, "relevance:own_act_claimed")


def test_a_claim_that_another_party_did_it_accuses(code):
    text = "The Taliban claimed government soldiers killed two villagers in Helmand on Tuesday."
    event = _event(code(text), "claimed")
    assert event is not None and event.type == "ACCUSE" and "relevance:own_act_claimed" not in event.reason
