"""Event types, session 11 (helper TYPE): the future of a verb that carries a cooperative act, and a protest
aimed at what its protesters denounce.  Real spaCy model, the actors stage's mentions and the shipped type
model, as the pipeline codes."""

from __future__ import annotations

import pytest

from dateline.events.carried_future import carrier


def _types(events):
    return [(e.trigger.text, e.type, e.status) for e in events]


@pytest.mark.parametrize("text,trigger", [
    ("Senate President Bukola Saraki will lead a Senate delegation on a three-day visit to Russia.", "visit"),
    ("The Afghan government will take part in talks with the Taliban.", "talks"),
    # (session 39: going "on a visit" is the lexicon's consult.arrive_for_visit, coded at the verb)
    ("Mike Pompeo will go to Pyongyang on a visit next week.", "go"),
    ("Chinese President Xi Jinping will travel to Moscow to meet Vladimir Putin.", "meet"),
])
def test_a_cooperative_act_carried_by_a_future_verb_is_future(code_with_mentions, text, trigger):
    events = code_with_mentions(text)
    at = [e for e in events if e.trigger.text == trigger]
    assert at and all(e.status == "future" and e.type == "AGREE" for e in at), _types(events)


@pytest.mark.parametrize("text,trigger", [
    ("Mike Pompeo travelled to Pyongyang for a visit last week.", "visit"),
    ("The Afghan government will not take part in talks with the Taliban.", "talks"),
    ("The Afghan government took part in talks with the Taliban.", "talks"),
])
def test_no_future_without_a_future_carrier(code_with_mentions, text, trigger):
    events = code_with_mentions(text)
    assert all(e.status != "future" and e.type != "AGREE" for e in events if e.trigger.text == trigger), _types(events)


def test_the_carrier_of_a_noun_on_a_preposition_of_the_verbs_object(nlp):
    doc = nlp("Senate President Bukola Saraki will lead a Senate delegation on a three-day visit to Russia.")
    visit = next(t for t in doc if t.text == "visit")
    assert carrier(visit).text == "lead"
    topic = nlp("The minister will hold a press conference about the attack.")
    assert carrier(next(t for t in topic if t.text == "attack")) is None  # "about": a topic, no purpose


def test_criticism_told_as_the_manner_of_a_rally_is_the_protest(code_with_mentions):
    events = code_with_mentions("Thousands of students rallied in Santiago, criticizing President Pinera.")
    assert [e.type for e in events if e.trigger.text == "criticizing"] == ["PROTEST"], _types(events)


def test_a_denunciation_told_as_the_manner_of_a_march_is_the_protest(code_with_mentions):
    events = code_with_mentions("Thousands of people marched through Minsk on Sunday, denouncing President Lukashenko.")
    denounce = [e for e in events if e.trigger.text == "denouncing"]
    assert [e.type for e in denounce] == ["PROTEST"], _types(events)
    assert denounce[0].mode == next(e.mode for e in events if e.trigger.text == "marched")


def test_a_denunciation_without_a_protest_stays_criticism(code_with_mentions):
    events = code_with_mentions("The opposition leader spoke in parliament on Sunday, denouncing President Lukashenko.")
    assert all(e.type != "PROTEST" for e in events), _types(events)
