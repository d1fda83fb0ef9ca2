"""Actors: "the country" or "the nation", bare, as a clause's subject, is the state named just before it ("Bahrain
announced that *the country* had transferred ... aid": BHR); with no state named in its sentence or the one before,
inside a quotation, or modified ("the whole country"), it is no mention - it is more often a place.  Sentences
written for the test."""

from __future__ import annotations

import pytest

from dateline.actors import resolve

pytestmark = pytest.mark.model


def _by_text(nlp, text):
    return {m.text: m for m in resolve(nlp(text), None).mentions}


@pytest.mark.parametrize("text, country", [
    ("Bahrain announced that the country had transferred ten tons of humanitarian aid to the Faroe Islands.", "BHR"),
    ("Kenya has closed its border. The nation says the move protects its citizens.", "KEN"),
    ("The United States criticized China, saying the country had broken the agreement.", "CHN"),
])
def test_the_country_as_subject_is_the_state_named_before(nlp, text, country):
    ms = _by_text(nlp, text)
    mention = ms.get("the country") or ms.get("The nation")
    assert mention is not None and mention.actor.country == country


@pytest.mark.parametrize("text", [
    "The country sent aid to Gabon.",  # no state named before
    "Bahrain held elections. Violence in the country killed ten people.",  # a place, no subject
    "Bahrain held elections, and the whole country voted.",  # modified
    "Bahrain's king said: \"The country will not bow.\"",  # inside a quotation
])
def test_the_country_with_no_state_before_or_as_a_place_is_no_mention(nlp, text):
    ms = _by_text(nlp, text)
    assert not any(t.lower().endswith("country") for t in ms)
