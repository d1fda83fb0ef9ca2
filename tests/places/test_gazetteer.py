"""The offline gazetteer: names, demonyms, press abbreviations (no spaCy needed)."""

from __future__ import annotations

import pytest

from dateline.places import entity_patterns
from dateline.places.gazetteer import get_gazetteer
from dateline.places.names import norm


@pytest.fixture(scope="module")
def g():
    return get_gazetteer()


def test_norm_meets_spelling_variants():
    assert norm("St. Louis") == norm("Saint-Louis") == norm("ST LOUIS") == "saint louis"
    assert norm("Côte d\u2019Ivoire") == "cote divoire"


def test_founding_example_places(g):
    niamey = {e.geonameid: e for e in g.lookup("Niamey")}
    assert niamey[2440485].country == "NER" and niamey[2440485].kind == "city"
    assert niamey[2440485].capital
    niger = [e for e in g.lookup("Niger") if e.kind == "country"]
    assert [e.geonameid for e in niger] == [2440476]


def test_demonyms_name_countries(g):
    assert g.demonym("Nigerien").geonameid == 2440476  # Niger
    assert g.demonym("Nigerian").geonameid == 2328926  # Nigeria
    assert g.demonym("Russians").country == "RUS"
    assert g.demonym("American").country == "USA"  # not a US territory
    assert g.demonym("European").kind == "continent"
    assert g.demonym("Paris") is None


def test_press_abbreviations_and_postal_codes(g):
    assert g.abbreviation("Ky.").geonameid == 6254925  # Kentucky
    assert g.abbreviation("W. Va.").name == "West Virginia"
    assert g.abbreviation("B.C.").name == "British Columbia"
    assert g.abbreviation("Ky") is None  # without the dot it is not an abbreviation
    assert g.postal("IL").name == "Illinois"


def test_admin_units_have_points_inside_them(g):
    texas = [e for e in g.lookup("Texas") if e.kind == "admin1"][0]
    assert 28 < texas.lat < 34 and -102 < texas.lon < -96
    county = [e for e in g.lookup("Rapides Parish") if e.kind == "admin2"][0]
    assert county.geonameid == 4338356 and abs(county.lat - 31.2) < 0.5


def test_fuzzy_is_only_near_exact(g):
    assert any(e.name == "Winnipeg" for e in g.fuzzy("Winnipegg"))
    assert g.fuzzy("Paris") == []  # too short to guess at


def test_entity_patterns_are_precise():
    patterns = {p["pattern"] for p in entity_patterns()}
    assert {"Ky.", "B.C.", "W.Va.", "Calif."} <= patterns
    assert "Mass." not in patterns  # "attended Mass." ends many sentences


def test_place_names_and_common_words_are_public_for_case_restoration():
    # (the nlp stage's truecaser reads these instead of the gazetteer and the stage's tables)
    from dateline.places import common_words, place_names

    assert "San Miguel" in place_names("san miguel", 10_000)
    assert place_names("san miguel", 10**9) == []
    assert "union" in common_words() and "paris" not in common_words()
