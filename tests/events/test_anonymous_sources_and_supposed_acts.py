"""Session 58, probes of unjudged news: a source who "asked not to be named" or "asked to remain anonymous" states the
terms of an interview, no demand of a party (asking the government "to name the attackers" still is one); and an act
someone "is supposed to" do is expected of them, not done.  Sentences written for the test, through the whole
pipeline."""

from __future__ import annotations

import pytest

from coded_events import at_trigger, halved_by_layer, not_doubted


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text", [
    "A senior official, who asked not to be named, said the talks had failed.",
    "A diplomat who asked not to be identified because he was not authorised to speak said the talks had failed.",
    "The convoy was hit near the border, according to a military officer who asked to remain anonymous.",
])
def test_a_source_asking_for_anonymity_makes_no_demand(code, text):
    halved_by_layer(code, text, "asked", "relevance:anonymity")


def test_asking_a_party_to_name_someone_is_a_demand(code):
    not_doubted(code, "The families asked the government to name the attackers.", "asked", "relevance:anonymity")


@pytest.mark.parametrize("text, trigger", [
    ("The two presidents are supposed to discuss the border dispute next month.", "discuss"),
    ("The minister was supposed to meet the rebel delegation on Monday.", "meet"),
])
def test_an_act_one_is_supposed_to_do_is_not_done(code, text, trigger):
    event = at_trigger(code(text, layer=False), trigger)
    assert event is not None and event.status != "factual", event
