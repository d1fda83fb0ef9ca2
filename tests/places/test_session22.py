"""Session 22: streets the model reads as persons, compass initials, EU's seat, country names used
as American towns and names of housing complexes.

Designed on the even halves of LGL and TR-News (``dateline eval geo FILE --half even``); the odd
halves were only scored.  Sentences written for these tests, through the real spaCy model.
"""

from dateline.places import geoparse


def _streets(text):
    return {p.text for p in geoparse(text) if p.reason == "street"}


def test_street_tagged_as_a_person_after_a_block_or_a_house_number():
    # The model tags "Kelley Lane" and "Routon St." as persons; "the block of" and a house number say street.
    assert "Kelley Lane" in _streets("Officers were sent to the 500 block of Kelley Lane after a neighbour "
                                     "called about a fire.")
    assert "Routon St." in _streets("Nikki Barlow, 18, of 208 Routon St. was arrested by a patrolman on Monday.")


def test_street_tagged_as_a_person_after_a_preposition_of_position():
    assert "Bucknell Drive" in _streets("Melinda Vanderberg, who lives on Bucknell Drive, urged the council "
                                        "to look at other sites.")


def test_a_person_named_like_a_street_stays_a_person():
    assert not _streets("The award went to Kelley Lane, who coached the team for a decade.")
    assert not _streets("Virginia L. Lane said the meeting would start at noon.")


def test_compass_initial_opens_a_street_name():
    assert "N. Poplar St." in _streets("Katrina Chappell, 24, of 1199 N. Poplar St., left her baby inside a "
                                       "truck, police said.")
    # an address ends at its street word even when the parser misses the sentence break after it
    assert "E. Broad St." in _streets("The council meeting is at 7 p.m. at City Hall, 1200 E. Broad St. "
                                      "Lanier said the work could begin in April.")


def _by_text(text):
    return {p.text: p for p in geoparse(text)}


def test_place_name_of_a_housing_estate_is_no_place():
    places = _by_text("The city agreed to buy and demolish the dilapidated Madison Creek and Hampton Hills "
                      "apartment complexes on Washington Drive in Arlington.")
    assert "Madison" not in places and "Hampton" not in places
    places = _by_text("Firefighters put out a kitchen fire at the Spanish Oaks Apartments complex in Paris on Tuesday.")
    assert "Spanish" not in places


def test_town_before_a_housing_noun_stays_the_town():
    places = _by_text("A fire destroyed a Madison apartment complex on Tuesday, Wisconsin officials said.")
    assert places["Madison"].admin1 == "Wisconsin"


def test_the_european_union_is_placed_at_its_seat():
    eu = _by_text("The Czech EU presidency said an EU summit with Israel was unlikely this spring.")["EU"]
    assert abs(eu.lat - 50.85) < 0.3 and abs(eu.lon - 4.35) < 0.3


def test_name_after_in_is_no_persons_whatever_the_model_tagged_it():
    # "in Parkers Prairie" is a work's title to the model, the same name later a PERSON: it is the town.
    places = geoparse("Safety course offered in Parkers Prairie. The four-hour course runs from 6 to 10 p.m. at "
                      "the high school, Room 113, Highway 29, Parkers Prairie. Call the Minnesota Safety Council "
                      "to register.")
    towns = [p for p in places if p.text == "Parkers Prairie"]
    assert towns and all(p.admin1 == "Minnesota" for p in towns)



def test_a_state_name_alone_is_no_county_named_after_it():
    # Ohio County, Indiana lies beside the Indiana counties of the story; "Ohio" alone is still the state.
    places = _by_text("Jobless rates in Dearborn County, Switzerland County and Rising Sun in Indiana rose faster "
                      "than those across the river in Ohio, state officials said.")
    assert places["Ohio"].kind == "admin1"


def test_a_dateline_names_a_town_not_a_country():
    # An American local story datelined MALTA is about a town called Malta, in every mention.
    places = geoparse("College hosts annual book sale. MALTA - About 5,000 books are stacked near the entrance of "
                      "the college library, priced at $1 each. The sale in Malta runs through Friday.")
    malta = [p for p in places if p.text.lower() == "malta"]
    assert malta and all(p.country == "USA" and p.kind == "city" for p in malta)


def test_a_country_name_before_a_resident_noun_is_a_home_town():
    # "a Lebanon woman" in an American paper ("a.m.", "$"): the Lebanese woman would be "a Lebanese woman".
    places = _by_text("A Lebanon woman accused of killing her daughter may reach a plea deal, her lawyer said at "
                      "11 a.m. Thursday. Bail was set at $50,000.")
    assert places["Lebanon"].country == "USA"


def test_a_country_name_before_a_resident_noun_stays_without_a_home_namesake():
    places = _by_text("A Singapore man was fined $2,000 at 10 a.m. on Monday for feeding pigeons.")
    assert places["Singapore"].country == "SGP"


def test_the_south_pacific_is_an_ocean_not_pacific_missouri():
    places = _by_text("The film crew spent six weeks on an island in the South Pacific before returning to Hollywood.")
    ocean = places["South Pacific"]
    assert ocean.kind == "region" and ocean.country is None
