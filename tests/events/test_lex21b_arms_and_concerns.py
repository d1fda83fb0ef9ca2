"""Trigger entries of session 21 (helper LEX2), each from the CAMEO/codebook wording its `notes` cite: weapon
systems delivered or handed to a party (CAMEO 072, AID military), sold or exported to one (CAMEO 062, COOPERATE
military), and a concern raised with or conveyed to a party (CAMEO 110, ACCUSE disapprove).  Real spaCy model and
actors stage; sentences written for these tests, none copied from an evaluation or news article.  The positive
tests fail without the entries; the guards pin the senses they must not reach (business sales, concerns about a
matter told to no one, condolences: CAMEO 018 has no PLOVER type)."""

from __future__ import annotations

import pytest
from coded_events import in_dyad, rows as _events


@pytest.mark.parametrize("text, type_, actor, recipient", [
    # aid.deliver_arms
    ("Poland delivered tanks to Ukraine last week.", "AID", "Poland", "Ukraine"),
    ("The United States supplied missiles to Israel.", "AID", "United States", "Israel"),
    ("Germany handed over 18 howitzers to the Ukrainian army.", "AID", "Germany", "army"),
    # cooperate.sell_arms
    ("France sold 24 Rafale fighters to Egypt.", "COOPERATE", "France", "Egypt"),
    ("Russia exported air defence missiles to Turkey.", "COOPERATE", "Russia", "Turkey"),
    # accuse.raise_concern
    ("Japan raised concerns with China over the islands.", "ACCUSE", "Japan", "China"),
    ("The ministry conveyed its concern to the ambassador.", "ACCUSE", "ministry", "ambassador"),
])
def test_lex21b_entries_code_the_dyad(code, text, type_, actor, recipient):
    evs = _events(code, text)
    assert in_dyad(evs, type_, actor, recipient), evs


@pytest.mark.parametrize("text, type_", [
    ("Airbus sold 50 jets to Qatar Airways.", "COOPERATE"),  # airliners sold to an airline: business
    ("Boeing delivered 40 jets to Ryanair.", "AID"),
    ("Analysts expressed concern about rising inflation.", "ACCUSE"),  # told to no one
    ("The board raised concerns about the merger.", "ACCUSE"),
    ("The president offered condolences to the families.", "ACCUSE"),
])
def test_lex21b_entries_do_not_overreach(code, text, type_):
    evs = _events(code, text)
    assert not any(t == type_ for t, *_ in evs), evs
