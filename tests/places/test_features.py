"""Seas, lakes, rivers, conflict regions and landmarks (data/physical_features.tsv,
data/landmarks.tsv), and the general detection/resolution rules added with them."""

from __future__ import annotations

import pytest

from dateline.places import entity_patterns, resolve
from dateline.places.resolver import haversine_km

pytestmark = pytest.mark.model


def places(nlp, text):
    return {p.text: p for p in resolve(nlp(text))}


def near(place, lat, lon, km=300):
    return place.lat is not None and haversine_km(place.lat, place.lon, lat, lon) <= km


def test_seas_and_straits_are_regions_not_namesake_towns(nlp):
    found = places(nlp, "Houthi forces attacked ships in the Red Sea, the Gulf of Aden and the Strait of Hormuz.")
    assert found["Red Sea"].kind == "region" and near(found["Red Sea"], 20.0, 38.5)  # not Sudan's Red Sea state
    assert near(found["Gulf of Aden"], 12.5, 48.0)  # not the city of Aden
    assert near(found["Strait of Hormuz"], 26.6, 56.3)


def test_lake_chad_and_the_niger_delta_are_not_their_countries(nlp):
    found = places(nlp, "Boko Haram raided villages around Lake Chad while militants hit pipelines in the Niger Delta.")
    assert "Chad" not in found and "Niger" not in found
    assert found["Lake Chad"].kind == "region" and found["Lake Chad"].country is None  # four countries share it
    assert found["Niger Delta"].country == "NGA" and near(found["Niger Delta"], 5.0, 6.3)


def test_feature_patterns_are_precise_forms():
    forms = {p["pattern"] for p in entity_patterns() if p.get("id") == "feature"}
    assert {"Red Sea", "Lake Chad", "Niger Delta", "Euphrates"} <= forms
    assert "Mediterranean" not in forms  # also an adjective ("Mediterranean diet"): no single-word pattern
    assert "Nile" not in forms


def test_landmark_only_in_a_place_slot(nlp):
    assert places(nlp, "Biden hosted Zelensky at the White House on Thursday.")["White House"].kind == "landmark"
    assert "White House" not in places(nlp, "The White House said the talks would continue.")
    assert "Kremlin" not in places(nlp, "Senior Kremlin officials denied the report.")
    square = places(nlp, "Thousands of protesters gathered in Tahrir Square in Cairo.")["Tahrir Square"]
    assert square.country == "EGY" and near(square, 30.04, 31.24, km=5)


def test_a_national_capital_is_what_its_name_alone_means(nlp):
    assert places(nlp, "Officials in Washington said the talks had failed.")["Washington"].kind == "city"
    assert places(nlp, "He moved to Washington state last year.")["Washington"].kind == "admin1"


def test_party_attribution_names_a_home_town(nlp):
    text = "State Rep. Jay Roberts (R-Ocilla), chairman of the caucus, spoke in Georgia. Sen. Ted Cruz, R-Texas, agreed."
    found = places(nlp, text)
    assert found["Ocilla"].country == "USA" and found["Ocilla"].kind == "city"
    assert found["Texas"].kind == "admin1"
    assert not places(nlp, "The R-value of the virus fell after D-Day celebrations.")


def test_first_level_unit_of_a_named_country_in_a_place_slot(nlp):
    found = places(nlp, "Ethiopian troops withdrew from Mekelle. Heavy fighting continued in Tigray.")
    assert found["Tigray"].kind == "admin1" and found["Tigray"].country == "ETH"


def test_saints_days_and_schools_are_not_places(nlp):
    found = places(nlp, "Safety stressed on St. Patrick's Day in Ohio. Pupils of St. Mary's High School were bused home.")
    assert set(found) == {"Ohio"}  # neither "St. Patrick" nor "Patrick"
    assert "St. Louis" in places(nlp, "St. Louis's police chief resigned on Monday.")  # a big city keeps its possessive


def test_a_surname_tagged_as_a_town_is_the_person(nlp):
    text = "Elizabeth Fairfield was charged in June. Fairfield's trial starts in May in Lebanon, Ohio."
    found = places(nlp, text)
    assert "Fairfield" not in found and found["Ohio"].kind == "admin1"
