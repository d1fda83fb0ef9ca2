"""Session 58, probes of unjudged news: a vehicle named as the doer of a hit is no party ("a boy *was hit by a car*":
an accident, or a driver not named); and a delegation that "was to meet" an official on Saturday was set to meet him
(a plan), while one that "was en route to Tehran to deliver" a message was where it was, for a purpose; and a strike
named by its weapon ("bomb strikes", "missile strikes") is force, not a labour strike, while the media "hijacked" is a
figure.  Sentences written for the test, through the whole pipeline."""

from __future__ import annotations

import pytest

from coded_events import at_trigger, halved_by_layer


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text", [
    "A 9-year-old boy was hit by a car outside his school on Friday.",
    "Two pedestrians were hit by a truck near the market on Sunday.",
])
def test_a_vehicle_as_the_doer_of_a_hit_is_no_party(code, text):
    halved_by_layer(code, text, "hit", "relevance:actor_not_a_party")


def test_a_delegation_that_was_to_meet_had_a_plan(code):
    event = at_trigger(code("The opposition delegation was to meet the governor on Saturday.", layer=False), "meet")
    assert event is not None and event.status == "future", event


def test_a_delegation_en_route_to_deliver_a_message_has_no_timetable(code):
    text = "Iran said an Iraqi diplomatic delegation was en route to Tehran to deliver Saddam's message."
    event = at_trigger(code(text, layer=False), "deliver")
    assert event is None or event.status != "future" or "control:be_to" not in event.reason, event


@pytest.mark.parametrize("text, trigger", [
    ("About 500 homes were destroyed as a result of bomb strikes by government aircraft.", "bomb strikes"),
    ("Missile strikes by the army hit the town on Monday.", "Missile strikes"),
])
def test_a_strike_named_by_its_weapon_is_force(code, text, trigger):
    event = at_trigger(code(text, layer=False), trigger)
    assert event is not None and event.type == "ASSAULT", event


def test_a_bare_strike_of_workers_stays_a_protest(code):
    event = at_trigger(code("Workers began strikes in the capital on Monday.", layer=False), "strikes")
    assert event is not None and event.type == "PROTEST", event


def test_the_media_hijacked_is_a_figure(code):
    halved_by_layer(code, "Opposition leaders said the ruling party had hijacked the media before the vote.", "hijacked",
                    "relevance:figurative")
