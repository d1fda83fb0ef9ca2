"""Streets and roads are places without a GeoNames id; the city inside a street name is not the city."""

from __future__ import annotations

import pytest

from dateline.places import resolve

pytestmark = pytest.mark.model


def places(nlp, text):
    return {p.text: p for p in resolve(nlp(text))}


def test_named_street_is_a_landmark_without_a_point(nlp):
    found = places(nlp, "Police closed a section of Main Street in Torrington on Tuesday.")
    street = found["Main Street"]
    assert street.kind == "landmark" and street.geonameid is None and street.lat is None
    assert found["Torrington"].geonameid is not None


def test_city_inside_a_street_name_is_not_the_city(nlp):
    found = places(nlp, "The fire broke out at a house on Wichita Drive late on Sunday.")
    assert "Wichita Drive" in found and "Wichita" not in found


def test_numbered_routes_and_apostrophes(nlp):
    found = places(nlp, "The crash closed Highway 19 near Governors' Parkway for an hour.")
    assert "Highway 19" in found and "Governors' Parkway" in found


def test_not_streets(nlp):
    text = ("Mark Rosekind, head of the National Highway Traffic Safety Administration, told The Wall Street "
            "Journal that driver Virginia L. Lane was hurt. He flew to St. Louis.")
    found = places(nlp, text)
    assert not any(p.reason == "street" for p in found.values()), found
    assert found["St. Louis"].name == "St. Louis"


def test_dateline_after_a_run_in_headline(nlp):
    found = places(nlp, "Body of man found behind residence . WINONA -- The body of a 22-year-old man was found.")
    assert found["WINONA"].name == "Winona"


def test_small_town_in_a_place_slot_of_the_documents_region(nlp):
    text = ("GAINESVILLE, Fla. -- Alachua County deputies said a shot was fired during a robbery in "
            "Newberry on Friday. The suspect, 24, of Archer, was arrested.")
    found = places(nlp, text)
    assert found["Newberry"].admin1 == "Florida" and found["Archer"].admin1 == "Florida"


def test_month_after_in_is_no_town(nlp):
    found = places(nlp, "GAINESVILLE, Fla. -- The man was diagnosed in August and died in Gainesville.")
    assert "August" not in found


def test_informal_regions(nlp):
    found = places(nlp, "Peace in Darfur matters to Egypt, he said after touring the Middle East.")
    assert found["Darfur"].kind == "region" and found["Darfur"].country == "SDN"
    assert found["Middle East"].kind == "region" and found["Middle East"].country is None


def test_no_place_inside_a_news_outlets_name(nlp):
    found = places(nlp, "Khashoggi, a columnist for The Washington Post, told Agence France-Presse in Istanbul.")
    assert "Washington" not in found and "France" not in found and "Istanbul" in found


def test_regional_demonyms_refer_to_their_region(nlp):
    found = places(nlp, "Ohioans and Ontarians watched as Chechen fighters crossed into Dagestan.")
    assert found["Ohioans"].name == "Ohio" and found["Ohioans"].reason.startswith("adjectival")
    assert found["Ontarians"].country == "CAN" and found["Chechen"].country == "RUS"


def test_name_after_a_personal_title_is_a_person(nlp):
    found = places(nlp, "It was a great day in Watertown, says coach Ripley, and Mrs. Lincoln agreed.")
    assert "Ripley" not in found and "Lincoln" not in found and "Watertown" in found
