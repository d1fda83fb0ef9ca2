"""Session 35 (helper ACTOR): the forces of an armed group are the group's (actors/armed_groups.py), and an acronym
with its name spelt out in brackets before an agent noun is one phrase (actors/acronym_brackets.py).  Sentences
written for the test."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, mention, sector", [
    ("Taliban forces overran two police posts in the night.", "Taliban forces", "REB"),
    ("Hezbollah troops were seen moving towards the valley.", "Hezbollah troops", "REB"),
])
def test_forces_of_an_armed_group_are_the_group(mention_codes, text, mention, sector):
    assert mention_codes(text)[mention][1] == sector


def test_forces_of_a_state_stay_military(mention_codes):
    assert mention_codes("Nigerian troops overran the camp near the river.")["Nigerian troops"] == ("NGA", "MIL")


def test_acronym_spelt_out_before_its_noun_is_one_phrase(mention_codes):
    found = mention_codes("OUR FMLN (FARABUNDO MARTI NATIONAL LIBERATION FRONT) FORCES HAVE BLOWN UP THREE BRIDGES NEAR THE CAPITAL.")
    assert found["FMLN (FARABUNDO MARTI NATIONAL LIBERATION FRONT) FORCES"] == ("SLV", "REB")


def test_acronym_spelt_out_alone_stays_two_mentions(mention_codes):
    found = mention_codes("The ANC (African National Congress) said it would march on Friday.")
    assert "ANC" in found and "African National Congress" in found
