"""Relevance doubt of session 34 (helper SENSE): a party named inside what a meeting is about ("a meeting on Iraqi
reconstruction") is its topic, no partner met (events/meeting_topics.py; PLOVER CONSULT).  Sentences written for the
test, through the whole pipeline: each case first checks that the coder alone gives the CONSULT at confidence >= 0.5,
then that the layer halves it below 0.5; the contrast cases (a partner with "with") stay.
"""

from __future__ import annotations

import pytest

from coded_events import halved_by_layer as _halved, not_doubted as _not_doubted


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text, trigger", [
    ("Tuesday's meeting on Palestinian reform was hosted by the British prime minister.", "meeting"),
    ("The British prime minister held a meeting on Iraqi reconstruction in London.", "held"),
])
def test_a_party_inside_the_topic_is_no_partner(code, text, trigger):
    _halved(code, text, trigger, "relevance:topic_as_partner")


@pytest.mark.parametrize("text, trigger", [
    ("The British prime minister held talks with Iran on its nuclear programme.", "held"),
    ("The British prime minister held a meeting with the Iraqi president on reconstruction.", "held"),
    ("The UN Security Council resumed its discussions on the famine.", "resumed"),
])
def test_a_partner_met_stays(code, text, trigger):
    _not_doubted(code, text, trigger, "relevance:topic_as_partner")
