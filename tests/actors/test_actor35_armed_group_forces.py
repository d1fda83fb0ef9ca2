"""Session 35 (helper ACTOR): the forces of an armed group are the group's (actors/armed_groups.py), and an acronym
with its name spelt out in brackets before an agent noun is one phrase (actors/acronym_brackets.py).  Sentences
written for the test."""

from __future__ import annotations

import pytest

from dateline.actors import resolve


@pytest.fixture(scope="module")
def mentions(nlp):
    def run(text):
        doc = nlp(text)
        return {m.text: (m.actor.country, m.actor.sector) for m in resolve(doc, None).mentions}

    return run


@pytest.mark.parametrize("text, mention, sector", [
    ("Taliban forces overran two police posts in the night.", "Taliban forces", "REB"),
    ("Hezbollah troops were seen moving towards the valley.", "Hezbollah troops", "REB"),
])
def test_forces_of_an_armed_group_are_the_group(mentions, text, mention, sector):
    assert mentions(text)[mention][1] == sector


def test_forces_of_a_state_stay_military(mentions):
    assert mentions("Nigerian troops overran the camp near the river.")["Nigerian troops"] == ("NGA", "MIL")


def test_acronym_spelt_out_before_its_noun_is_one_phrase(mentions):
    found = mentions("OUR FMLN (FARABUNDO MARTI NATIONAL LIBERATION FRONT) FORCES HAVE BLOWN UP THREE BRIDGES NEAR THE CAPITAL.")
    assert found["FMLN (FARABUNDO MARTI NATIONAL LIBERATION FRONT) FORCES"] == ("SLV", "REB")


def test_acronym_spelt_out_alone_stays_two_mentions(mentions):
    found = mentions("The ANC (African National Congress) said it would march on Friday.")
    assert "ANC" in found and "African National Congress" in found
