"""Pronoun participants agree with their antecedents (events/pronouns.py): a person pronoun takes a person,
"it" a thing, body or state, "they" several parties or a named organisation (a nationality word names
people, never "it"); the empty "it" of an extraposed clause refers to nothing.
Real sentences (from the design samples of bench/events_precision.py) through the real spaCy model."""

from __future__ import annotations

import pytest

from dateline.events.pronouns import agrees, pleonastic


def _events(code, text, trigger):
    return [e for e in code(text) if e.trigger.text == trigger]


def test_plural_speaker_is_no_he(code_with_mentions):
    # "he" is not "cops": a speaker that does not agree in number is no antecedent (sample Q)
    text = "An officer followed the suspect down an alley and into the backyard, where he fatally shot him, cops said."
    for e in _events(code_with_mentions, text, "shot"):
        assert all(a.text != "cops" for a in e.actor)


def test_extraposed_it_refers_to_nothing(code_with_mentions):
    # "it is worth questioning why ...": no one questions; the ELN is not "it" (sample Q)
    text = ("The ELN has extensive experience carrying out kidnapping operations, and it is worth questioning why "
            "they felt the need to contract out the activity to other criminal groups.")
    for e in _events(code_with_mentions, text, "questioning"):
        assert all("ELN" not in a.text for a in e.actor)


def test_control_adjective_keeps_its_subject(code_with_mentions):
    # "it was ready to attack": "it" is the army (the infinitive hangs on the adjective, not the copula)
    (e,) = _events(code_with_mentions, "The army said it was ready to attack the town.", "attack")
    assert e.type == "ASSAULT" and e.actor and e.actor[0].text == "The army"


def test_they_is_no_state_or_singular_body(code_with_mentions):
    # "they alleged that the Gujarat government ...": neither Gujarat nor its government alleges (sample R)
    text = ("The Gujarat government has been criticised by opposition parties. Citing media reports, they alleged "
            "that the Gujarat government had acted in a partial manner.")
    for e in _events(code_with_mentions, text, "alleged"):
        assert all("Gujarat" not in a.text for a in e.actor)


@pytest.mark.parametrize("text, pronoun, word, expected", [
    ("Nikolai Ryzhkov met Margaret Thatcher.", "he", "Ryzhkov", True),
    ("Nikolai Ryzhkov met Margaret Thatcher.", "it", "Ryzhkov", False),
    ("Nikolai Ryzhkov met Margaret Thatcher.", "they", "Ryzhkov", False),
    ("The rebels attacked the town.", "they", "rebels", True),
    ("The rebels attacked the town.", "it", "rebels", False),
    ("Russia attacked the town.", "it", "Russia", True),
    ("Russia attacked the town.", "they", "Russia", False),
    ("Russia attacked the town.", "he", "Russia", False),
    ("The interior minister attacked the plan.", "it", "minister", False),
    ("The interior minister attacked the plan.", "she", "minister", True),
    ("Militants kidnapped two Nigerian engineers.", "it", "Nigerian", False),
    ("Militants kidnapped two Nigerian engineers.", "they", "Nigerian", False),
])
def test_agreement(nlp, text, pronoun, word, expected):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert agrees(pronoun, tok, {}) is expected


def test_pleonastic_it(nlp):
    doc = nlp("The Salvadoran government said it was important to support the talks.")
    it = next(t for t in doc if t.lower_ == "it")
    assert pleonastic(it)
    doc = nlp("The army said it was ready to attack the town.")
    assert not pleonastic(next(t for t in doc if t.lower_ == "it"))
