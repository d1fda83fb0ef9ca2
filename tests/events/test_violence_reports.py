"""Violence and security-force reporting (issue 5, session 9, helper V): the words conflict and crime copy uses
for acts the lexicon lacked (crowd-control weapons as the codebook lists them, fire in the older spellings,
things thrown, shoot-outs and fire exchanged or returned, police deployed, a
criminal case registered) and the doer of an agentless passive set in a fight with a named side ("killed in an
encounter *with security forces*").  Real spaCy model and actors stage; sentences written for these tests, none
copied from an evaluation article.  The positive tests fail on the code before; the guards pin what must not
change."""

from __future__ import annotations

import pytest
from coded_events import has as _has, in_dyad, rows as _events


# --- lexicon entries (triggers.tsv, session 9 helper V block) ---------------------------------------------

@pytest.mark.parametrize("text, type_, actor", [
    ("Police lathicharged the stone-throwing crowd outside the collectorate.", "ASSAULT", "Police"),
    ("Police burst teargas shells at the crowd near the mosque.", "ASSAULT", "Police"),
    ("The mob set afire two buses and a police jeep.", "ASSAULT", "mob"),
    ("Rioters hurled petrol bombs at the police station.", "ASSAULT", "Rioters"),
    ("Protesters pelted stones at security forces in the old city.", "ASSAULT", "Protesters"),
    ("The militants engaged in a shoot-out with the police near the border.", "ASSAULT", "militants"),
    ("Troops exchanged fire with insurgents near the village.", "ASSAULT", "Troops"),
    ("Indian troops returned fire.", "ASSAULT", "troops"),
    ("The state government rushed 300 policemen to the town.", "MOBILIZE", "government"),
    ("The authorities posted armed constables at the temple.", "MOBILIZE", "authorities"),
    ("Police have registered a case against the former minister.", "ACCUSE", "Police"),
])
def test_violence_words_code_named_doers(code, text, type_, actor):
    ok, evs = _has(code, text, type_, actor)
    assert ok, evs


def test_fire_exchanged_is_no_release(code):
    """"exchanged fire", "returned fire": shooting, not retreat.release's exchange of prisoners."""
    for text in ("Troops exchanged fire with insurgents near the village.", "Indian troops returned fire."):
        assert not [e for e in _events(code, text) if e[0] == "RETREAT"], _events(code, text)


# --- the doer of a passive set in a fight with a named side (noun_roles.doer_of_passive_setting) ------------

@pytest.mark.parametrize("text, actor, victim", [
    ("Three Maoists were killed in an encounter with security forces in Bijapur district.", "security forces", "Maoists"),
    ("Two soldiers were killed in a clash with militants on Sunday.", "militants", "soldiers"),
    ("Five rebels were killed in fighting with the army.", "army", "rebels"),
])
def test_side_fought_with_is_the_doer(code, text, actor, victim):
    evs = _events(code, text)
    assert in_dyad(evs, "ASSAULT", actor, victim), evs


# --- guards ---------------------------------------------------------------------------------------------------

def test_weapon_fought_with_is_no_doer(code):
    """"a clash with knives": the weapon is no side of the fight."""
    evs = _events(code, "Two people were killed in a clash with knives.")
    assert not any(any("knives" in a for a in A) for _t, _, A, _ in evs), evs


def test_crackers_burst_are_no_attack(code):
    """Fireworks burst at a celebration are no crowd-control weapon."""
    assert not _events(code, "Villagers burst crackers to celebrate the win."), _events(code, "Villagers burst crackers.")


def test_returned_favour_is_no_attack(code):
    """assault.fire_back needs fire or shots as the object."""
    assert not [e for e in _events(code, "The workers returned the favour.") if e[0] == "ASSAULT"]


# --- who is involved in doing something does it (noun_roles.doer_of_involvement) ------------------------------

@pytest.mark.parametrize("text, actor", [
    ("Police fired teargas to disperse a rampaging mob, involved in setting afire shops and houses.", "mob"),
    ("The gunmen involved in killing the trader fled.", "gunmen"),
    ("Police said the militants were involved in abducting two engineers.", "militants"),
])
def test_involved_in_doing_is_the_doer(code, text, actor):
    ok, evs = _has(code, text, "ASSAULT", actor)
    assert ok, evs


def test_possible_involvement_is_no_report(code):
    """"could be involved in torturing": a possibility, not the deed (no event with the officers as doer)."""
    evs = _events(code, "The officers could be involved in torturing detainees.")
    assert not any(any("officers" in a for a in A) for _t, _, A, _ in evs), evs
