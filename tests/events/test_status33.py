"""Session 33, helper STATUS: the status and recoding rules of that session (events/punishment.py, ...).  Sentences
written for these tests."""

from __future__ import annotations

import pytest


def _types_at(events, word):
    return {e.type for e in events if e.trigger.text == word}


# A vow, pledge or oath to punish a party is a threat (PLOVER THREATEN, CAMEO 13), like a vow to retaliate; the
# lexicon knows no reading of "punish", so the vow was read as a promise to cooperate (AGREE) before.
@pytest.mark.parametrize("text, verb", [
    ("The government vowed to punish those responsible for the bombing.", "vowed"),
    ("The army pledged to punish the rebels who shelled the market.", "pledged"),
    ("The king vowed to punish whoever killed his son.", "vowed"),
    ("The interior minister promised to punish the attackers.", "promised"),
])
def test_a_vow_to_punish_a_party_is_a_threat(code, text, verb):
    types = set().union(*(_types_at(code(text), w) for w in (verb, "punish")))
    assert "THREATEN" in types and "AGREE" not in types


# Punishing a practice is a policy promised, not a threat to anyone: it stays AGREE.
@pytest.mark.parametrize("text, verb", [
    ("The new prime minister pledged to punish corruption in the ministries.", "pledged"),
    ("The finance minister promised to punish tax evasion more severely.", "promised"),
])
def test_a_vow_to_punish_a_practice_is_a_promise_of_policy(code, text, verb):
    types = set().union(*(_types_at(code(text), w) for w in (verb, "punish")))
    assert "THREATEN" not in types
