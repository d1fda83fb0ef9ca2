"""Relevance doubts of session 25 (helper SENSE): trigger senses that name no PLOVER event - an attack made in what is
said, "call" used of naming a thing or calling a strike, a road or an airport closed for safety, a duty given read as a
charge, a thing "kidnapped" or "hijacked", one's own activity halted, pressing on with a siege, a
giver named by his role, a signed paper parsed as its signer - on sentences written for the test, through the whole
pipeline.

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
    ("Firing a fresh salvo against the chief minister, the opposition leader said the government had betrayed the "
     "farmers.", "Firing"),
    ("Launching a fresh attack on the ruling party, the Congress leader said the government had failed the farmers.",
     "attack"),
    ("Attacking the prime minister, the opposition leader said the budget would ruin the farmers.", "Attacking"),
])
def test_an_attack_made_in_what_is_said_is_no_force(code, text, trigger):
    _halved(code, text, trigger, "relevance:verbal_attack")


def test_armed_men_firing_as_they_speak_stay_force(code):
    text = "Firing on the crowd, the soldiers said the protesters had attacked them first."
    assert "relevance:verbal_attack" not in _event(code(text), "Firing on").reason


@pytest.mark.parametrize("text", [
    "The president called Hungary's admission to the alliance historic.",
    "The party leaders called a bandh in the city on Friday.",
    'Kovacs called Hungary\'s membership in NATO "coming home," saying the country belonged in the West.',
])
def test_calling_a_thing_names_no_one_phoned(code, text):
    _halved(code, text, "called", "relevance:naming")


@pytest.mark.parametrize("text", [
    "The governor called the police after the shooting.",
    "The minister called his Indian counterpart on Monday.",
])
def test_calling_a_party_stays_a_contact(code, text):
    assert "relevance:naming" not in _event(code(text), "called").reason


def test_a_place_closed_with_no_one_closing_it_coerces_no_one(code):
    text = "Heathrow Airport was shut down after the incident and reopened later that day at 2 p.m."
    _halved(code, text, "shut down", "relevance:closed_place")


def test_a_place_closed_by_a_party_stays_coercion(code):
    text = "The army shut down the airport after the coup."
    assert "relevance:closed_place" not in _event(code(text), "shut down").reason


def test_police_cordoning_off_a_road_coerce_no_one(code):
    text = ("Police from Palo Alto also arrived on scene and cordoned off Bay Road from University Avenue to Gloria "
            "Way.")
    _halved(code, text, "cordoned off", "relevance:closed_place")


def test_troops_cordoning_off_a_village_stay_coercion(code):
    text = "Troops cordoned off the village and searched every house."
    assert "relevance:closed_place" not in _event(code(text), "cordoned off").reason


def test_a_duty_given_is_no_charge(code):
    text = "The Speaker chairs debates in the Commons and is charged with ensuring order in the chamber."
    _halved(code, text, "charged", "relevance:tasked")


def test_a_crime_charged_stays_an_accusation(code):
    text = "The former minister was charged with murdering two journalists."
    assert "relevance:tasked" not in _event(code(text), "charged").reason


@pytest.mark.parametrize("text, trigger", [
    ('The police chief described how hackers remotely "kidnap" the computer systems and databases of businesses.',
     "kidnap"),
    ("Extremists hijacked the peaceful protest, the mayor said.", "hijacked"),
])
def test_a_thing_kidnapped_or_hijacked_is_a_figure(code, text, trigger):
    _halved(code, text, trigger, "relevance:figurative")


def test_people_kidnapped_stay_an_abduction(code):
    text = "Gunmen kidnapped two doctors in the town on Monday."
    assert "relevance:figurative" not in _event(code(text), "kidnapped").reason


@pytest.mark.parametrize("text, trigger", [
    ("The presidential candidates announced the suspension of their political campaigns after the bombing.",
     "suspension"),
    ("The opposition parties suspended their campaigns after the assassination.", "suspended"),
])
def test_halting_ones_own_activity_sanctions_no_one(code, text, trigger):
    _halved(code, text, trigger, "relevance:own_halt")


def test_aid_to_another_party_suspended_stays_a_sanction(code):
    text = "The United States suspended its aid to Egypt after the coup."
    assert "relevance:own_halt" not in _event(code(text), "suspended").reason


def test_pressing_on_with_a_siege_is_no_demand(code):
    _halved(code, "Government forces pressed their siege of the rebel-held city on Sunday.", "pressed",
            "relevance:pressed_on")


def test_pressing_a_party_to_act_stays_a_demand(code):
    text = "Tony Blair is pressing the US to cut greenhouse gases."
    assert "relevance:pressed_on" not in _event(code(text), "pressing").reason


def test_a_giver_named_by_his_role_is_no_gift(code):
    _halved(code, "The party, which lost its main donor Paul Sykes last autumn, took in 63,000 pounds.", "donor",
            "relevance:agent_noun")


def test_a_paper_parsed_as_the_signer_is_ones_own_paper(code):
    # (session 45: the parser's finite "signed" set off by commas is now read as the participle it is - the response
    # was signed - so the coder no longer makes the paper its signer and no SUPPORT is coded at all)
    text = ("Judge Fidler 's response , signed March 19 , asserts that he is perfectly neutral and that the motion "
            "ought to have been filed earlier.")
    assert not any(e.type == "SUPPORT" and any("response" in a.text for a in e.actor)
                   for e in code(text, layer=False))


def test_calling_a_meeting_is_not_naming(code):
    events = code("The president called a meeting of the security council on Monday.")
    assert not any("relevance:naming" in e.reason for e in events)
