"""Session 12, round 2 (helper R2, issue 5): an explosive weapon that went off with no doer named
(events/doerless_nouns.weapon_went_off; codebook ASSAULT explosives, CAMEO 183) and "murder" / "slaying" as event
nouns (data/triggers.tsv assault.murder_noun).  Sentences written for the tests (none copied from an article).
Each rule test fails without the rule (the coder coded none of these before); each guard keeps out an event."""

from __future__ import annotations

from dateline.events import agentless


def _doerless(events, type_="ASSAULT"):
    return [e for e in events if not e.actor and e.type == type_]


def test_a_bomb_that_went_off_is_a_bombing_with_no_doer(code_with_mentions):
    (e,) = _doerless(code_with_mentions("A bomb went off in the crowded market on Sunday morning."))
    # (the trigger starts at the weapon and, since session 13, reaches the verb that says it went off: trigger_reach.py)
    assert e.trigger.text == "bomb went off" and e.recipient == [] and e.reason.endswith(agentless.MARK)
    (e,) = _doerless(code_with_mentions("An IED exploded near a military convoy in the south."))
    assert e.trigger.text == "IED exploded"


def test_no_bombing_for_a_mishap_or_an_unreal_explosion(code_with_mentions):
    assert not _doerless(code_with_mentions("A gas cylinder exploded in a small restaurant."))
    assert not _doerless(code_with_mentions("A bomb could explode at any time, the police warned."))
    assert not _doerless(code_with_mentions("The bomb was defused before it could go off."))


def test_murder_is_an_event_noun(code_with_mentions):
    (e,) = [e for e in code_with_mentions("Three police officers were involved in the murder of a journalist.")
            if e.type == "ASSAULT"]
    assert e.trigger.text == "murder" and [a.text for a in e.actor] == ["Three police officers"]
    assert [r.text for r in e.recipient] == ["a journalist"]


def test_a_murder_charge_is_no_murder(code_with_mentions):
    assert not [e for e in code_with_mentions("He was charged with murder on Friday.") if e.trigger.text == "murder"]


def _assaults(events):
    return [([a.text for a in e.actor], [r.text for r in e.recipient]) for e in events if e.type == "ASSAULT"]


def test_clashes_between_two_sides_named_on_the_verb_are_a_dyad(code_with_mentions):
    # (before: refused as an event with no doer, and no event came out)
    assert _assaults(code_with_mentions("Clashes erupted between police and protesters in the square.")) == [
        (["police"], ["protesters"])]
    assert _assaults(code_with_mentions("Fighting between the army and rebels continued in the north.")) == [
        (["the army"], ["rebels"])]


def test_no_dyad_when_the_clash_is_unreal(code_with_mentions):
    assert not _assaults(code_with_mentions("Clashes could erupt between police and protesters."))
