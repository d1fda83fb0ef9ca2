"""Relevance doubts of session 33 (helper SENSE): senses of the economy (events/economy_senses.py) - a workforce
dismissed, a deal struck with the management, a cut or a freeze of wages or taxes, a product rejected - and the
conditions of a place investigated (research, events/sense_phrases.py) - on sentences written for the test,
through the whole pipeline.

Each case first checks that the coder alone gives the event at confidence >= 0.5, then that the layer halves it below
0.5 with the doubt's reason; the contrast cases keep the political sense.
"""

from __future__ import annotations

import pytest

from coded_events import halved_by_layer as _halved, not_doubted as _not_doubted


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text, trigger", [
    ("The company fired 200 workers last month.", "fired"),
    ("Hundreds of workers were fired by the company.", "fired"),
])
def test_a_workforce_dismissed_is_no_coercion(code, text, trigger):
    _halved(code, text, trigger, "relevance:dismissed_workforce")


@pytest.mark.parametrize("text, trigger", [
    ("The president sacked the defence minister.", "sacked"),
    ("Guards fired on the striking workers.", "fired on"),
])
def test_a_minister_sacked_or_workers_fired_on_stay(code, text, trigger):
    _not_doubted(code, text, trigger, "relevance:dismissed_workforce")


@pytest.mark.parametrize("text, trigger", [
    ("The union struck a deal with management over pay.", "struck"),
    ("The nurses' union reached an agreement with management on Friday.", "reached"),
])
def test_a_deal_with_management_is_bargaining(code, text, trigger):
    _halved(code, text, trigger, "relevance:labour_deal")


@pytest.mark.parametrize("text, trigger", [
    ("The union reached a deal with the government.", "reached"),
    ("The rebels struck a deal with the government.", "struck"),
])
def test_a_deal_with_the_government_stays(code, text, trigger):
    _not_doubted(code, text, trigger, "relevance:labour_deal")


@pytest.mark.parametrize("text, trigger", [
    ("The workers accepted wage cuts to save the plant.", "accepted"),
    ("The unions rejected the pay cuts.", "rejected"),
    ("The finance minister announced a freeze on petrol duty.", "freeze"),
])
def test_a_cut_of_wages_is_an_economic_measure(code, text, trigger):
    _halved(code, text, trigger, "relevance:economic_measure")


def test_a_cut_in_military_aid_stays(code):
    _not_doubted(code, "The United States announced cuts in military aid to Egypt.", "cuts", "relevance:economic_measure")


def test_a_freeze_on_assets_stays(code):
    _not_doubted(code, "The government announced a freeze on the assets of the militia leaders.", "freeze",
                 "relevance:economic_measure")


@pytest.mark.parametrize("text, trigger", [
    ("Federal regulators rejected the drug last year.", "rejected"),
    ("The firm's shares fell after the rejection by the regulator in May of its new heart pill.", "rejection"),
])
def test_a_product_rejected_is_no_political_refusal(code, text, trigger):
    _halved(code, text, trigger, "relevance:rejected_product")


@pytest.mark.parametrize("text", [
    "The opposition rejected the government's plan.",
    "Iran has rejected a vaccine offer from the United States.",
])
def test_a_plan_or_an_offer_rejected_stays(code, text):
    _not_doubted(code, text, "rejected", "relevance:rejected_product")


def test_conditions_investigated_are_no_accusation(code):
    _halved(code, "The interior ministry will open an investigation into conditions at the detention centre.",
            "investigation", "relevance:research")


def test_a_charity_appeal_is_no_request(code):
    _halved(code, "The Red Cross appeal has drawn donations of three million dollars.", "appeal",
            "relevance:charity_appeal")


def test_an_appeal_for_calm_stays(code):
    _not_doubted(code, "The president appealed for calm after the charity offices were attacked.", "appealed for",
                 "relevance:charity_appeal")
