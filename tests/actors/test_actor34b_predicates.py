"""Predicate nouns (session 34, helper ACTOR2): a bare role noun that is the complement of "be", "remain", "become"
or a passive "considered" says what its subject is, and is no new mention of a party.  The existential ("there
were soldiers") and the cleft ("it was the police who") still name one.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from actor_mentions import mentions as _mentions

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, noun", [
    ("Officers questioned the three drivers, but would not say whether they were considered suspects.", "suspects"),
    ("The families fled the shelling two years ago and they are refugees now.", "refugees"),
    ("The two men who were detained on Monday are soldiers, the ministry said.", "soldiers"),
])
def test_a_predicate_role_noun_is_no_mention(nlp, text, noun):
    assert not [m for m in _mentions(nlp, text) if noun in m.text.lower()]


@pytest.mark.parametrize("text, noun", [
    ("There were soldiers at every gate of the town.", "soldiers"),
    ("It was the police who opened fire on the crowd.", "police"),
    ("Those who blocked the road on Sunday were soldiers of the local garrison.", "soldiers"),
    ("The prisoners told the court that the soldiers had beaten them.", "soldiers"),
])
def test_a_party_in_other_positions_stays(nlp, text, noun):
    assert [m for m in _mentions(nlp, text) if noun in m.text.lower()]
