"""Noun-phrase primitives of ``events.parties``: which noun phrases are parties and which party is
inside a thing.  Real spaCy model and actors stage; sentences written for these tests, not taken from
the development set."""

from __future__ import annotations

import pytest

from dateline.actors import resolve
from dateline.events import parties


def _token(doc, word: str):
    return next(t for t in doc if t.text == word)


def _covered(doc) -> set[int]:
    """Token indices inside the actors stage's mentions (what the coder passes as ``parties``)."""
    return {i for m in resolve(doc, None).mentions for i in range(len(doc))
            if m.start <= doc[i].idx < m.end}


def _recipients(events, trigger: str) -> list[str]:
    return [p.text for e in events if e.trigger.text == trigger for p in e.recipient]


# --- a definite thing is the same thing as an earlier owned mention of its noun ---------------------

def test_the_same_thing_named_again_goes_to_its_earlier_owner(code):
    events = code("The Kremlin published Putin's plan on Sunday, and the German minister denounced the plan on Monday.")
    assert _recipients(events, "denounced") == ["Putin"], [(e.trigger.text, [p.text for p in e.recipient])
                                                          for e in events]
    e = next(e for e in events if e.trigger.text == "denounced")
    assert "same_noun" in e.recipient[0].flags


@pytest.mark.parametrize("text", [
    "Iran's nuclear programme worries its neighbours. On Monday Israel criticised the programme.",
    "Putin's peace plan was published on Sunday. On Monday the German minister denounced the plan.",
])
def test_the_earlier_owner_may_be_in_an_earlier_sentence(code, text):
    events = code(text)
    assert _recipients(events, "criticised") + _recipients(events, "denounced") in (["Iran"], ["Putin"])


def test_the_earlier_owner_is_never_the_actor_itself(code):
    events = code("Iran's nuclear programme was condemned by Israel. Iran defended the programme on Monday.")
    assert "Iran" not in _recipients(events, "defended")


def test_an_indefinite_thing_is_a_new_thing(code):
    events = code("Putin's proposal was discussed in Paris. The German minister denounced a proposal on taxes.")
    assert "Putin" not in _recipients(events, "denounced")


def test_a_thing_described_anew_is_no_repeat(code):
    events = code("Putin's plan was published on Sunday. On Monday the German minister denounced the plan of the rebels.")
    assert "Putin" not in _recipients(events, "denounced")


def test_only_the_nearest_earlier_mention_counts(nlp):
    doc = nlp("Putin's proposal failed. A new proposal came on Monday. The minister denounced the proposal.")
    last = [t for t in doc if t.text == "proposal"][-1]
    assert parties.party_inside(last, _covered(doc)) == []  # the nearest one ("a new proposal") has no owner


# --- adjuncts of time, cause and purpose are no parties ----------------------------------------------

@pytest.mark.parametrize("sentence, noun", [
    ("The army declared a truce in a bid to end the fighting.", "bid"),
    ("The talks resumed in the wake of the election.", "wake"),
    ("Ministers met on the sidelines of the summit.", "sidelines"),
    ("The ban was lifted as a result of the ruling.", "result"),
])
def test_the_noun_of_a_fixed_adjunct_is_no_party(nlp, sentence, noun):
    tok = _token(nlp(sentence), noun)
    assert parties.adjunct_noun(tok)
    assert not parties.actorish(tok) and not parties.is_party(tok)


@pytest.mark.parametrize("sentence, noun", [
    ("The committee rejected the bid by the opposition.", "bid"),  # not after "in"
    ("Two men were jailed for their part in the events that led to the riot.", "events"),  # not "in the event of"
    ("The rebels lost the battle in the face.", "face"),  # no "of"
])
def test_a_noun_outside_its_adjunct_is_no_adjunct(nlp, sentence, noun):
    assert not parties.adjunct_noun(_token(nlp(sentence), noun))


def test_no_party_is_reached_through_a_purpose_adjunct(nlp):
    doc = nlp("It was a ceasefire in a bid to please Russia.")
    assert parties.party_inside(_token(doc, "ceasefire"), _covered(doc)) == []  # not Russia


# --- "over" names why, not on whom --------------------------------------------------------------------

def test_over_a_crisis_names_no_party_it_befell(nlp):
    doc = nlp("The United States announced measures over the Rohingya crisis.")
    covered = _covered(doc) | {_token(doc, "Rohingya").i}
    assert parties.party_inside(_token(doc, "measures"), covered) == []


def test_over_an_owned_cause_names_its_owner(nlp):
    doc = nlp("The European Union announced measures over Iran's nuclear programme.")
    found = parties.party_inside(_token(doc, "measures"), _covered(doc))
    assert [doc[a.start:a.end].text for a in found] == ["Iran"]
    assert found[0].flags == ["inside", "prep:over"]


def test_other_prepositions_still_reach_the_party_inside(nlp):
    doc = nlp("The mayor welcomed a plan for settling the dispute with the Hanjin Shipping company.")
    found = parties.party_inside(_token(doc, "plan"), _covered(doc))
    assert [doc[a.start:a.end].text for a in found] == ["the Hanjin Shipping company"]


def test_an_adjunct_is_nobody_s_recipient_whoever_picks_it(code):
    events = code("The rebels declared a three-day truce in a bid to calm the region.")
    assert any(e.trigger.text == "truce" for e in events)
    assert not [p.text for e in events for p in e.actor + e.recipient if p.text.startswith("a bid")]


def test_a_year_is_nobody(code):
    events = code("After the disarmament of the rebels in 2017, the region fell quiet.")
    assert not [p.text for e in events for p in e.actor + e.recipient if p.text == "2017"], \
        [(e.trigger.text, [p.text for p in e.recipient]) for e in events]
