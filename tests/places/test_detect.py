"""Toponym detection: what counts as a place name, with the real spaCy model."""

from __future__ import annotations

import pytest

from dateline.places import resolve

pytestmark = pytest.mark.model


def texts(nlp, text):
    return [(p.text, p.name) for p in resolve(nlp(text))]


def test_comma_joined_entity_gives_two_places(nlp):
    found = texts(nlp, "The rally was held in Washington, D.C., on Monday.")
    assert ("Washington", "Washington") in found  # geonameid 4140963, the city
    assert ("D.C.", "District of Columbia") in found


def test_surname_of_a_person_is_not_a_town(nlp):
    text = "Coach Jamie Paterson praised the team. Paterson said the players never gave up."
    assert not any(t == "Paterson" for t, _ in texts(nlp, text))  # not Paterson, New Jersey


def test_place_inside_an_organisation_name(nlp):
    found = dict(texts(nlp, "Officers from the Edmonton Police Service arrested two men."))
    assert found.get("Edmonton") == "Edmonton"  # geonameid 5946768, Alberta


def test_dictionary_words_are_not_places(nlp):
    found = texts(nlp, "The Union voted on Friday and the Metro board approved the plan.")
    assert not any(t in ("Union", "Metro") for t, _ in found)


def test_macroregions_and_short_codes(nlp):
    found = dict(texts(nlp, "EU ministers met in Brussels to discuss aid to Latin America."))
    assert found.get("EU") == "European Union" and found.get("Latin America") == "Latin America"
    assert found.get("Brussels") == "Brussels"


def test_uppercase_dateline(nlp):
    found = dict(texts(nlp, "INNISFAIL, Alta. - Police are investigating a crash on Highway 2."))
    assert found.get("INNISFAIL") == "Innisfail" and found.get("Alta.") == "Alberta"
