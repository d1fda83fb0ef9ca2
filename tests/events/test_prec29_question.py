"""Relevance doubt of session 29 (helper PREC, sample f): a question put to someone taken for a demand.  A verb of asking
with "about" (or an indirect question: "if", "whether", a wh- word) and no infinitive or "for" of what is wanted asks
no party to act ("Asked about the strike by the dock workers, the minister praised the police"): PLOVER REQUEST
(CAMEO 02) asks a party to act.  Sentences written for the test, through the whole pipeline.

The doubted case first checks that the coder alone gives the event at confidence >= 0.5 (so that the test fails when the
doubt stops working), then that the layer lowers it below 0.5 with the doubt's reason; contrast cases keep it.
"""

from __future__ import annotations

import pytest

from coded_events import halved_by_layer as _halved, not_doubted as _not_doubted


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text, trigger", [
    ("Asked about the strike by the dock workers, the minister praised the police.", "Asked"),
    ("When asked about the strike by the dock workers, the minister praised the police.", "asked"),
])
def test_a_question_put_is_no_demand(code, text, trigger):
    _halved(code, text, trigger, "relevance:question")


@pytest.mark.parametrize("text, trigger", [
    ("The opposition leader asked the government to end the crackdown on the protest rally.", "asked"),
    ("The minister asked the dock workers to end their strike.", "asked"),
])
def test_a_demand_keeps_the_event(code, text, trigger):
    event = _not_doubted(code, text, trigger, "relevance:question")
    assert event.type == "REQUEST" and event.confidence >= 0.5
