"""Trigger entries of session 30 (helper RECALL): general constructions that coded nothing or the wrong type, each from
the codebook/CAMEO wording its `notes` cite - a sentence handed down, meted out, passed or given (SANCTION convict, not
a release), a thing set on fire (ASSAULT primitive), traffic stopped or blocked by protesters (PROTEST obstruct), a
media blackout imposed (COERCE censor), a closure or cordon lifted (CONCEDE), a siege lifted (RETREAT, CAMEO 0872),
aid or supplies rushed, trucked or transferred (AID), diplomatic ties opened or forged (SUPPORT, CAMEO 054).  Real
spaCy model and actors stage; sentences written for these tests, none copied from an evaluation or news article.  The
positive tests fail without the entries; the guards pin senses they must not reach."""

from __future__ import annotations

import pytest
from coded_events import rows as _events


@pytest.mark.parametrize("text, type_, trigger, actor", [
    ("The court handed down death sentences to two politicians.", "SANCTION", "handed", "court"),
    ("A Cairo court handed the blogger a three-year prison sentence.", "SANCTION", "handed", "court"),
    ("The judge meted out a ten-year sentence to the former minister.", "SANCTION", "meted", "judge"),
    ("The tribunal passed sentence on the three officers.", "SANCTION", "passed", "tribunal"),
    ("The military court gave the journalist a life sentence.", "SANCTION", "gave", "court"),
    ("Rioters set a police van on fire in Nairobi.", "ASSAULT", "set", "Rioters"),
    ("The mob set the mayor's house on fire.", "ASSAULT", "set", "mob"),
    ("Some 200 protesters stopped traffic on the main highway.", "PROTEST", "stopped", "protesters"),
    ("The junta imposed an internet blackout in the northern provinces.", "COERCE", "imposed", "junta"),
    ("The mayor lifted the closure of schools and shops around the square.", "CONCEDE", "lifted", "mayor"),
    ("Israel eased the closure of Gaza.", "CONCEDE", "eased", "Israel"),
    ("Police lifted the cordon around the parliament.", "CONCEDE", "lifted", "Police"),
    ("The army lifted the siege of the town.", "RETREAT", "lifted", "army"),
    ("Egypt rushed aid supplies to the flooded villages.", "AID", "rushed", "Egypt"),
    ("The UN trucked relief into the besieged town.", "AID", "trucked", "UN"),
    ("Ethiopia and Kyrgyzstan opened diplomatic ties.", "SUPPORT", "opened", "Ethiopia"),
    ("Israel and Bahrain forged diplomatic relations last year.", "SUPPORT", "forged", "Israel"),
])
def test_recall30_entry_codes_the_event(code, text, type_, trigger, actor):
    evs = _events(code, text)
    assert any(t == type_ and trig == trigger and any(actor in a for a in actors) for t, trig, actors, _ in evs), evs


def test_a_sentence_handed_down_is_no_release(code):
    evs = _events(code, "The court handed down death sentences to two politicians.")
    assert not any(t == "RETREAT" for t, *_ in evs), evs


@pytest.mark.parametrize("text, type_, word", [
    ("The heavy snow stopped traffic on the motorway.", "PROTEST", "stopped"),  # weather, no protest
    ("Police stopped traffic to let the motorcade pass.", "PROTEST", "stopped"),  # those who direct traffic
    ("The government imposed a power blackout in the city.", "COERCE", "imposed"),  # electricity cut, no censorship
    ("The company moved supplies to the new warehouse.", "AID", "moved"),  # goods moved, no aid
    ("The police handed the suspect over to the army.", "SANCTION", "handed"),  # a handover, no sentence
])
def test_recall30_guard_keeps_the_other_sense(code, text, type_, word):
    evs = _events(code, text)
    assert not any(t == type_ and trig == word for t, trig, *_ in evs), evs

