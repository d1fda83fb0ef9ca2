"""Trigger entries of session 28 (helper RECALL): general constructions that coded nothing, each from the codebook/CAMEO
wording its `notes` cite - a party taken to task, charges framed, abuse or accusations hurled or traded, crying foul, scorn
poured on a party, property vandalised (British spelling) or ransacked, a vehicle rammed into a crowd, a bridge dynamited,
a person molested, a party lodged in jail or picked up by the police, offices sealed, police protection strengthened around
a place and vigil stepped up, parleys held, crowds pouring onto the streets, a mob on a rampage, arrest courted in
protest.  Real spaCy model and actors stage; sentences written for these tests, none copied from an evaluation or news
article.  The positive tests fail without the entries; the guards pin senses they must not reach."""

from __future__ import annotations

import pytest
from coded_events import rows as _events


@pytest.mark.parametrize("text, type_, trigger, actor", [
    ("The opposition took the minister to task over the delay.", "ACCUSE", "took", "opposition"),
    ("The court framed charges against the three men.", "ACCUSE", "framed", "court"),
    ("The union hurled allegations at the management.", "ACCUSE", "hurled", "union"),
    ("The two parties traded allegations of vote rigging.", "ACCUSE", "traded", "parties"),
    ("Opposition members hurled abuse at the minister.", "ACCUSE", "hurled", "Opposition members"),
    ("The opposition cried foul over the results.", "ACCUSE", "cried foul", "opposition"),
    ("The minister poured scorn on the proposal.", "ACCUSE", "poured", "minister"),
    ("The mob vandalised the temple.", "ASSAULT", "vandalised", "mob"),
    ("The mob ransacked the party office.", "ASSAULT", "ransacked", "mob"),
    ("The attacker rammed a truck into the crowd.", "ASSAULT", "rammed", "attacker"),
    ("Guerrillas dynamited a bridge.", "ASSAULT", "dynamited", "Guerrillas"),
    ("The gang molested the woman.", "ASSAULT", "molested", "gang"),
    ("Police lodged the protesters in jail.", "COERCE", "lodged", "Police"),
    ("The police picked up three suspects for questioning.", "COERCE", "picked", "police"),
    ("The authorities sealed the offices of the banned party.", "COERCE", "sealed", "authorities"),
    ("The government strengthened police protection around the embassy.", "MOBILIZE", "strengthened", "government"),
    ("Police intensified vigil along the border.", "MOBILIZE", "intensified", "Police"),
    ("The two leaders held parleys in the capital.", "CONSULT", "parleys", "leaders"),
    ("Tens of thousands poured onto the streets of the capital.", "PROTEST", "poured onto the streets", "thousands"),
    ("The mob went on a rampage.", "PROTEST", "went on a rampage", "mob"),
    ("Opposition workers courted arrest in the town.", "PROTEST", "courted", "workers"),
])
def test_recall28_entry_codes_the_event(code, text, type_, trigger, actor):
    evs = _events(code, text)
    assert any(t == type_ and trig == trigger and any(actor in a for a in actors) for t, trig, actors, _ in evs), evs


@pytest.mark.parametrize("text, type_, word", [
    ("The driver picked up the passengers at the station.", "COERCE", "picked"),  # no suspect
    ("The company sealed a deal with the union.", "COERCE", "sealed"),  # an agreement sealed
    ("The boy took the dog to the vet.", "ACCUSE", "took"),  # no 'task'
    ("The car rammed into a tree.", "ASSAULT", "rammed"),  # no vehicle rammed into a target
    ("The company increased protection for its customers.", "MOBILIZE", "increased"),  # no place guarded
    ("The EU strengthened protection of personal data in the new rules.", "MOBILIZE", "strengthened"),
    ("He poured water on the fire.", "ACCUSE", "poured"),  # no scorn
    ("The two teams traded goals in the first half.", "ACCUSE", "traded"),  # no allegations
])
def test_recall28_entry_leaves_other_senses(code, text, type_, word):
    evs = _events(code, text)
    assert not any(t == type_ and trig == word for t, trig, *_ in evs), evs
