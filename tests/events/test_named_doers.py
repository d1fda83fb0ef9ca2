"""Events whose doer is named but that the coder missed (issue 5, session 9, helper W): lexicon entries for
acts the trigger lexicon lacked (a network dismantled, a listing on a sanctions list, contacts made, joining
an alliance, funds released, disapproval expressed), a person pronoun whose antecedent is a titled person
("The prime minister said ... He rejected ..."), and criticism reported as another party's failure ("X said
the government had failed to ...").  Real spaCy model and actors stage; sentences written for these tests,
none copied from an evaluation article.  The positive tests fail on the code before; the guards pin what must
not change."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def code(code_with_mentions):
    return code_with_mentions


def _events(code, text):
    return [(e.type, e.trigger.text, [p.text for p in e.actor], [p.text for p in e.recipient]) for e in code(text)]


def _has(code, text, type_, actor_word):
    evs = _events(code, text)
    return any(t == type_ and any(actor_word in a for a in A) for t, _, A, _ in evs), evs


# --- lexicon entries (triggers.tsv, session 9 helper W block) ---------------------------------------------

@pytest.mark.parametrize("text, type_, actor", [
    ("Colombian police dismantled a drug trafficking network in Cali.", "COERCE", "police"),
    ("The Treasury Department placed six Venezuelan officials on its sanctions list.", "SANCTION", "Treasury"),
    ("The Foreign Minister made contact with his Iranian counterpart on Monday.", "CONSULT", "Minister"),
    ("Sweden joined NATO last year.", "COOPERATE", "Sweden"),
    ("The World Bank released $50 million in emergency funds for Malawi.", "AID", "World Bank"),
    ("The opposition expressed dismay at the government's decision to delay the vote.", "ACCUSE", "opposition"),
])
def test_entries_code_named_doers(code, text, type_, actor):
    ok, evs = _has(code, text, type_, actor)
    assert ok, evs


@pytest.mark.parametrize("text, type_", [
    ("The hospital put her name on the waiting list.", "SANCTION"),  # a waiting list is no sanctions list
    ("The rebels released two hostages on Monday.", "AID"),  # people released stay a release (RETREAT)
    ("Police dismantled the stage after the concert.", "COERCE"),  # a thing taken down, no network
])
def test_entries_do_not_overreach(code, text, type_):
    assert not any(t == type_ for t, *_ in _events(code, text)), _events(code, text)


@pytest.mark.parametrize("text, type_, actor", [
    ("The opposition labelled the budget a shambles.", "ACCUSE", "opposition"),
    ("The reforms were branded a betrayal by the unions.", "ACCUSE", "unions"),  # by-agent hung on the complement
    ("The ruling party tried to smear the opposition leader.", "ACCUSE", "party"),
    ("The junta continues to oppress the Rohingya minority.", "COERCE", "junta"),
])
def test_criticism_and_repression_entries(code, text, type_, actor):
    ok, evs = _has(code, text, type_, actor)
    assert ok, evs
