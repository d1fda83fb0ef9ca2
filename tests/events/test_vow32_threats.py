"""Session 32, helper VOW: a promise or vow of harm is a threat (PLOVER THREATEN 'All threats, coercive or forceful
warnings'; CAMEO 13), read from the sense the vowed word has in its sentence.  "Attack" reads as force (ASSAULT) or as
words (ACCUSE); aimed at a place, a post or armed forces, done by an armed body, or done by a state at a party, it is
force, and a vow of it a threat (status._harm_in_context, _force_in_context).  Aimed at a thing it stays a promise of
policy (CAMEO 0342, AGREE).  The deed one vows to retaliate *for* is no act promised, and a vow to retaliate is a threat
even with no target (not_triggers.tsv agree.verb:vow).  Promises of benefit stay AGREE.  Real spaCy model; sentences
written for these tests."""

from __future__ import annotations

import pytest


def _types(events):
    return {e.type for e in events}


@pytest.mark.parametrize("text", [
    "The rebels vowed to attack the capital.",
    "The militia vowed to attack the army base.",
    "Insurgents promised to attack government positions near the river.",
    "The guerrillas swore to attack American forces in the valley.",
    "Iran vowed to attack Israel.",
    "Israel vowed to attack Hamas.",
])
def test_a_vow_to_attack_by_force_is_a_threat(code, text):
    events = code(text)
    assert "THREATEN" in _types(events)
    assert "AGREE" not in _types(events)


@pytest.mark.parametrize("text", [
    "Rebel fighters vowed to renew their campaign of attacks in the north.",
    "The militants vowed more attacks on the city.",
])
def test_vowed_attacks_of_an_armed_body_are_a_threat(code, text):
    """The doer of a vowed attack noun is the vow's subject."""
    events = code(text)
    assert "THREATEN" in _types(events)
    assert not any(e.type == "AGREE" and "attack" in e.trigger.text for e in events)


@pytest.mark.parametrize("text", [
    "Israel vowed to retaliate for the rocket attack.",
    "The government vowed to retaliate for the bombing of its embassy.",
])
def test_the_deed_retaliated_for_is_no_promise(code, text):
    events = code(text)
    assert "THREATEN" in _types(events)
    assert "AGREE" not in _types(events)


def test_a_vow_to_retaliate_with_no_target_is_a_threat(code):
    events = code("Pakistan vowed to retaliate.")
    assert _types(events) == {"THREATEN"}


# --- contrasts: what does not change ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The finance minister vowed to attack the deficit.",
    "The government vowed to rebuild the schools.",
    "The president pledged to fight corruption.",
    "The president vowed to attack his critics.",
    "England vowed to attack from the first whistle.",
])
def test_a_promise_of_policy_or_benefit_is_no_threat(code, text):
    assert "THREATEN" not in _types(code(text))


def test_a_state_vowing_to_attack_a_thing_promises_a_policy(code):
    events = code("France vowed to attack tax evasion.")
    assert "THREATEN" not in _types(events)


def test_a_warning_of_warfare_is_a_threat(code):
    """not_triggers.tsv accuse.disapprove:warn: the words of war and retaliation the row had, with warfare and
    retribution (codebook THREATEN: 'coercive or forceful warnings with serious potential repercussions')."""
    events = code("The rebel commanders warned of open warfare if the talks collapsed.")
    assert any(e.type == "THREATEN" and e.trigger.text == "warned" for e in events)
    assert not any(e.type == "ACCUSE" and e.trigger.text == "warned" for e in events)
