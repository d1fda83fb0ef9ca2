"""An armed group named by its name, driven out of or back from a place, is the target of force (ASSAULT, CAMEO
190), as "drove the rebels out of the town" already was: triggers.tsv assault.drive_out's ^@armed_group,
events/armed_names.py.  Sentences written for the test."""

from __future__ import annotations

import pytest


def _assaults(events):
    return [(e.trigger.text, [p.text for p in e.recipient]) for e in events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text, trigger, recipient", [
    ("Troops drove the Taliban out of the district.", "drove", "the Taliban"),
    ("The army drove Boko Haram out of the forest.", "drove", "Boko Haram"),
    ("The soldiers pushed al-Shabaab back from the port.", "pushed", "al-Shabaab"),
])
def test_a_named_armed_group_driven_out_is_assaulted(code, text, trigger, recipient):
    assert (trigger, [recipient]) in _assaults(code(text))


@pytest.mark.parametrize("text", [
    "The regulator drove Microsoft out of the market.",  # a firm: no armed group
    "The police drove the Hamas official out of the city.",  # the official, not the group, is driven out
])
def test_other_names_driven_out_are_no_assault(code, text):
    assert _assaults(code(text)) == []


def test_armed_people_named_by_a_noun_stay_assaulted(code):
    assert ("drove", ["the rebels"]) in _assaults(code("The army drove the rebels out of the forest."))
