"""An attack named as a noun with the party it was aimed at on "on" or "against" and no doer named (session 17,
helper RECALL; events/doerless_nouns.victims, data class ``aimed_attacks``): coded ASSAULT with an empty actor and
that target as recipient ("the ghastly *attack on* the members of the minority group").  Sentences written for the
tests (none copied from an article).  The first tests fail without the rule (no event was coded); the guards keep
out an attack that did not happen or whose doer is named."""

from __future__ import annotations

from dateline.events import agentless


def _doerless(events, type_="ASSAULT"):
    return [e for e in events if not e.actor and e.type == type_]


def test_attack_on_people_with_no_doer_is_coded_with_its_target(code_with_mentions):
    (e,) = _doerless(code_with_mentions("He condemned the attack on the members of the minority group."))
    assert e.trigger.text == "attack" and e.actor == [] and [r.text for r in e.recipient] == [
        "the members of the minority group"]
    assert agentless.MARK in e.reason
    (e,) = _doerless(code_with_mentions("The attack on Israeli soldiers came a day after the talks collapsed."))
    assert [r.text for r in e.recipient] == ["Israeli soldiers"]


def test_attack_against_a_party(code_with_mentions):
    (e,) = _doerless(code_with_mentions("The ministers met after the attack against two policemen in the town."))
    assert [r.text for r in e.recipient] == ["two policemen"]


def test_no_aimed_attack_that_did_not_happen(code_with_mentions):
    assert not _doerless(code_with_mentions("Officials discussed a possible attack on the members of the group."))
    assert not _doerless(code_with_mentions("Police said they had foiled an attack on two journalists."))
    assert not _doerless(code_with_mentions("The rebels announced a suspension of attacks on civilian officials."))


def test_no_doerless_attack_when_its_doer_is_named(code_with_mentions):
    events = code_with_mentions("The rebels' attack on the soldiers drew criticism.")
    assert not _doerless(events)
