"""Session 25 (helper RECALL): conflict and protest verbs the lexicon lacked, from the CAMEO / PLOVER wording each entry
cites (triggers.tsv): knives and blunt weapons, people mowed down, slogans shouted or raised, a gherao, a bandh or
hartal called, a case booked under a law or for a crime.  Real spaCy model and actors stage; sentences written for
these tests, none copied from an evaluation article.  Each positive case fails without its entry; the guards pin
what the entries must leave alone.
"""

from __future__ import annotations

import pytest
from coded_events import in_dyad, rows as _events


@pytest.mark.parametrize("text, type_, actor, recipient, trigger", [
    ("Gunmen knifed a policeman outside the station.", "ASSAULT", "Gunmen", "policeman", "knifed"),
    ("Attackers bludgeoned the journalist to death.", "ASSAULT", "Attackers", "journalist", "bludgeoned"),
    ("Soldiers mowed down the demonstrators.", "ASSAULT", "Soldiers", "demonstrators", "mowed down"),
    ("Protesters shouted slogans against the government.", "PROTEST", "Protesters", "government", "shouted"),
    ("Congress workers raised slogans against the chief minister.", "PROTEST", "workers", "chief minister", "raised"),
    ("Students gheraoed the vice chancellor.", "PROTEST", "Students", "vice chancellor", "gheraoed"),
    ("Police booked the MLA under the Arms Act.", "ACCUSE", "Police", "MLA", "booked"),
    ("Police booked five youths for rioting.", "ACCUSE", "Police", "youths", "booked"),
])
def test_the_verb_reports_its_event(code, text, type_, actor, recipient, trigger):
    evs = _events(code, text)
    assert in_dyad(evs, type_, actor, recipient, (trigger,)), evs


def test_a_bandh_called_is_a_strike(code):
    # (the "called" read as a phone call is left to the relevance layer's naming doubt, tests/events/test_sense25_senses.py)
    evs = _events(code, "The VHP called a bandh in Gujarat.")
    assert any(t == "PROTEST" and trig == "bandh" and any("VHP" in a for a in actors)
               for t, trig, actors, _ in evs), evs


@pytest.mark.parametrize("text", [
    "She booked a flight to Delhi.",
    "The hotel was booked for the wedding.",
    "A speeding car mowed down three pedestrians.",
])
def test_no_event_in_the_other_senses(code, text):
    evs = _events(code, text)
    assert not evs, evs
