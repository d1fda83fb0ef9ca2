"""Criticism told as a reported judgment (events/reported_judgments.py, data/judgment_words.tsv): a verb of
saying whose reported clause condemns a party - or a thing a party owns - is ACCUSE disapprove from the speaker
to that party (CAMEO 111 'Criticize or denounce').  Real spaCy model and actors stage; sentences written for
these tests, none copied from an evaluation article.  The positive tests fail without the rule; the guards pin
neutral reports, negations, doubts and clauses that judge no party."""

from __future__ import annotations

import pytest
from coded_events import in_dyad, rows as _events


@pytest.mark.parametrize("text, actor, recipient", [
    ("The opposition leader said the government's policy was a disaster.", "opposition", "government"),
    ("The union says the government is acting too late.", "union", "government"),
    ("Critics said the Treasury's sums did not add up.", "Critics", "Treasury"),
    ("The senator said Russia's offer was not acceptable.", "senator", "Russia"),
    ("Human Rights Watch said the army's response had been inadequate.", "Human Rights Watch", "army"),
    ("The mayor said Washington's strategy had failed.", "mayor", "Washington"),
])
def test_a_reported_judgment_of_a_party_is_criticism(code, text, actor, recipient):
    evs = _events(code, text)
    assert in_dyad(evs, "ACCUSE", actor, recipient, ("said", "says")), evs


@pytest.mark.parametrize("text", [
    "The minister said the talks were productive.",  # praise of no party, and no criticism
    "The spokesman said Iran was ready.",  # no judgment
    "The president said the situation was appalling.",  # a state no party owns
    "The opposition did not say the government's plan was a mistake.",  # the speech is negated
    "The analyst said the government's plan may be a mistake.",  # doubted
    "The minister said the government's plan was not a disaster.",  # the judgment is negated
    "Officials said the engine did not work.",  # a thing no party owns
    "The minister said the government's plan would work.",  # a success verb not negated
])
def test_neutral_reports_are_no_criticism(code, text):
    evs = _events(code, text)
    assert not any(t == "ACCUSE" for t, *_ in evs), evs


def test_a_reported_praise_of_a_party_is_support(code):
    evs = _events(code, "The minister said Germany's role had been constructive.")
    assert any(t == "SUPPORT" and trig == "said" and any("minister" in a for a in A) and any("Germany" in r for r in R)
               for t, trig, A, R in evs), evs


@pytest.mark.parametrize("text", [
    "The minister said the talks were constructive.",  # praise of no party
    "The minister said the talks were productive.",  # a result, not conduct
])
def test_praise_of_no_party_is_no_support(code, text):
    evs = _events(code, text)
    assert not any(t == "SUPPORT" and trig == "said" for t, trig, *_ in evs), evs


@pytest.mark.parametrize("text, actor, recipient", [
    ("France said the American decision was illegal.", "France", "American"),
    ("China said the U.S. sanctions were illegal.", "China", "U.S."),
    ("Russia said the move by NATO was a provocation.", "Russia", "NATO"),
])
def test_a_lexicon_judgment_at_the_speech_verb_has_the_judged_party_as_recipient(code, text, actor, recipient):
    # (triggers.tsv accuse.said_illegal codes the verb of saying; the party judged is found as
    # reported_judgments finds it: the owner of the judged thing, or its doer on "by")
    evs = _events(code, text)
    assert in_dyad(evs, "ACCUSE", actor, recipient, ("said",)), evs


def test_a_lexicon_judgment_of_no_party_gets_no_recipient(code):
    evs = _events(code, "The archbishop said detentions without trial were unacceptable.")
    assert all(not R for t, trig, A, R in evs if t == "ACCUSE" and trig == "said"), evs
