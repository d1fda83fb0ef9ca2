"""Weapons used against a target and security forces called in (issue 5, session 12, helper WEAP): lexicon frames
whose `notes` cite the PLOVER codebook / CAMEO wording, with two small matching marks of `triggers.tsv` - an object
word written ^word matches only the object itself, not a modifier of it, and a third `|` field names the preposition
or particle the verb needs.  Real spaCy model and actors stage; sentences written for these tests, none copied from
an evaluation article.  The positive tests fail without the entries; the guards pin the non-political senses."""

from __future__ import annotations

import pytest
from coded_events import rows as _events

from dateline.events.lexicon import lexicon


def _at(evs, type_, trigger_word):
    return [e for e in evs if e[0] == type_ and trigger_word in e[1]]


# --- weapons used against a target (ASSAULT) ------------------------------------------------------------------------

@pytest.mark.parametrize("text, trigger, actor, recipient", [
    ("Government helicopters dropped rockets on the village.", "dropped", "helicopters", "village"),  # aerial, CAMEO 195
    ("Israeli aircraft rained bombs on the town.", "rained", "aircraft", "town"),
    ("The rebels set off a landmine under the army truck.", "set", "rebels", None),  # explosives, CAMEO 183
    ("Militants exploded a bomb near the police station.", "exploded", "Militants", None),
    ("The rebels used their catapults against the houses in the town.", "used", "rebels", "houses"),
    ("The gunman turned his rifle on the crowd.", "turned", "gunman", "crowd"),
    ("The troops were firing with automatic weapons at the border posts.", "firing", "troops", None),  # CAMEO 193
    ("Security forces fired pellets at the stone-throwing protesters.", "fired", "Security forces", "protesters"),
    ("The soldiers fired into the crowd.", "fired into", "soldiers", "crowd"),
    ("The insurgents opened indiscriminate firing on the patrol.", "opened", "insurgents", "patrol"),
    ("The mob hacked the shopkeeper with swords and sickles.", "hacked", "mob", "shopkeeper"),  # not cyber
    ("The gunmen pumped six bullets into the driver.", "pumped", "gunmen", "driver"),
])
def test_weapon_used_against_target_is_assault(code, text, trigger, actor, recipient):
    evs = _events(code, text)
    hits = _at(evs, "ASSAULT", trigger)
    assert any(any(actor in a for a in actors) and (recipient is None or any(recipient in r for r in recips))
               for _, _, actors, recips in hits), evs


def test_firing_noun_is_assault(code):
    evs = _events(code, "Heavy firing by Pakistani troops damaged several houses in the village.")
    assert any(any("troops" in a for a in actors) for _, _, actors, _ in _at(evs, "ASSAULT", "firing")), evs


@pytest.mark.parametrize("text, word", [
    ("The administration dropped the missile defence system in Poland.", "dropped"),  # a modifier, not the object (^)
    ("The aircraft dropped leaflets over the city.", "dropped"),
    ("The fans set off fireworks after the match.", "set"),
    ("The decision set off a chain reaction in the markets.", "set"),
    ("The hunters used rifles on the estate.", "used"),  # 'use' needs 'against'
    ("The club used the rocket as a symbol.", "used"),
    ("Take a gun safety course before buying or firing a gun.", "firing"),  # no target: not an attack
    ("The fund pumped millions into the rescue of the bank.", "pumped"),
    ("The senate investigated the governor's firing of her public safety commissioner.", "firing"),  # !of: dismissal
])
def test_weapon_frame_guards(code, text, word):
    evs = _events(code, text)
    assert not _at(evs, "ASSAULT", word), evs


# --- security forces called in or moved (MOBILIZE) -------------------------------------------------------------------

@pytest.mark.parametrize("text, trigger", [
    ("The state government called in the army after the riots.", "called"),  # CAMEO 154
    ("The district magistrate called in the police to control the crowd.", "called"),  # CAMEO 153
    ("Moscow rushed troops to the border.", "rushed"),
    ("The government rushed reinforcements to the area.", "rushed"),
    ("The junta announced the militarization of the capital.", "militarization"),
    ("The authorities tightened security around the parliament after the attack.", "tightened"),
])
def test_forces_called_in_or_moved_is_mobilize(code, text, trigger):
    evs = _events(code, text)
    assert _at(evs, "MOBILIZE", trigger), evs


@pytest.mark.parametrize("text", [
    "The governor called the army chief on Monday.",  # a phone call: no particle
    "The minister called out the police for their brutality.",  # criticism: police take 'in' only
])
def test_mobilize_frame_guards(code, text):
    evs = _events(code, text)
    assert not [e for e in evs if e[0] == "MOBILIZE"], evs


# --- the two marks ----------------------------------------------------------------------------------------------------

def test_marks_are_read_from_the_table():
    lex = lexicon()
    assert "bomb" in lex.head_objects["assault.drop_bombs"]
    assert lex.particles["assault.set_off_bomb"] == frozenset({"off"})
    assert "assault.set_off_bomb" not in lex.vetoes  # part of the match: "set" with another object is not cancelled
    assert ("has_prep", frozenset({"of"})) in lex.vetoes["assault.firing_noun"]
    assert "firing" in lex.nouns and "firing|!of" not in lex.nouns
    # the object words stay plain words for the argument rules (the weapon is no participant)
    assert any("bomb" in objs for objs, e in lex.verb_obj["drop"] if e.id == "assault.drop_bombs")
