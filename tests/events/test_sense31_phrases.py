"""Relevance doubts of session 31 (helper SENSE): word senses fixed by the phrase around the trigger
(events/sense_phrases.py) - a suit that is worn, people consulted as a report's source, payers "hit" by a cost, the
police wanting to talk to someone, a talk given as a lecture, papers or an honour accepted, a report or a decision
"attacked" - on sentences written for the test, through the whole
pipeline.

Each case first checks that the coder alone gives the event at confidence >= 0.5 (so that the test fails when the doubt
stops working), then that the layer halves it below 0.5 with the doubt's reason; a contrast case keeps the event sense.
"""

from __future__ import annotations

import pytest

from coded_events import halved_by_layer as _halved, not_doubted as _not_doubted


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text", [
    "The rapper was filmed in his orange prison suit for the video in a Texas jail.",
    "The senator appeared in a grey suit and spoke to reporters.",
    "The former minister arrived at the palace in a dark business suit.",
])
def test_a_suit_that_is_worn_is_no_lawsuit(code, text):
    _halved(code, text, "suit", "relevance:clothing_suit")


def test_a_suit_against_a_party_stays_a_lawsuit(code):
    _not_doubted(code, "The union's suit against the government goes to court next week.", "suit",
                 "relevance:clothing_suit")


@pytest.mark.parametrize("text", [
    "Three economists consulted by Bloomberg expect the central bank to raise rates.",
    "According to diplomats consulted by Stratfor, the talks have stalled.",
    "Security officials who were consulted by Bloomberg said the border remains closed.",
])
def test_people_consulted_as_a_source_are_no_consultation(code, text):
    _halved(code, text, "consulted", "relevance:consulted_source")


@pytest.mark.parametrize("text", [
    "The president consulted opposition leaders on the new constitution.",
    "The king was consulted by the prime minister before the cabinet was named.",
])
def test_a_consultation_between_parties_stays(code, text):
    _not_doubted(code, text, "consulted", "relevance:consulted_source")


@pytest.mark.parametrize("text", [
    "The new fuel duty has hit motorists in rural areas hardest.",
    "The chancellor's budget hit pensioners and savers.",
    "By failing to raise the tax threshold, the chancellor has hit first time buyers the hardest.",
])
def test_payers_hit_by_a_cost_are_no_assault(code, text):
    _halved(code, text, "hit", "relevance:payers_hit")


def test_an_attack_on_shoppers_stays(code):
    # (an armed doer: a word of money in the sentence does not make it a cost)
    _not_doubted(code, "Rebel fighters hit shoppers with mortar fire after a row over taxes.", "hit",
                 "relevance:payers_hit")


@pytest.mark.parametrize("text, trigger", [
    ("Detectives said a woman, 23, is a person of interest police are looking to talk to in the killing of a child.",
     "talk"),
    ("Police are looking to talk to a man seen leaving the house.", "talk"),
    ("Police talked to the driver of the car after the crash.", "talked"),
])
def test_the_police_talking_to_a_witness_is_no_consultation(code, text, trigger):
    _halved(code, text, trigger, "relevance:police_talk")


def test_the_police_chief_speaking_with_the_mayor_stays(code):
    _not_doubted(code, "The police chief spoke with the mayor about the protests.", "spoke with", "relevance:police_talk")


@pytest.mark.parametrize("text", [
    "The minister gave a talk to students about the reforms.",
    "The professor delivered a talk on the history of the region to visiting diplomats.",
])
def test_a_talk_given_is_a_lecture(code, text):
    _halved(code, text, "talk", "relevance:topic_talk")


def test_talks_held_stay_a_consultation(code):
    _not_doubted(code, "The president held talks with the rebel leaders in the capital.", "held", "relevance:topic_talk")


@pytest.mark.parametrize("text", [
    "The foreign minister accepted admission papers from the three countries' envoys.",
    "The queen accepted the credentials of the new ambassador from Chile.",
])
def test_papers_accepted_are_no_concession(code, text):
    _halved(code, text, "accepted", "relevance:accepted_paper")


def test_a_surrender_accepted_stays(code):
    _not_doubted(code, "The army accepted the surrender of the rebel commander.", "accepted", "relevance:accepted_paper")


@pytest.mark.parametrize("text", [
    "The opposition attacked the government's coverage of the war.",
    "The president attacked the channel's reporting of the protests.",
    "The government attacked the broadcasts of the exiled radio station.",
])
def test_attacking_what_is_reported_is_no_force(code, text):
    _halved(code, text, "attacked", "relevance:figurative")


def test_an_attack_on_positions_stays(code):
    _not_doubted(code, "Rebels attacked the army's positions near the border.", "attacked", "relevance:figurative")


def test_a_talk_of_a_topic_to_an_audience_is_no_consultation(code):
    # (the singular noun's "to" names those who hear it, no partner talked with)
    _halved(code, "Talk of sanctions by the senator to reporters on Monday unsettled markets.", "Talk",
            "relevance:topic_talk")
