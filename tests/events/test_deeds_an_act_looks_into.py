"""Session 58, a probe of unjudged news: the deed that a promised, sought or vowed act is done to keeps its own
status - "promised to investigate the murder of six Jesuit priests" promises the investigation; the murder happened
and is no threat ("vowed to attack"), no agreement and no plan.  Through the object of an event verb that is no light
verb, or the "of"/"into" object of an event noun; "accepted an offer of asylum" still offers the asylum, and "pledged
to hold talks" still pledges the talks.  Sentences written for the test, through the whole pipeline."""

from __future__ import annotations

import pytest

from coded_events import all_at


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text", [
    "The government today promised to investigate in detail the murder of six Jesuit priests.",
    "The government promised Spain to conduct an in-depth investigation of the murder of the Jesuits.",
])
def test_the_deed_a_promised_investigation_looks_into_happened(code, text):
    events = code(text, layer=False)
    assert not any(e.type == "THREATEN" for e in events), events
    murders = all_at(events, "murder")
    assert murders and all(e.type == "ASSAULT" and e.status == "factual" for e in murders), murders


def test_an_offer_of_asylum_still_offers_it(code):
    events = code("A senior official said President Taylor had accepted an offer of asylum.", layer=False)
    assert any(e.type == "AGREE" for e in all_at(events, "asylum")), events


def test_a_pledge_to_hold_talks_still_pledges_them(code):
    events = code("The rebels pledged to hold talks with the government.", layer=False)
    assert any(e.type == "AGREE" for e in events), events
