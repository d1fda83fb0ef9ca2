"""Relevance doubt of session 25 (helper PREC): the consequent of an "if" or "unless" clause happens only if the
condition does.  Sentences written for the test, through the whole pipeline.

Each case first checks that the coder alone gives the event at confidence >= 0.5 (so that the test fails when the doubt
stops working), then that the layer halves it with the doubt's reason; contrast cases keep it.
"""

from __future__ import annotations

import pytest

from coded_events import at_trigger as _event, halved_by_layer as _halved


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text, trigger", [
    ("If the report is accurate, the army shelled the village before the ceasefire began.", "shelled"),
    ("Unless the talks resume, the army will attack the rebel positions in the north.", "attack"),
])
def test_the_consequent_of_a_condition_is_not_done(code, text, trigger):
    _halved(code, text, trigger, "relevance:conditional")


@pytest.mark.parametrize("text, trigger", [
    ("The rebels attended a meeting with the mediators on Monday, even if the government had rejected the terms.",
     "meeting"),
    ("The minister warned the rebels of severe consequences if they attacked the capital.", "warned"),
])
def test_a_concession_or_a_threat_stays(code, text, trigger):
    event = _event(code(text), trigger)
    assert event is not None and "relevance:conditional" not in event.reason
