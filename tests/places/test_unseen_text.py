"""Session 8 mechanisms for unseen text: names in a list before a plural place noun, directions
opening a name, hyphened origins and sponsors, datelines, towns before a title inside a person's
name, local towns tagged NORP or recurring, and the part of the world a story is in."""

from __future__ import annotations

import pytest

from dateline.places import resolve

pytestmark = pytest.mark.model


def places(nlp, text):
    return {p.text: p for p in resolve(nlp(text))}


def test_names_before_plural_counties_are_counties(nlp):
    found = places(nlp, "Collapses also were reported in Harvey, Harper and Kingman counties, "
                        "the Kansas Highway Patrol said.")
    for name in ("Harper", "Kingman"):  # tagged PERSON and NORP by the model
        assert found[name].kind == "admin2" and found[name].name == f"{name} County"
        assert found[name].admin1 == "Kansas"


def test_names_before_plural_streets_are_streets(nlp):
    found = places(nlp, "A water main blew on the corner of Lakeview and Harrison streets in Alexandria, Louisiana.")
    assert found["Harrison"].reason == "street" and found["Lakeview"].reason == "street"
    assert found["Lakeview"].geonameid is None  # not the town of Lakeview


def test_a_lone_name_before_a_plural_noun_is_no_list(nlp):
    found = places(nlp, "Officials said Kingman counties its votes on Tuesday.")
    assert "Kingman" not in found or found["Kingman"].kind != "admin2"


def test_state_after_a_direction_inside_an_organisation(nlp):
    found = places(nlp, "She is president of the Western Pennsylvania Kennel Association.")
    assert found["Pennsylvania"].kind == "admin1"


def test_direction_the_model_left_out_of_a_unit_name(nlp):
    found = places(nlp, "Three deaths were recorded in Western Australia, two in Victoria and one in Queensland.")
    assert found["Western Australia"].kind == "admin1"  # not the country Australia


def test_hyphened_sponsor_and_origin_are_places(nlp):
    found = places(nlp, "Turkey is a partner in the U.S.-led campaign against the Islamic State group.")
    assert found["U.S."].country == "USA"
    found = places(nlp, "Corporate officials for Northbrook-based Crate & Barrel could not be reached. "
                        "A Google-backed startup also declined to comment.")
    assert found["Northbrook"].country == "USA"
    assert "Google" not in found  # an alternate name of Topeka, not a sponsor's place


@pytest.mark.parametrize("text, name", [
    ("NICE to tidy neighborhoods. DeKALB \u2013 Residents in the city's fourth ward might soon be getting "
     "a knock on their door, Illinois officials said.", "DeKALB"),
    ("BY CHAD KLIMACK Advocate Reporter March 29, 2009 PATASKALA -- City officials in Ohio say it might "
     "not be that difficult to redevelop a block.", "PATASKALA"),
    ("Bowling Green students endorse fee. BOWLING GREEN, Ohio (AP) \x97 Students at the university voted "
     "to approve a fee.", "BOWLING GREEN"),
])
def test_dateline_variants(nlp, text, name):
    found = places(nlp, text)
    assert name in found and found[name].country == "USA"


def test_town_before_a_title_inside_a_persons_name(nlp):
    found = places(nlp, "The fire was put out quickly, said Litchfield Fire Chief Jim Koser. "
                        "Firefighters came from Torrington, Connecticut.")
    assert found["Litchfield"].admin1 == "Connecticut"


def test_unknown_name_tagged_norp_in_a_place_slot(nlp):
    found = places(nlp, "A Milwaukee, Wisconsin, couple admitted scamming Carmelite nuns in Pewaukee out of $800,000.")
    assert found["Pewaukee"].admin1 == "Wisconsin"


def test_a_local_town_recurs(nlp):
    doc = nlp("Jay Spafford, 24, of Elkhart was indicted in Anderson County, Texas. The Elkhart man fled.")
    elkhart = [p for p in resolve(doc) if p.text == "Elkhart"]
    assert len(elkhart) == 2 and all(p.admin1 == "Texas" for p in elkhart)


def test_local_town_does_not_recur_in_all_capitals_copy(nlp):
    doc = nlp("THE TOWN OF ESCALON IN SAN SALVADOR WAS QUIET. SOLDIERS IN ESCALON SAID NOTHING. ESCALON IS CALM.")
    found = [p for p in resolve(doc) if p.text == "ESCALON"]
    assert all(not p.reason.startswith("repeat") for p in found)


def test_the_part_of_the_world_decides_between_namesakes_abroad(nlp):
    found = places(nlp, "Syria said the Cypriot-flagged ship carried arms for Gaza. Cyprus seized it in Limassol "
                        "after it left Latakia, and Egypt searched it at Port Said.")
    assert found["Gaza"].country == "PSE"  # Gaza City, not Mozambique's Gaza Province


def test_sites_named_with_a_citys_possessive(nlp):
    found = places(nlp, "Flights were cancelled at Toronto's Pearson International Airport. Later a bomb hit a "
                        "church in Cairo's Abbasiya neighbourhood.")
    airport = found["Pearson International Airport"]
    assert airport.kind == "landmark" and airport.country == "CAN" and airport.reason == "site_in:Toronto"
    assert airport.lat == found["Toronto"].lat  # the city's point: the gazetteer has no airports
    assert found["Abbasiya"].country == "EGY" and "Pearson" not in found


def test_a_region_possesses_no_site(nlp):
    found = places(nlp, "Hikers were rescued in Utah's Zion National Park on Sunday.")
    assert "Zion National Park" not in found  # Utah's middle lies far from the park


def test_a_street_after_a_places_possessive_leaves_the_place(nlp):
    found = places(nlp, "She works at a clinic on Augusta's Highland Avenue in Georgia.")
    assert found["Highland Avenue"].reason == "street"
    assert found["Augusta"].kind == "city"  # no longer swallowed by "Augusta's Highland Avenue"
