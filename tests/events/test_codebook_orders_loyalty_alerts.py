"""Acts with a named doer that the trigger lexicon had no entry for (issue 5, session 10, helper TYPE), each entry
taken from the PLOVER codebook / CAMEO wording its `notes` cite: an order given as a that-clause (codebook REQUEST:
'All requests, demands, and orders'), loyalty or allegiance expressed or sworn (SUPPORT, CAMEO 051), an alert
sounded or declared (MOBILIZE, CAMEO 151/152).  Real spaCy model and actors stage; sentences written for these
tests, none copied from an evaluation article.  The positive tests fail without the entries; the guards pin what
must not change."""

from __future__ import annotations

import pytest
from coded_events import has as _has, rows as _events


@pytest.mark.parametrize("text, type_, actor", [
    ("The judge ordered that Davis remain in the state.", "REQUEST", "judge"),
    ("The army expressed its loyalty to the president.", "SUPPORT", "army"),
    ("The rebels pledged allegiance to the Islamic State.", "SUPPORT", "rebels"),
    ("The police sounded a state-wide alert after the attack.", "MOBILIZE", "police"),
])
def test_codebook_entries_code_named_doers(code, text, type_, actor):
    ok, evs = _has(code, text, type_, actor)
    assert ok, evs


@pytest.mark.parametrize("text, type_", [
    ("The weather office declared a flood alert for Kerala.", "MOBILIZE"),  # a weather alert mobilizes no force
    ("The State Department sounded a travel alert for Mexico.", "MOBILIZE"),
    ("The army ordered the arrest of the opposition leader.", "REQUEST"),  # coded at the arrest, as before
])
def test_codebook_entries_do_not_overreach(code, text, type_):
    assert not any(t == type_ for t, *_ in _events(code, text)), _events(code, text)


# --- interception by the authorities (coerce.intercept; CAMEO 191, codebook COERCE restrict/arrest) ---------

def test_interception_by_authorities(code):
    ok, evs = _has(code, "The coast guard intercepted a boat carrying 40 migrants off Lampedusa.", "COERCE", "guard")
    assert ok, evs


@pytest.mark.parametrize("text", [
    "Israeli air defences intercepted two rockets fired from Gaza.",  # air defence, not a restriction
    "Smith intercepted the pass and scored.",  # no authority
])
def test_interception_guards(code, text):
    assert not any(t == "COERCE" for t, *_ in _events(code, text)), _events(code, text)
