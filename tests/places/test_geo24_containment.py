"""Session 24 (helper GEO): a town and a county that holds it, both named in a text, choose each other's
namesake ("Huntsville" with "Walker County" is Huntsville, Texas, not Alabama's bigger Huntsville).
Sentences written for these tests, through the real spaCy model."""

from __future__ import annotations

import pytest

from dateline.places import geoparse

pytestmark = pytest.mark.model


def _places(text):
    return {p.text: p for p in geoparse(text)}


def test_a_town_and_the_county_that_holds_it_choose_each_other():
    places = _places("The Huntsville city manager asked the Walker County commissioners for help with a road project.")
    assert places["Huntsville"].admin1 == "Texas"
    assert places["Walker County"].admin1 == "Texas"


def test_a_town_alone_keeps_its_most_likely_reading():
    places = _places("The Huntsville city manager asked the council for help with a road project.")
    assert places["Huntsville"].admin1 == "Alabama"


def test_a_country_name_takes_no_pair_bonus():
    # Peru, Indiana lies in Miami County, Indiana: a country's name is not read as that town
    places = _places("Cocaine seized in Peru was bound for Miami, prosecutors said.")
    assert places["Peru"].kind == "country"
