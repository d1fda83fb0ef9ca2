"""Relevance doubt of session 25 (helper PREC): a photo caption describes a picture, not the story's news.
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
    ("Prime Minister Jane Doe, left, and President John Roe meet at the summit in Oslo in 2015.", "meet"),
    ("Foreign Minister Ann Lee (second right) meets President John Roe in Oslo in 2015.", "meets"),
])
def test_a_photo_caption_is_no_news(code, text, trigger):
    _halved(code, text, trigger, "relevance:photo_caption")


def test_a_name_and_an_apposition_are_no_caption(code):
    text = "Prime Minister Jane Doe, the leader of the ruling party, met President John Roe in Oslo on Monday."
    event = _event(code(text), "met")
    assert event is not None and "relevance:photo_caption" not in event.reason
