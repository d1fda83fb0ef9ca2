"""Role nouns as the first half of a compound adjective (session 34, helper ACTOR2): "the riots were state
organised" names no party; "the state" as a subject still does.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from actor_mentions import mentions as _mentions

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "He said the riots were state organised and the police did nothing.",
    "The opposition says the bank is state owned.",
])
def test_a_noun_before_a_participle_is_no_party(nlp, text):
    assert not [m for m in _mentions(nlp, text) if m.text.lower() == "state"]


def test_the_state_as_a_subject_stays(nlp):
    ms = _mentions(nlp, "The state organised the elections, the opposition said.")
    assert [m for m in ms if m.text.lower().endswith("state")]
