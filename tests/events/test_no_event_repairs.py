"""Sentences that gave no event at all (issue 5, session 8, helper C): a body of people refused as an actor, a
support verb's object the parser made the subject of an infinitive, a sentence's only verb read as a participle
describing its subject.  Real spaCy model and actors stage; sentences written for these tests.  The positive
tests fail on the code before (no event); the guards pin what must not change."""

from __future__ import annotations

import pytest


def _pairs(events) -> list[tuple[str, list[str], list[str]]]:
    return [(e.trigger.text, [p.text for p in e.actor], [p.text for p in e.recipient]) for e in events]


# --- a body of people can act (arguments.BODY_NOUNS) -------------------------------------------------

@pytest.mark.parametrize("text, actor", [
    ("The party expelled the lawmaker.", "The party"),
    ("The council condemned the decision by Ukraine.", "The council"),
    ("A parliamentary committee criticized the minister.", "A parliamentary committee"),
])
def test_a_body_of_people_acts(code, text, actor):
    assert any(actor in a for _, a, _ in _pairs(code(text))), _pairs(code(text))


@pytest.mark.parametrize("text", [
    "The decision angered the opposition.",  # a lone thing still does not act
    "The group condemned the decision by Ukraine.",  # "group" is too generic to be a body by itself
])
def test_a_lone_thing_still_does_not_act(code, text):
    assert _pairs(code(text)) == []


# --- a support verb's object read as the subject of an infinitive (noun_roles._object_read_as_subject) ----

def test_declared_state_of_emergency_to_begin_is_done_by_the_declarer(code):
    found = _pairs(code("The army declared a state of emergency in the province to begin at midnight on Friday."))
    assert ("state of emergency", ["The army"], ["the province"]) in found, found


def test_a_subject_of_a_speech_verbs_infinitive_stays_no_object(code):
    # "said" is no support verb: the talks are not the speaker's act
    found = _pairs(code("Officials said the talks to resume next week would be held in Geneva."))
    assert not any(a == ["Officials"] for _, a, _ in found), found


# --- a sentence's only verb read as a participle (roles._main_verb_on_noun_root) ---------------------

def test_only_verb_read_as_a_participle_has_the_root_noun_as_subject(code):
    found = _pairs(code("A British parliamentary report called for an inquiry into the deaths."))
    assert any(a == ["A British parliamentary report"] for _, a, _ in found), found


@pytest.mark.parametrize("text", [
    "The man arrested for the murder of a policeman in Lagos.",  # a caption: the man is acted on
    "Two policemen wounded in the attack on the checkpoint.",  # no article: a headline's passive
])
def test_a_participle_caption_stays_passive(code, text):
    found = _pairs(code(text))
    assert not any(a and a[0].startswith(("The man", "Two policemen")) for _, a, _ in found), found
