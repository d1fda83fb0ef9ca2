"""Session 22 (helper RECALL): a measure only the state takes, declared or imposed with no one named
(agentless._declared_measure; agentless_words ``declared_measures``, ``measure_verbs``): "a curfew was imposed in the
town", "a state of emergency was declared in the province", "the militarization of the capital was declared" - PLOVER
COERCE curfew / martial-law (CAMEO 1723, 1724) and MOBILIZE troops (CAMEO 154), coded with no actor and the place it
is imposed on.  Real spaCy model and actors stage; sentences written for these tests.  The positive tests fail without
the rule; the guards pin what must not change."""

from __future__ import annotations

import pytest
from coded_events import has_doerless, rows as _events


@pytest.mark.parametrize("text, type_, place", [
    ("An indefinite curfew was imposed in the old town after the clashes.", "COERCE", "town"),
    ("Curfew was clamped in Ludhiana on Sunday night.", "COERCE", "Ludhiana"),
    ("A state of emergency was declared in the northern province on Friday.", "COERCE", "province"),
    ("The militarization of the capital was declared on Monday.", "MOBILIZE", "capital"),
])
def test_measure_declared_with_no_one_named(code, text, type_, place):
    found, evs = has_doerless(code, text, type_, place)
    assert found, evs


@pytest.mark.parametrize("text", [
    "A curfew was imposed on Monday.",  # no place it is imposed on
    "Police said a curfew was imposed in the town after the clashes.",  # (the speaker is no doer: still coded below)
])
def test_no_place_no_event_and_speaker_is_no_doer(code, text):
    evs = _events(code, text)
    doerless = [e for e in evs if e[0] == "COERCE" and not e[2]]
    assert bool(doerless) == ("town" in text), evs


def test_the_one_who_imposed_it_stays_the_actor(code):
    evs = _events(code, "A curfew was imposed in the town by the district magistrate.")
    assert any(t == "COERCE" and any("magistrate" in a for a in actors) for t, _, actors, _ in evs), evs
    assert not any(t == "COERCE" and not actors for t, _, actors, _ in evs), evs
