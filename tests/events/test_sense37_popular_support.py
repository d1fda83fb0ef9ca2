"""Relevance doubt of session 37 (lead): the support or backing of the public (events/polled_opinions.py,
``popular_support``) is popularity, no aid given and no party endorsed; the support of a party stays.  Sentences
written for the test, through the whole pipeline."""

from __future__ import annotations

import pytest

from coded_events import at_trigger


@pytest.mark.parametrize("text", [
    "The vigilante designation helped the criminal organization win the support of the local population.",
    "The president still enjoys the support of the residents in the north, the poll found.",
])
def test_the_support_of_the_public_is_doubted(code_in_pipeline, text):
    event = at_trigger(code_in_pipeline(text), "support")
    assert event is None or "relevance:popular_support" in event.reason, event
    before = at_trigger(code_in_pipeline(text, layer=False), "support")
    assert before is not None and before.type in ("AID", "SUPPORT")


@pytest.mark.parametrize("text", [
    "The rebels won the support of the Iranian government for their offensive.",
    "The rebels have lost the support of the army in the northern villages.",
])
def test_the_support_of_a_party_stays(code_in_pipeline, text):
    event = at_trigger(code_in_pipeline(text), "support")
    assert event is not None and "relevance:popular_support" not in event.reason, event
