"""Session 59, blind sample γ: a vehicle that runs into another vehicle, and the harm that hangs from it, tells of a
crash, no force (collisions.py) - while a ramming or a bombing stays force; an event noun in the "with" phrase of a
future verb is to come with it ("will launch its campaign *with a rally*"); and an announced protest whose only
recipient is the place it is held threatens no one (party_misreadings.placed_target); "a total of" or "a hail of"
rounds is the rounds, a weapon, as the doer.  Sentences written for the test, through the whole pipeline."""

from __future__ import annotations

import pytest

from coded_events import at_trigger, halved_by_layer, not_doubted


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


DRIVER = ("The man was driving a pickup truck across the center line on Route 2 and struck a group of motorcycles, "
          "killing seven riders and injuring three more.")


@pytest.mark.parametrize("trigger", ["struck", "killing", "injuring"])
def test_a_driver_who_struck_motorcycles_had_a_crash(code, trigger):
    halved_by_layer(code, DRIVER, trigger, "relevance:mishap")


@pytest.mark.parametrize("trigger", ["hit", "killing"])
def test_a_van_driver_who_hit_a_parked_car_had_a_crash(code, trigger):
    halved_by_layer(code, "John Smith was driving a van and hit a parked car, killing two passengers.", trigger,
                    "relevance:mishap")


@pytest.mark.parametrize("text, trigger", [
    ("The attacker drove a truck into the crowd, killing 86 people.", "killing"),
    ("A suicide bomber struck a NATO convoy, killing four soldiers.", "struck"),
    ("John Smith was driving a van when he shot two policemen.", "shot"),
])
def test_a_ramming_or_a_bombing_stays_force(code, text, trigger):
    event = not_doubted(code, text, trigger, "relevance:mishap")
    assert event.type == "ASSAULT" and event.confidence >= 0.5, event


def test_a_rally_a_campaign_will_be_launched_with_is_to_come(code):
    text = "The party will also launch its election campaign with a rally at the parade ground."
    event = at_trigger(code(text, layer=False), "rally")
    assert event is not None and event.status == "future", event


def test_a_rally_a_campaign_was_launched_with_was_held(code):
    text = "The party launched its election campaign with a rally at the parade ground on Sunday."
    event = at_trigger(code(text, layer=False), "rally")
    assert event is not None and event.status == "factual", event


@pytest.mark.parametrize("text, trigger", [
    ("Instead, the party will stage a peaceful sit-in at Raj Ghat to protest against communalism.", "in"),
    ("The party will stage a dharna outside the collectorate on Monday.", "dharna"),
])
def test_a_protest_announced_for_a_place_threatens_no_one(code, text, trigger):
    event = at_trigger(code(text), trigger)
    assert event is None or event.type != "THREATEN" or (
        "relevance:no_target" in event.reason and event.confidence < 0.5), event


@pytest.mark.parametrize("text, trigger", [
    ("The union will hold a rally against the government on Friday.", "rally"),
    ("The rebels will launch attacks in the capital next week.", "launch"),
])
def test_a_threat_against_a_party_or_of_force_on_a_place_stands(code, text, trigger):
    event = not_doubted(code, text, trigger, "relevance:no_target")
    assert event.type == "THREATEN", event


@pytest.mark.parametrize("text", [
    "A total of 55 submachine gun rounds hit the left side of the car.",
    "A hail of bullets hit the car on Monday.",
])
def test_a_total_or_a_hail_of_rounds_is_a_weapon_not_a_doer(code, text):
    halved_by_layer(code, text, "hit", "relevance:instrument_doer")


def test_a_total_of_soldiers_is_a_doer(code):
    event = not_doubted(code, "A total of 12 soldiers attacked the post.", "attacked", "relevance:instrument_doer")
    assert event.confidence >= 0.5, event
