"""Relevance doubts of session 24 (helper SENSE): trigger senses of business and daily life that name no PLOVER event -
a facility of one's own closed, a financial guarantee, a thing left behind, travellers going to a place, one party's
paper signed - on sentences written for the test, through the whole pipeline.

Each case first checks that the coder alone gives the event at confidence >= 0.5 (so that the test fails when the doubt
stops working), then that the layer halves it with the doubt's reason; a contrast case keeps the event sense.
"""

from __future__ import annotations

import pytest

from coded_events import at_trigger as _event, halved_by_layer as _halved


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text, trigger", [
    ("The United States closed its anti-drug office in La Paz last year.", "closed"),
    ("Congress delayed the bill over quickly closing the U.S. prison at Guantanamo Bay.", "closing"),
])
def test_closing_a_facility_of_ones_own_coerces_no_one(code, text, trigger):
    _halved(code, text, trigger, "relevance:own_closure")


@pytest.mark.parametrize("text, trigger", [
    ("Chinese authorities closed 300 internet cafes in the capital.", "closed"),
    ("Its office in Tokyo was closed by the regulators after the raids.", "closed"),
])
def test_closing_anothers_premises_stays_coercion(code, text, trigger):
    assert "relevance:own_closure" not in _event(code(text), trigger).reason


@pytest.mark.parametrize("text, trigger", [
    ("The Hydro Finance Corp, guaranteed by the government of Ontario, is issuing a 50 mln dlr bond.", "guaranteed"),
    ("The Greek government guaranteed the deposits of the two banks.", "guaranteed"),
])
def test_a_financial_guarantee_is_no_promise_to_a_party(code, text, trigger):
    _halved(code, text, trigger, "relevance:surety")


def test_guaranteeing_safety_stays_a_promise(code):
    text = "The Greek government guaranteed the safety of the monitors."
    assert "relevance:surety" not in _event(code(text), "guaranteed").reason


def test_a_thing_left_behind_is_no_withdrawal(code):
    _halved(code, "The Maoist rebels left behind a banner near the burnt tower.", "left", "relevance:left_behind")


def test_leaving_a_place_stays_a_withdrawal(code):
    text = "The Maoist rebels left the village on Monday."
    assert "relevance:left_behind" not in _event(code(text), "left").reason


def test_travellers_going_to_a_place_visit_no_party(code):
    _halved(code, "Thousands of pilgrims from Bihar visited Varanasi on Monday.", "visited", "relevance:travel_visit")


def test_a_minister_visiting_stays_a_visit(code):
    text = "The foreign minister of Bihar visited Varanasi on Monday."
    assert "relevance:travel_visit" not in _event(code(text), "visited").reason


def test_one_partys_paper_signed_is_no_agreement(code):
    text = "In court papers filed on Monday, the judge signed a declaration saying he is not biased against either side."
    _halved(code, text, "signed", "relevance:own_document")


@pytest.mark.parametrize("text", [
    "Iran and Iraq signed a declaration of friendship on Monday.",
    "The president signed a joint declaration with Japan on Monday.",
])
def test_a_declaration_of_two_parties_stays(code, text):
    assert "relevance:own_document" not in _event(code(text), "signed").reason
