"""Relevance doubt of session 35 (helper SENSE): what a share of the public says or thinks (events/polled_opinions.py) -
"most voters", "a majority of Kenyans", "60 percent of respondents" - is an opinion poll or a vote counted, no act of a
party.  Sentences written for the test, through the whole pipeline: each case first checks that the coder alone gives
the event at confidence >= 0.5, then that the layer halves it below 0.5; the contrast cases stay.
"""

from __future__ import annotations

import pytest

from coded_events import halved_by_layer as _halved, not_doubted as _not_doubted


@pytest.mark.parametrize("text, trigger", [
    ("Most British voters said Britain should stay in the European Union.", "said"),
    ("A majority of Kenyan voters say the Kenyan government should resign.", "say"),
    ("Most Americans support the president's plan to withdraw troops from Iraq, a poll showed.", "support"),
    ("Most Kenyans blame the government for the violence, according to a survey.", "blame"),
])
def test_a_share_of_the_public_gives_an_opinion_no_act(code_in_pipeline, text, trigger):
    _halved(code_in_pipeline, text, trigger, "relevance:polled_opinion")


@pytest.mark.parametrize("text, trigger", [
    ("The Kenyan opposition said the Kenyan government should resign.", "said"),
    ("Many Kenyan protesters said the Kenyan president should resign.", "said"),
])
def test_a_party_or_protesters_saying_what_should_be_done_stay(code_in_pipeline, text, trigger):
    _not_doubted(code_in_pipeline, text, trigger, "relevance:polled_opinion")

