"""Session 23: given names after a possessed kin noun, a NORP tag on a town named like a big city's
other name, "X Co." for a county, a city standing in for its first-level unit, airports.

Designed on the even halves of LGL and TR-News (``dateline eval geo FILE --half even``); the odd
halves were only scored.  Sentences written for these tests, through the real spaCy model.
"""

from dateline.places import geoparse


def _texts(text):
    return [p.text for p in geoparse(text)]


def test_a_name_after_a_possessed_kin_noun_is_a_person():
    # the model tags these given names GPE (GeoNames has Nancy, Brittany, Jordan, Chad, Georgia)
    assert _texts("He and his wife Nancy's diner on Route 9 closed in March after a fire in Salem.") \
        == ["Route 9", "Salem"]
    assert _texts("She was charged with killing her daughter, Brittany, in June 2007 at their home in "
                  "Lebanon.") == ["Lebanon"]
    assert _texts("He said his son Jordan had moved back to Ohio.") == ["Ohio"]
    assert _texts("The victim's sister, Georgia, told reporters in Macon that she was shocked.") == ["Macon"]


def test_a_place_after_a_kin_noun_without_a_possessive_stays():
    assert "Georgia" in _texts("The son of Georgia farmers moved to Atlanta.")
    assert "Ohio" in _texts("The Ohio daughter of a miner became a senator.")


def test_a_norp_tag_on_another_name_of_a_big_city_reads_the_towns_of_that_name():
    # the model tags "Augusta" NORP; only Augsburg (Latin name Augusta) passed the big-city filter
    places = {p.text: p for p in geoparse("Clarke County and Athens officials met Augusta leaders on Monday.")}
    assert places["Augusta"].name == "Augusta" and places["Augusta"].admin1 == "Georgia"


def test_co_for_county_in_a_state_the_text_names():
    places = {p.text: p for p in geoparse("LE MARS, Iowa - PLYMOUTH CO. - A farmer was hurt on Tuesday.")}
    assert places["PLYMOUTH CO."].name == "Plymouth County" and places["PLYMOUTH CO."].admin1 == "Iowa"
    places = {p.text: p for p in geoparse("Platte Co. tops 32K. Census data show the county gained the most "
                                          "people in Nebraska.")}
    assert places["Platte Co."].admin1 == "Nebraska"


def test_co_ending_a_company_name_is_no_county():
    # no state named; and a capitalised word before "Co." makes it a company's longer name
    assert "Johnson Co." not in _texts("Johnson Co. reported higher sales on Monday.")
    assert not any(t.endswith("Co.") for t in _texts("The Ford Motor Co. plant in Kansas City, Kansas, "
                                                     "and Procter & Gamble Co. hired workers."))


def test_a_city_standing_in_for_its_first_level_unit_keeps_the_units_prior():
    # "Santa Cruz" is the Bolivian department (mostly the city Santa Cruz de la Sierra), not Argentina's
    # smaller province, in a story about Bolivia and its neighbours
    places = {p.text: p for p in geoparse(
        "Cartels do not operate in Bolivia as they do in Brazil and Colombia, the minister said. Last year "
        "police in Santa Cruz arrested a Colombian trafficker, and officers in Argentina and Chile seized cocaine.")}
    assert places["Santa Cruz"].country == "BOL"


def test_an_airport_by_its_short_name_after_a_place_preposition():
    places = geoparse("Passengers faced long delays at Heathrow on Saturday after fog closed a runway.")
    assert [(p.text, p.kind, p.country) for p in places] == [("Heathrow", "landmark", "GBR")]
    # like every landmark, only in a place slot: "Heathrow said" is the airport's operator
    assert not geoparse("Heathrow said it expected more cancellations on Sunday.")
