"""Session 17 (helper TYPE): a place or vehicle evacuated is cleared of its people, it receives no aid.

aid.verb lists "evacuate" for moving people to safety (codebook AID: humanitarian aid; the people are its
recipients).  A building, a vehicle or an area as the direct object ("the police evacuated the shopping
centres", "the tower was evacuated") is cleared as a precaution, often after a bomb threat: no help to anyone
(not_triggers.tsv aid.verb:evacuate direct_object).  Found on design precision samples (MUC-4).  Real parses of
sentences written for the test."""

from __future__ import annotations

import pytest
from trigger_hits import entry_ids_at



@pytest.mark.parametrize("text, word", [
    ("The police evacuated two shopping centres after an anonymous bomb threat.", "evacuated"),
    ("The office tower was evacuated on Monday morning.", "evacuated"),
    ("Firefighters evacuated the hotel as smoke filled the lobby.", "evacuated"),
])
def test_a_place_evacuated_receives_no_aid(nlp, text, word):
    assert "aid.verb" not in entry_ids_at(nlp(text), word)


@pytest.mark.parametrize("text, word", [
    ("The navy evacuated thousands of civilians from the besieged port.", "evacuated"),
    ("The United States evacuated its citizens from Haiti.", "evacuated"),
])
def test_people_evacuated_are_still_aided(nlp, text, word):
    assert "aid.verb" in entry_ids_at(nlp(text), word)
