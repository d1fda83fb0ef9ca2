"""Session 24 (helper RECALL): control of a place taken by force is CAMEO 192 'Occupy territory: occupy, seize control
of a territory using armed forces' (CAMEO2PLOVER 192 COERCE seize; triggers.tsv coerce.take_control), control of a
business, a chamber, a vehicle or a game is not (not_triggers.tsv).  Real spaCy model and actors stage; sentences
written for these tests, none copied from an evaluation article."""

from __future__ import annotations

import pytest
from coded_events import in_dyad, rows as _events


@pytest.mark.parametrize("text, actor, place, trigger", [
    ("The rebels took control of the town on Sunday.", "rebels", "town", "took"),
    ("Government forces regained control of the airport.", "forces", "airport", "regained"),
    ("Islamist fighters have taken control of the northern city of Kidal.", "fighters", "city", "taken"),
])
def test_control_of_a_place_taken_is_an_occupation(code, text, actor, place, trigger):
    evs = _events(code, text)
    assert in_dyad(evs, "COERCE", actor, place, (trigger,)), evs


@pytest.mark.parametrize("text", [
    "The investor took control of the company.",
    "Democrats took control of the Senate.",
    "The pilot regained control of the plane.",
    "The rebels took control.",
])
def test_control_of_no_place_is_no_occupation(code, text):
    evs = _events(code, text)
    assert not any(t == "COERCE" for t, *_ in evs), evs
