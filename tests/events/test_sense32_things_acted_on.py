"""Relevance doubts of session 32 (helper SENSE): a verb of force or of support whose every object is a thing that
cannot be the target of its political sense (events/sense_phrases.thing_acted_on) - a chance seized, a trend arrested,
a plan executed, a pitch invaded, a deal killed, a title or a past defended, a product backed - on sentences written
for the test, through the whole pipeline.

Each case first checks that the coder alone gives the event at confidence >= 0.5 (so that the test fails when the doubt
stops working), then that the layer halves it below 0.5 with the doubt's reason; the contrast cases keep the political
sense.
"""

from __future__ import annotations

import pytest

from coded_events import halved_by_layer as _halved, not_doubted as _not_doubted


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text", [
    "The government seized the opportunity to cut taxes.",
    "The opposition seized on the minister's remarks.",
    "The rebels seized the initiative after the ceasefire collapsed.",
])
def test_a_chance_seized_is_no_seizure(code, text):
    _halved(code, text, "seized", "relevance:seized_chance")


@pytest.mark.parametrize("text", [
    "The rebels seized the town after a week of fighting.",
    "Police seized the opportunity and the weapons.",
])
def test_a_town_or_weapons_seized_stay(code, text):
    _not_doubted(code, text, "seized", "relevance:seized_chance")


def test_a_trend_arrested_is_no_arrest(code):
    _halved(code, "The central bank moved to arrest the slide in the currency.", "arrest", "relevance:arrested_process")


def test_people_arrested_stay_arrested(code):
    _not_doubted(code, "The police arrested the leaders of the protest.", "arrested", "relevance:arrested_process")


@pytest.mark.parametrize("text", [
    "The bank executed the trade on behalf of its clients.",
    "The pilot executed a perfect landing.",
])
def test_a_plan_or_a_trade_executed_is_no_execution(code, text):
    _halved(code, text, "executed", "relevance:executed_thing")


def test_prisoners_executed_stay(code):
    _not_doubted(code, "The regime executed three political prisoners on Monday.", "executed",
                 "relevance:executed_thing")


def test_a_pitch_invaded_is_no_invasion(code):
    _halved(code, "Fans invaded the pitch after the final whistle.", "invaded", "relevance:invaded_thing")


def test_a_country_invaded_stays(code):
    _not_doubted(code, "The army invaded the country in 1990.", "invaded", "relevance:invaded_thing")


@pytest.mark.parametrize("text", [
    "The smoke detector alarm killed the mood.",
    "The new drug blocks the receptor and kills bacteria.",
])
def test_a_mood_or_germs_killed_are_no_killing(code, text):
    trigger = "kills" if "kills" in text else "killed"
    _halved(code, text, trigger, "relevance:killed_thing")


def test_soldiers_killed_stay(code):
    _not_doubted(code, "The rebels killed three soldiers and a police officer.", "killed", "relevance:killed_thing")


@pytest.mark.parametrize("text, trigger", [
    ("The Conservatives are defending a majority of 5,000.", "defending"),
    ("Labour will defend the seat at the next election.", "defend"),
])
def test_a_seat_or_a_majority_defended_is_no_support(code, text, trigger):
    _halved(code, text, trigger, "relevance:defended_title")


def test_a_party_defended_stays_support(code):
    _not_doubted(code, "The prime minister defended the army against the charges.", "defended",
                 "relevance:defended_title")


@pytest.mark.parametrize("text, trigger", [
    ("The chancellor was outspoken in defending Britain's imperial past.", "defending"),
    ("The minister defended the country's colonial history.", "defended"),
])
def test_a_past_defended_is_no_support(code, text, trigger):
    _halved(code, text, trigger, "relevance:defended_past")


def test_a_policy_defended_stays_support(code):
    _not_doubted(code, "The president defended the government's policy on Iran.", "defended",
                 "relevance:defended_past")


@pytest.mark.parametrize("text", [
    "The new internet domain is backed by the International Telecommunication Union.",
    "The new standard is backed by the European Commission.",
])
def test_a_product_backed_is_no_support(code, text):
    _halved(code, text, "backed", "relevance:backed_product")


def test_a_plan_backed_stays_support(code):
    _not_doubted(code, "The plan is backed by the United Nations.", "backed", "relevance:backed_product")
