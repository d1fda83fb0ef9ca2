"""Relevance doubt of session 25 (helper PREC): a word of force in quotation marks of its own is a figure.
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
    ('The police chief said criminal hackers "kidnap" the computer networks of hospitals and banks.', "kidnap"),
    ('Critics said the ruling party had "hijacked" the budget debate in parliament.', "hijacked"),
])
def test_a_word_of_force_in_quotation_marks_is_a_figure(code, text, trigger):
    _halved(code, text, trigger, "relevance:quoted_figure")


def test_force_reported_in_a_quotation_is_force(code):
    text = 'The police chief said: "Criminal gangs kidnapped two bank managers in the capital on Monday."'
    event = _event(code(text), "kidnapped")
    assert event is not None and "relevance:quoted_figure" not in event.reason
