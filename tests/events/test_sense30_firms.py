"""Relevance doubts of session 30 (helper SENSE): a firm or a club doing business (sense_doubts.firm_commerce,
data/layer_doubts.tsv firm_commerce / firm_commerce_verbs) and one's own facility to be closed retyped THREATEN
(own_closure's THREATEN row), on sentences written for the test, through the whole pipeline.

Where the coder alone gives the event at confidence >= 0.5 the case checks that the layer halves it below 0.5 with the
doubt's reason; where another doubt of the layer already lowers it, that the reason is there.  Contrast cases keep the
political readings: a government acting on a firm, a firm's plant attacked, rebels attacking.
"""

from __future__ import annotations

import pytest

from coded_events import at_trigger, halved_by_layer as _halved, not_doubted as _not_doubted

FIRM = "relevance:firm_commerce"


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text, trigger", [
    ("Norvex has launched an attack on its rivals with cheaper tariffs.", "attack"),
    ("The club sacked its manager after a run of defeats.", "sacked"),
])
def test_a_firm_doing_business_is_doubted(code, text, trigger):
    _halved(code, text, trigger, FIRM)


@pytest.mark.parametrize("text, trigger", [
    ("Brentwick agreed to buy the smaller carrier for $2 billion.", "agreed"),
    ("Kelmaro has accepted an offer from a Dutch rival for its insurance arm.", "accepted"),
    ("Telvora agreed to sell its stake in the venture to a Russian rival.", "agreed"),
    ("Ravensdale signed the Brazilian striker from Porto on Tuesday.", "signed"),
])
def test_a_firm_trading_carries_the_doubt(code, text, trigger):
    event = at_trigger(code(text), trigger)
    assert event is not None and FIRM in event.reason and event.confidence < 0.5


@pytest.mark.parametrize("text, trigger", [
    ("The government fined BP $20 million for the spill.", "fined"),
    ("Gunmen attacked the BP plant in Algeria, killing two workers.", "attacked"),
    ("Rebels launched an attack on army positions near the border.", "attack"),
    ("The oil minister signed contracts with three foreign firms.", "signed"),
    ("Washington imposed sanctions on the shipping company and its subsidiaries.", "imposed"),
])
def test_political_acts_on_firms_stay(code, text, trigger):
    _not_doubted(code, text, trigger, FIRM)


def test_own_factory_to_be_closed_is_no_threat(code):
    _halved(code, "The carmaker will close its factory in Belgium next year.", "close", "relevance:own_closure")
