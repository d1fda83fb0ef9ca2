"""Session 24 (helper RECALL): reported speech whose clause the parser hangs away from the verb of saying, verbs of
saying the type model guessed at, and a party held responsible.  Real spaCy model and actors stage; sentences written
for these tests, none copied from an evaluation article.  Each positive case fails without its rule; the guards pin
what the rule must leave alone.

- "X said *in a statement* that Y was responsible": the that-clause the parser hung on the statement (or on its
  participle: "a statement posted online that ...") is the speaker's clause (reported._statement_speech);
- "the army *told reporters* the rebels were responsible": a verb of saying that only the type model's guess made a
  candidate takes no word from the reported-speech rules (extract._with_reported_speech);
- "held the rebels *responsible*": the adjective after the object is what the verb declares it to be
  (complements._complement_heads, triggers.tsv accuse.held_responsible);
- a party accused in reported speech is the reported clause's or none, never another party named in the clause of
  saying ("told *Bloomberg*": extract.ACCUSING_RULES).
"""

from __future__ import annotations

import pytest
from coded_events import in_dyad, rows as _events


@pytest.mark.parametrize("text, type_, actor, recipient, trigger", [
    ("The ministry said in a statement that the rebels were responsible for the attack.",
     "ACCUSE", "ministry", "rebels", "said"),
    ("The army said in a statement posted online that the militia was behind the bombing.",
     "ACCUSE", "army", "militia", "said"),
    ("The minister told reporters at a briefing that the rebels were responsible.",
     "ACCUSE", "minister", "rebels", "told"),
])
def test_a_clause_hung_on_the_statement_is_the_speakers(code, text, type_, actor, recipient, trigger):
    evs = _events(code, text)
    assert in_dyad(evs, type_, actor, recipient, (trigger,)), evs


def test_a_claim_the_speaker_answers_is_not_the_speakers(code):
    # the that-clause belongs to "reports", which the speaker answers: no accusation by the minister
    evs = _events(code, "The minister said in response to reports that the army was responsible that he would "
                        "investigate.")
    assert not any(t == "ACCUSE" and trig == "said" for t, trig, *_ in evs), evs


@pytest.mark.parametrize("text, actor, recipient, trigger", [
    ("The army told reporters the rebels were responsible for the attack.", "army", "rebels", "told"),
    ("The minister told journalists the militia was behind the bombing.", "minister", "militia", "told"),
])
def test_a_verb_of_saying_the_model_guessed_at_still_reports_its_clause(code, text, actor, recipient, trigger):
    evs = _events(code, text)
    assert in_dyad(evs, "ACCUSE", actor, recipient, (trigger,)), evs


@pytest.mark.parametrize("text, actor, recipient", [
    ("The government held the rebels responsible for the attack.", "government", "rebels"),
    ("Washington held the regime responsible for the chemical attack.", "Washington", "regime"),
])
def test_a_party_held_responsible_is_accused(code, text, actor, recipient):
    evs = _events(code, text)
    assert in_dyad(evs, "ACCUSE", actor, recipient, ("held",)), evs


def test_looking_for_those_responsible_accuses_no_one(code):
    evs = _events(code, "The president vowed to find those responsible for the attack.")
    assert not any(t == "ACCUSE" for t, *_ in evs), evs


def test_a_demand_on_another_party_is_still_a_demand(code):
    evs = _events(code, "The minister told reporters the army must leave the city.")
    assert in_dyad(evs, "REQUEST", "minister", "army", ("told",)), evs


def test_the_one_told_is_not_the_one_accused(code):
    # the reported clause blames a thing; the party the speaker tells is no one accused
    evs = _events(code, '"The time difference is responsible for the low volumes," the fund manager told Bloomberg '
                        'in Moscow.')
    assert not any(t == "ACCUSE" and any("Bloomberg" in r for r in recips) for t, _, _, recips in evs), evs
