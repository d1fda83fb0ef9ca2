"""Wrongful conduct said of a party (events/reported_judgments.py, data/judgment_words.tsv ``wrongdoing_verbs``,
``attempt_verbs``): a verb of saying whose reported clause has a party doing what a verb of wrongful conduct names
("was meddling", "had violated", "is trying to undermine") is ACCUSE allege from the speaker to that party (CAMEO
112 'Accuse'; PLOVER codebook ACCUSE allege).  Real spaCy model and actors stage; sentences written for these
tests, none copied from an evaluation article.  The positive tests fail without the rule; the guards pin plain
reports of force or crime, negations, doubts, refusals and the speaker's own conduct."""

from __future__ import annotations

import pytest
from coded_events import in_dyad, rows as _events


@pytest.mark.parametrize("text, actor, recipient", [
    ("Iran said the United States was meddling in its internal affairs.", "Iran", "United States"),
    ("Russia said NATO was undermining regional security.", "Russia", "NATO"),
    ("China said Washington had interfered in its affairs.", "China", "Washington"),
    ("The opposition said the government had rigged the election.", "opposition", "government"),
    ("The ministry said Israel had violated the ceasefire.", "ministry", "Israel"),
    ("Kiev says Moscow is trying to destabilise the region.", "Kiev", "Moscow"),
])
def test_wrongful_conduct_said_of_a_party_is_an_accusation(code, text, actor, recipient):
    evs = _events(code, text)
    assert in_dyad(evs, "ACCUSE", actor, recipient, ("said", "says")), evs


@pytest.mark.parametrize("text", [
    "Police said the suspect had stolen a car.",  # a crime reported as a fact, no verb of wrongful conduct
    "The army said the rebels had attacked the town.",  # force reported (session 15: mostly plain reports)
    "Iran said the United States had not interfered in the vote.",  # negated
    "Iran said the United States might interfere in the vote.",  # doubted
    "Iran said the United States refused to interfere in the vote.",  # refusing is no attempt
    "Iran said it had not violated the agreement.",  # the speaker itself, denying
    "Iran did not say the United States had interfered.",  # the speech is negated
])
def test_no_accusation_without_wrongful_conduct_said(code, text):
    evs = _events(code, text)
    assert not any(t == "ACCUSE" and trig in ("said", "say", "says") for t, trig, *_ in evs), evs


@pytest.mark.parametrize("text", [
    "The Syrian envoy, Ahmed Khalil, said suspending Damascus violated the League's charter.",
    "The Syrian envoy said suspending Damascus violated the League 's charter because it needed a summit.",
])
def test_an_act_as_the_subject_is_not_accused(code, text):
    """A gerund subject names an act, not a party: 'said suspending Damascus violated the charter' accuses no
    Damascus."""
    evs = _events(code, text)
    assert not any(t == "ACCUSE" and trig == "said" and any("Damascus" in r for r in R) for t, trig, A, R in evs), evs
