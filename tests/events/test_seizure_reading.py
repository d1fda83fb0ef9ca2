"""Seizures by what is taken and who takes it (2026-11-29, session 8): a confiscation, search or law
enforcement raid of property is COERCE seize (PLOVER codebook: 'Police or other authorities confiscating or
seizing property'; CAMEO 1711 'Confiscate property'), taking a town, a base or hostages stays ASSAULT (CAMEO 192,
181).  Real spaCy model, the actors stage's mentions and the shipped type model, as the pipeline codes."""

from __future__ import annotations

import pytest

from dateline.events.lexicon import force_ruled_out, seized_things, token_entries


def _types(events):
    return [(e.trigger.text, e.type) for e in events]


@pytest.mark.parametrize("text, trigger", [
    ("Officers seized two tons of cocaine at the port of Callao.", "seized"),  # an amount, a place in a prep
    ("Police raided the house and seized weapons and cash.", "seized"),  # property
    ("Police raided the house and seized weapons and cash.", "raided"),  # a law enforcement raid
    ("The coast guard seized a vessel carrying drugs.", "seized"),  # a vehicle taken by the authorities
    ("Police seized $2 million in cash.", "seized"),  # an amount of money
])
def test_a_seizure_of_property_is_coercion(code_with_mentions, text, trigger):
    events = code_with_mentions(text)
    assert [(e.type, e.mode) for e in events if e.trigger.text == trigger] == [("COERCE", "seize")], _types(events)


@pytest.mark.parametrize("text", [
    "Rebels seized the town of Goma on Sunday.",
    "Gunmen seized 20 hostages in the village.",
    "Pirates seized a tanker off Somalia.",  # hijacked, not impounded (CAMEO 181)
    "Insurgents seized the military base.",
    "The militants seized him on Monday.",
])
def test_seizing_a_place_people_or_a_hijacked_ship_stays_force(code_with_mentions, text):
    events = code_with_mentions(text)
    assert [e.type for e in events if e.trigger.text == "seized"] == ["ASSAULT"], _types(events)


def test_the_authorities_seizing_goods_rule_out_the_attack(nlp):
    doc = nlp("Peruvian authorities seized more than 16,000 dried seahorses from wildlife traffickers.")
    seized = next(t for t in doc if t.text == "seized")
    assert force_ruled_out(seized) == frozenset({"ASSAULT"})
    assert {e.type for e in token_entries(seized)} == {"COERCE"}


def test_troops_raiding_a_village_keep_both_readings(nlp):
    raided = next(t for t in nlp("Troops raided the village at dawn.") if t.text == "raided")
    assert force_ruled_out(raided) == frozenset()
    assert {e.type for e in token_entries(raided)} == {"COERCE", "ASSAULT"}


def test_seized_things_groups_are_known():
    groups = set(seized_things().values())
    assert groups == {"property", "measure", "vehicle", "enforcer", "territory"}
