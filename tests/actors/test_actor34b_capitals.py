"""Copy in capitals (session 34, helper ACTOR2): a word the lexicon knows only as a verb's past form parts the
names around it, and an entity opened by a preposition is a phrase, not a name.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from actor_mentions import mentions as _mentions
from dateline.actors.capitals import only_a_past_verb

pytestmark = pytest.mark.model


def test_a_past_verb_parts_a_country_from_the_words_before_it(nlp):
    ms = _mentions(nlp, "DURING THE LAST WEEK, RADIO REPORTS MENTIONED PANAMA AS A TRANSIT POINT FOR THE SHIPMENTS.")
    panama = [m for m in ms if "PANAMA" in m.text]
    assert [m.text for m in panama] == ["PANAMA"]


def test_an_entity_opened_by_a_preposition_is_no_name(nlp):
    text = ("THE BOMB KILLED SALVADORAN ATTORNEY GENERAL ROBERTO GARCIA TODAY.       IN TELEPHONE CALLS TO LOCAL "
            "RADIO STATIONS, THE COMMANDO UNIT STATED: \"WE WERE BORN THROUGH ANTISUBVERSIVE COMBAT.\"")
    assert not [m for m in _mentions(nlp, text) if m.text.startswith("IN ")]


@pytest.mark.parametrize("word, verb_only", [
    ("mentioned", True), ("released", True),
    ("united", False), ("armed", False), ("accused", False), ("hundred", False),
])
def test_only_past_verbs_part_names(word, verb_only):
    assert only_a_past_verb(word) is verb_only
