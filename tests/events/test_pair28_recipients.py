"""Session 28, helper PAIR: who receives, in three English constructions the coder got wrong.  Sentences written here.

- A request made *to* someone before the act asked for names the one asked, as "called *on*" does ("appealed *to the
  rebels* to lay down their arms": the rebels are asked; ``arguments._called_upon`` with ``roles.CONTROL_PREPS``).
- Force aimed at no one named is aimed at whom its purpose clause acts on, also a crowd or a mob, singular nouns of
  people ("opened fire to disperse *a rampaging mob*": ``arguments._purpose_target``).
- An accusation whose reported clause is passive accuses the doer on "by", not the one the deed was done to
  ("alleged that three cadres had been killed *by the police*": ``arguments._agent_of_reported_passive``)."""

from __future__ import annotations

import pytest

from coded_events import in_dyad, rows


@pytest.mark.parametrize("text, actor, recipient", [
    ("The president appealed to the rebels to lay down their arms.", "president", "rebels"),
    ("The bishop appealed to the kidnappers to free the priest.", "bishop", "kidnappers"),
])
def test_the_one_appealed_to_is_asked(code, text, actor, recipient):
    evs = rows(code, text)
    assert in_dyad(evs, "REQUEST", actor, recipient), evs


def test_the_thing_asked_for_is_not_the_addressee(code):
    evs = rows(code, "The president appealed to the rebels to lay down their arms.")
    assert not any(t == "REQUEST" and any("arms" in r for r in recips) for t, _, _, recips in evs), evs


@pytest.mark.parametrize("text", [
    "Police opened fire to disperse a rampaging mob.",
    "Police used tear gas to disperse an angry mob.",
])
def test_force_aimed_at_no_one_named_is_aimed_at_the_mob_it_disperses(code, text):
    evs = rows(code, text)
    assert in_dyad(evs, "ASSAULT", "Police", "mob"), evs


@pytest.mark.parametrize("text, actor, recipient", [
    ("The rebels alleged that three of their commanders had been killed by the police.", "rebels", "police"),
    ("The family alleged that he had been tortured by soldiers.", "family", "soldiers"),
])
def test_an_allegation_accuses_the_doer_on_by(code, text, actor, recipient):
    evs = rows(code, text)
    assert in_dyad(evs, "ACCUSE", actor, recipient), evs


def test_an_allegation_of_an_active_clause_keeps_its_subject(code):
    evs = rows(code, "The rebels alleged that the army had killed three of their commanders.")
    assert in_dyad(evs, "ACCUSE", "rebels", "army"), evs

