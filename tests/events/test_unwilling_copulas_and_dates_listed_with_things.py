"""Session 58, probes of unjudged news: a party that "is not willing" to negotiate refuses (the parser hangs the
negation on the copula, not on "willing"), while "weren't available to comment" keeps its own reading; and a date the
parser lists with a thing ("investigating the killing of Alvarez on 25 January and today's attack") dates no plan
of a present progressive.  Sentences written for the test, through the whole pipeline."""

from __future__ import annotations

import pytest

from coded_events import all_at


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


def test_not_willing_to_negotiate_a_ceasefire_is_a_refusal(code):
    events = code("The government is not willing to negotiate a ceasefire with the rebels.", layer=False)
    assert not any(e.type == "AGREE" and e.status == "factual" for e in events), events
    assert any(e.type == "REJECT" for e in events), events


def test_willing_to_negotiate_a_ceasefire_is_still_an_agreement(code):
    events = code("The government is willing to negotiate a ceasefire with the rebels.", layer=False)
    assert any(e.type == "AGREE" and e.status == "factual" for e in events), events


@pytest.mark.parametrize("trigger", ["investigating", "killing"])
def test_a_date_listed_with_a_thing_dates_no_plan(code, trigger):
    text = "Police are investigating the killing of Alvarez on 25 January and today's attack in San Pedro Sula."
    events = all_at(code(text, layer=False), trigger)
    assert events and all(e.status == "factual" for e in events), events
