"""An act noun with its own "of" object names the one acted on there, so its possessor is the doer: "the police's
arrest *of the journalist*" (session 24, lead).  Without an "of" object a patient noun's possessor stays the one acted
on ("Sonko's arrest").  Sentences written for these tests, real spaCy model."""

from __future__ import annotations

import pytest

from coded_events import in_dyad, rows

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, type_, doer, patient", [
    ("The police's arrest of the journalist sparked protests.", "COERCE", "police", "journalist"),
    ("The EU condemned the police's arrest of the journalist.", "COERCE", "police", "journalist"),
    ("The army's killing of civilians drew protests.", "ASSAULT", "army", "civilians"),
    ("The rebels' release of the hostages was welcomed.", "RETREAT", "rebels", "hostages"),
])
def test_the_possessor_of_an_act_noun_with_an_of_object_does_it(code, text, type_, doer, patient):
    evs = rows(code, text)
    assert in_dyad(evs, type_, doer, patient), evs


def test_the_possessor_of_an_act_noun_with_no_of_object_undergoes_it(code):
    evs = rows(code, "Sonko's arrest by the police sparked riots.")
    assert in_dyad(evs, "COERCE", "police", "Sonko"), evs
