"""Lexicon, session 38 (lead): weapons tests named as nouns and forces built up are MOBILIZE; ships sent into a sea
area are no AID of water; joint patrols with a word between are COOPERATE; an intergovernmental bank lending is no firm
doing business.  Sentences written for the test."""

from __future__ import annotations

import pytest

from coded_events import at_trigger, in_dyad, rows, shown


@pytest.mark.parametrize("text, trigger", [
    ("North Korea conducted a missile test over the Sea of Japan on Sunday.", "missile test"),
    ("Iran carried out a test launch of a new ballistic missile.", "test launch"),
    ("Turkey built up forces along the Syrian border last month.", "built"),
])
def test_weapons_tests_and_build_ups_are_mobilize(code, text, trigger):
    event = at_trigger(code(text), trigger)
    assert event is not None and event.type == "MOBILIZE", shown(code(text))


@pytest.mark.parametrize("text", [
    "China sent warships into the disputed waters near the Philippines.",
    "Russia sent two frigates into Japanese waters.",
])
def test_ships_sent_into_waters_are_no_aid(code, text):
    evs = rows(code, text)
    assert not any(t == "AID" for t, *_ in evs), evs


def test_drinking_water_delivered_is_aid(code):
    evs = rows(code, "UNICEF delivered drinking water to the refugee camps in Chad.")
    assert any(t == "AID" for t, *_ in evs), evs


def test_joint_naval_patrols_are_cooperation(code):
    evs = rows(code, "Russia and China conducted joint naval patrols in the Pacific.")
    assert in_dyad(evs, "COOPERATE", "Russia", "China"), evs


@pytest.mark.parametrize("text, trigger", [
    ("The World Bank approved a $500 million loan for Kenya on Tuesday.", "approved"),
    ("The Asian Development Bank lent $200 million to Nepal.", "lent"),
])
def test_an_intergovernmental_bank_is_no_firm(code_in_pipeline, text, trigger):
    event = at_trigger(code_in_pipeline(text), trigger)
    assert event is not None and event.type == "AID" and "firm_commerce" not in event.reason
    assert event.confidence >= 0.5

