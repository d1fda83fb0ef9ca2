"""Relevance doubts of session 28 (helper SENSE): word senses fixed by the phrase around the trigger
(events/sense_phrases.py) - one's own people or a place evacuated, a meeting called off for an illness or the weather, an
offer for a firm, aid cut, a paper handed to someone, "has alleged ties to", a refusal to admit a fact, "challenged by" a
quality, an election's incumbent or challenger beaten - on sentences written for the test, through the whole pipeline.

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
    ("The United Nations office said it was evacuating its employees from the capital as fighting spread.", "evacuating"),
    ("Firefighters ordered the evacuation of nearby homes after the gas leak.", "evacuation"),
])
def test_own_people_or_a_place_evacuated_is_no_aid(code, text, trigger):
    _halved(code, text, trigger, "relevance:safety_evacuation")


def test_the_wounded_evacuated_stay_aid(code):
    _not_doubted(code, "The army evacuated the wounded rebels from the battlefield.", "evacuated",
                 "relevance:safety_evacuation")


@pytest.mark.parametrize("text, trigger", [
    ("The Italian prime minister cancelled a meeting with the Maltese president because of a slight illness.",
     "cancelled"),
    ("The Chinese president postponed his visit to Japan due to bad weather.", "postponed"),
])
def test_a_meeting_called_off_for_an_illness_or_the_weather_rejects_no_party(code, text, trigger):
    _halved(code, text, trigger, "relevance:circumstance_cancel")


def test_talks_cancelled_in_protest_stay_a_rejection(code):
    _not_doubted(code, "The government cancelled the talks with the rebels in protest at the shelling.", "cancelled",
                 "relevance:circumstance_cancel")


@pytest.mark.parametrize("text, trigger", [
    ("The state carrier StatesWest withdrew its offer to acquire Mesa Airlines on Monday.", "offer"),
    ("The Kuwaiti government made a tender offer for the British oil company.", "offer"),
])
def test_an_offer_for_a_firm_is_no_political_promise(code, text, trigger):
    _halved(code, text, trigger, "relevance:takeover_offer")


def test_a_share_priced_offer_rejected_is_a_deal_of_the_market(code):
    rejected = at_trigger(code("Britain rejected a $15 a share offer from the Kuwaiti fund."), "rejected")
    assert rejected is not None and "relevance:takeover_offer" in rejected.reason


def test_a_party_s_offer_of_talks_rejected_stays(code):
    _not_doubted(code, "The rebels rejected the government's offer of talks.", "rejected", "relevance:takeover_offer")


@pytest.mark.parametrize("text, trigger", [
    ("A U.S. Senate subcommittee voted for a cut in U.S. military assistance to El Salvador.", "assistance"),
    ("More than $10 million of US aid to Honduras is being held up because of human rights conditions.", "aid"),
    ("Congress approved a suspension of military aid to Egypt.", "approved"),
])
def test_aid_cut_or_held_up_is_no_aid_given(code, text, trigger):
    _halved(code, text, trigger, "relevance:aid_cut")


def test_aid_given_stays(code):
    _not_doubted(code, "The United States gave military aid to Colombia.", "gave", "relevance:aid_cut")


def test_a_letter_handed_to_someone_releases_no_one(code):
    _halved(code, "The kidnappers handed the driver, the mayor's brother, a letter claiming responsibility for the "
            "attack.", "handed", "relevance:handed_thing")


def test_hostages_handed_over_stay_a_release(code):
    _not_doubted(code, "The rebels handed over the hostages to the Red Cross.", "handed over", "relevance:handed_thing")


def test_has_alleged_ties_describes_ties_not_an_accusation(code):
    _halved(code, "Mahan's director, Hamid Khanooki, has alleged ties to the Islamic Revolutionary Guard Corps of Iran.",
            "alleged", "relevance:alleged_ties")


def test_an_allegation_made_stays(code):
    _not_doubted(code, "The opposition leader alleged that the minister had taken bribes.", "alleged",
                 "relevance:alleged_ties")


def test_a_refusal_to_admit_a_fact_rejects_no_party(code):
    _halved(code, "The party's continued refusal to admit the true extent of the crisis is a failure.", "refusal",
            "relevance:fact_unadmitted")


def test_a_refusal_of_a_party_s_demands_stays(code):
    _not_doubted(code, "The government refused to accept the rebels' demands.", "refused", "relevance:fact_unadmitted")


def test_challenged_by_a_quality_is_a_difficulty_not_a_criticism(code):
    _halved(code, "Challenged by the inscrutability of Kremlin politics, European leaders are wary of placing much hope "
            "in the new president.", "Challenged", "relevance:abstract_challenger")


def test_challenged_by_the_opposition_stays(code):
    _not_doubted(code, "The minister was challenged by the opposition over the budget.", "challenged",
                 "relevance:abstract_challenger")


@pytest.mark.parametrize("text", [
    "Smith beat the incumbent, Jones, on Tuesday.",
    "Ortega beat the challenger with ease.",
])
def test_the_incumbent_or_the_challenger_beaten_is_an_election_won(code, text):
    _halved(code, text, "beat", "relevance:contest")


def test_a_candidate_beaten_by_police_stays_violence(code):
    _not_doubted(code, "Police beat the opposition candidate outside the polling station.", "beat", "relevance:contest")
