"""Session 22 (helper RECALL): two plain English phrasings of PLOVER events the lexicon lacked.  Real spaCy model and
actors stage; sentences written for these tests.  The positive tests fail without the entries; the guards pin what
must not change.

* "X is against Y" (triggers.tsv ``reject.be_against``): to be against a plan, a policy or a party is to oppose it -
  codebook REJECT 'reject, oppose' (``reject.verb`` has 'oppose'); not a circumstance or a thing judged ("the odds
  are against them", "smoking is against the law": not_triggers.tsv).
* "the gangs were armed by the cartel" (``aid.arm_party``): CAMEO 072 'Provide military aid'; to arm a party is to
  give it weapons, whoever the party is (``aid.arm`` lists the parties it knows as objects); not a description of who
  carries weapons ("gunmen armed with knives") nor arming oneself.
"""

from __future__ import annotations

import pytest
from coded_events import in_dyad, rows as _events


@pytest.mark.parametrize("text, actor, recipient", [
    ("Several opposition parties are against the government's reform plan.", "parties", "government"),
    ("Russia is against any further sanctions on Iran, its foreign minister said.", "Russia", "sanctions"),
])
def test_being_against_is_opposing(code, text, actor, recipient):
    evs = _events(code, text)
    assert in_dyad(evs, "REJECT", actor, recipient), evs


@pytest.mark.parametrize("text", [
    "The odds are against the rebels this time.",
    "Smoking in public buildings is against the law.",
    "The new bill is against the spirit of the constitution.",
])
def test_no_opposition_for_circumstances_or_rules(code, text):
    evs = _events(code, text)
    assert not any(t == "REJECT" for t, *_ in evs), evs


@pytest.mark.parametrize("text, actor, recipient", [
    ("Investigators said the smugglers were armed by the drug cartel.", "cartel", "smugglers"),
    ("The drug cartel armed the local vigilantes.", "cartel", "vigilantes"),
])
def test_arming_a_party_is_military_aid(code, text, actor, recipient):
    evs = _events(code, text)
    assert in_dyad(evs, "AID", actor, recipient), evs


@pytest.mark.parametrize("text", [
    "Gunmen armed with knives attacked the bus on Monday.",
    "The attackers were heavily armed, police said.",
    "The villagers armed themselves after the raid.",
])
def test_no_aid_for_being_armed(code, text):
    evs = _events(code, text)
    assert not any(t == "AID" for t, *_ in evs), evs
