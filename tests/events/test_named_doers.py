"""Events whose doer is named but that the coder missed (issue 5, session 9, helper W): lexicon entries for
acts the trigger lexicon lacked (a network dismantled, a listing on a sanctions list, contacts made, joining
an alliance, funds released, disapproval expressed), a person pronoun whose antecedent is a titled person
("The prime minister said ... He rejected ..."), and criticism reported as another party's failure ("X said
the government had failed to ...").  Real spaCy model and actors stage; sentences written for these tests,
none copied from an evaluation article.  The positive tests fail on the code before; the guards pin what must
not change."""

from __future__ import annotations

import pytest
from coded_events import has as _has, in_dyad, rows as _events


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


# --- criticism reported as another party's failure (reported.reported_blame, modality.tsv 'failure') -------

@pytest.mark.parametrize("text, actor, recipient", [
    ("The opposition leader said the government had failed to protect the border.", "opposition", "government"),
    ("Amnesty International said the police failed to investigate the killings.", "Amnesty", "police"),
])
def test_reported_failure_is_criticism(code, text, actor, recipient):
    evs = _events(code, text)
    assert in_dyad(evs, "ACCUSE", actor, recipient), evs


@pytest.mark.parametrize("text", [
    "Officials said the rocket failed to reach orbit.",  # a thing that failed: no one criticised
    "The opposition said the government had not failed to act.",  # negated
    "The minister said the talks may fail to produce a deal.",  # a possibility
])
def test_reported_failure_guards(code, text):
    assert not any(t == "ACCUSE" for t, *_ in _events(code, text)), _events(code, text)


# --- an attempt is the act under way, not a promise (modality.tsv: try/attempt no longer mark the future) ----

def test_an_attempted_rescue_is_aid_not_agreement(code):
    evs = _events(code, "Red Cross teams were trying to rescue villagers trapped by the floods.")
    assert any(t == "AID" and trig == "rescue" for t, trig, _, _ in evs), evs
    assert not any(t == "AGREE" for t, *_ in evs), evs


def test_shots_fired_at_someone_are_an_attack(code):
    ok, evs = _has(code, "Gunmen fired several rounds at the police station.", "ASSAULT", "Gunmen")
    assert ok and any(trig == "fired" for _, trig, _, _ in evs), evs
    assert not any(t == "ASSAULT" for t, *_ in _events(code, "Soldiers fired warning shots into the air.")), \
        _events(code, "Soldiers fired warning shots into the air.")


# --- who is involved in a deed took part in it (noun_roles.noun_actor) -------------------------------------

@pytest.mark.parametrize("text, actor", [
    ("Police arrested two militants involved in the attack on the army convoy.", "militants"),
    ("The three officers were involved in the killing of a protester.", "officers"),
])
def test_involved_in_a_deed_is_its_doer(code, text, actor):
    evs = _events(code, text)
    assert any(t == "ASSAULT" and trig in ("attack", "killing") and any(actor in a for a in A)
               for t, trig, A, _ in evs), evs


def test_who_suffers_an_attack_still_does_not_do_it(code):
    evs = _events(code, "Two soldiers were injured in the attack.")
    assert not any(t == "ASSAULT" and any("soldiers" in a for a in A) for t, _, A, _ in evs), evs


def test_could_be_involved_is_no_doer(code):
    evs = _events(code, "He wondered how Muslims could be involved in such a killing.")
    assert not any(t == "ASSAULT" and any("Muslims" in a for a in A) for t, _, A, _ in evs), evs
