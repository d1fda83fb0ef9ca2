"""Relevance doubts of session 29 (helper SENSE): word senses fixed by the phrase around the trigger
(events/sense_phrases.py) - "back" with out / down / away, an appeal that is charm, an event or a
bill sponsored, a doubt or a question beaten back, news or a view offered, the public told to take shelter, a ruler
acknowledged as such - on sentences written for the test, through
the whole pipeline.

Each case first checks that the coder alone gives the event at confidence >= 0.5 (so that the test fails when the doubt
stops working), then that the layer halves it below 0.5 with the doubt's reason; a contrast case keeps the event sense.
"""

from __future__ import annotations

import pytest

from coded_events import at_trigger, halved_by_layer as _halved, not_doubted as _not_doubted


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text, trigger", [
    ("The opposition leader backed out of the televised debate at the last minute.", "backed"),
    ("The minister has backed away from the plan to cut pensions.", "backed"),
])
def test_backing_out_or_away_is_no_support(code, text, trigger):
    _halved(code, text, trigger, "relevance:back_out")


def test_backing_a_candidate_stays_support(code):
    _not_doubted(code, "The ruling party backed the opposition candidate for speaker.", "backed", "relevance:back_out")


@pytest.mark.parametrize("text, trigger", [
    ("The governor's broad appeal to working-class voters helped the party win.", "appeal"),
    ("The endorsement gave the newcomer some of the senator's formidable appeal to older voters.", "appeal"),
])
def test_an_appeal_that_is_charm_is_no_plea(code, text, trigger):
    _halved(code, text, trigger, "relevance:charm_appeal")


def test_an_appeal_to_disarm_stays_a_request(code):
    _not_doubted(code, "The president made an appeal to the rebels to lay down their arms.", "appeal",
                 "relevance:charm_appeal")


def test_asking_about_a_topic_is_a_question(code):
    # the rule is words_not_deeds.put_question (helper PREC, reason relevance:question); this pins that the object's
    # "about" ("asked the prime minister *about* ...") is read too
    _halved(code, "The opposition leader asked the prime minister about the protests in parliament.", "asked",
            "relevance:question")


def test_asking_to_surrender_stays_a_request(code):
    _not_doubted(code, "The government asked the rebels to surrender.", "asked", "relevance:question")


def test_an_event_sponsored_is_no_aid(code):
    _halved(code, "The march in Boston is sponsored by a coalition of church groups.", "sponsored",
            "relevance:sponsored_thing")


def test_a_militia_sponsored_stays_aid(code):
    _not_doubted(code, "Iran sponsored the militia for years, officials said.", "sponsored", "relevance:sponsored_thing")


@pytest.mark.parametrize("text, trigger", [
    ("The candidate has struggled to beat back scepticism about her record.", "beat"),
    ("The mayor fought off criticism of his handling of the floods.", "fought"),
])
def test_a_doubt_beaten_back_is_no_force(code, text, trigger):
    _halved(code, text, trigger, "relevance:figurative")


def test_an_attack_beaten_back_stays_force(code):
    _not_doubted(code, "Troops beat back an attack by the rebels on the town.", "beat", "relevance:figurative")


def test_news_offered_is_no_promise(code):
    _halved(code, "The central bank chief offered some good news for investors.", "offered", "relevance:spoken_offer")


def test_a_ceasefire_offered_stays_a_promise(code):
    _not_doubted(code, "The rebels offered a ceasefire to the government.", "offered", "relevance:spoken_offer")


@pytest.mark.parametrize("text", [
    "The mayor urged residents to stay indoors as the storm approached.",
    "Firemen urged the onlookers who had gathered near the burning depot to evacuate the area.",
])
def test_the_public_told_to_take_shelter_is_a_safety_warning(code, text):
    # (the coder alone gives these demands less than 0.5; the layer starts them from the verb's confidence, 0.7,
    # and this doubt halves that)
    urged = at_trigger(code(text), "urged")
    assert urged is not None and "relevance:safety_advice" in urged.reason and urged.confidence < 0.5


def test_residents_urged_to_strike_stay_a_request(code):
    _not_doubted(code, "The governor urged residents to join the strike against the new tax.", "urged",
                 "relevance:safety_advice")


def test_a_ruler_acknowledged_as_such_is_no_concession(code):
    _halved(code, "After the funeral the tribal elders acknowledged the late king's nephew as the new emir.",
            "acknowledged", "relevance:acknowledged_as")


def test_a_fault_acknowledged_stays_a_concession(code):
    _not_doubted(code, "The army acknowledged its responsibility for the deaths of the civilians.", "acknowledged",
                 "relevance:acknowledged_as")
