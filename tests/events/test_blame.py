"""Blame laid on a party (issue 5, session 16, helper RECALL; events/blame.py): in "blame X on Y" the party accused is
Y, the object of "on" (PLOVER ACCUSE 'Accuse, allege, ... blame'; CAMEO 112).  The agentless passive ("the attack was
blamed on Hamas") is an accusation with no accuser named, coded with no actor;
an active blamer keeps its actor and the party after "on" receives ("police blamed the blast on rebels", not "the
blast").  Real spaCy model and actors stage; sentences written for these tests.  The positive tests fail without the
rule; the guards pin what must not change."""

from __future__ import annotations

import pytest
from coded_events import has_doerless, rows as _events


@pytest.mark.parametrize("text, accused", [
    ("The attack was blamed on Hamas.", "Hamas"),
    ("The bombing has been blamed on al-Qaeda militants.", "militants"),
    ("The killings are widely blamed on the army.", "army"),
    ("The rocket fire was blamed on Hezbollah.", "Hezbollah"),
    ("The government has ordered an investigation to clarify the case, which is being blamed on the air force.",
     "air force"),
    ("The blame was laid on the security forces.", "security forces"),
])
def test_blame_laid_with_no_accuser(code, text, accused):
    found, evs = has_doerless(code, text, "ACCUSE", accused)
    assert found, evs


@pytest.mark.parametrize("text, actor, accused", [
    ("Police blamed the attack on rebels.", "Police", "rebels"),
    ("The government blamed the violence on the opposition.", "government", "opposition"),
    ("The army laid the blame on the rebels.", "army", "rebels"),
])
def test_blamer_and_the_party_blamed(code, text, actor, accused):
    evs = _events(code, text)
    assert any(t == "ACCUSE" and any(actor in a for a in actors) and any(accused in r for r in recips)
               and not any(w in r for r in recips for w in ("attack", "violence", "blame"))
               for t, _, actors, recips in evs), evs


@pytest.mark.parametrize("text", [
    "The accident was blamed on bad weather.",  # no party blamed
    "The delay was blamed on a technical fault.",
    "Nobody has been blamed for the attack.",  # no one accused
    "No group was blamed for the bombing.",
    "The rebels were blamed for the attack.",  # no "on": not coded with no accuser (blame.py, not shipped)
    "The attack can be blamed on the rebels.",  # only possible
    "The attack was not blamed on the rebels.",  # denied, with no accuser
])
def test_no_accusation_without_a_party_blamed(code, text):
    evs = _events(code, text)
    assert not any(t == "ACCUSE" and not actors for t, _, actors, _ in evs), evs


@pytest.mark.parametrize("text, actor, accused", [
    ("The minister blamed Russia on state television.", "minister", "Russia"),  # "on" says where
    ("Officials blamed Maoists for the blast.", "Officials", "Maoists"),
])
def test_the_object_blamed_stays_the_recipient(code, text, actor, accused):
    evs = _events(code, text)
    assert any(t == "ACCUSE" and any(actor in a for a in actors) and any(accused in r for r in recips)
               for t, _, actors, recips in evs), evs
