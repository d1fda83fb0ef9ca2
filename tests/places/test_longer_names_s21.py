"""Session 21: a town's name the model stops short, and a part of a longer place name inside an
organisation's entity.

Designed on the even halves of LGL and TR-News (``dateline eval geo FILE --half even``); the odd
halves were only scored.  Sentences written for these tests, through the real spaCy model.
"""

from dateline.places import geoparse


def _by_text(text):
    return {p.text: p for p in geoparse(text)}


def test_entity_cut_short_takes_the_following_capitalised_word():
    # The model tags only "Belle"; "Belle Plaine" is a Minnesota town (Belle alone: Missouri).
    places = _by_text("The Scott West wrestlers won their last meet in Belle Plaine on Friday night in Minnesota.")
    assert "Belle" not in places
    assert places["Belle Plaine"].admin1 == "Minnesota"


def test_capitals_dateline_saint_name():
    # "ST" tagged GPE and "PAUL" ORG: the dateline is St. Paul, not a Paul in Idaho or Cape Verde.
    places = _by_text("Man accused of threatening clerk . ST. PAUL -- However angry a tax bill makes you, "
                      "threatening the clerk is a crime.")
    assert "PAUL" not in places
    assert places["ST. PAUL"].admin1 == "Minnesota"


def test_part_of_a_town_name_tagged_org_is_no_other_town():
    # "Great Bend" tagged ORG: "Bend" inside it is not Bend, Oregon.
    places = _by_text("The Guard opened armories in Dodge City, Great Bend, Hutchinson and Pratt in Kansas.")
    assert "Bend" not in places
    assert places["Dodge City"].admin1 == "Kansas"


def test_a_state_inside_a_longer_town_name_stays_a_state():
    # "Missouri Valley" is also a small Iowa town; inside a team's name the state is still read.
    places = _by_text("The two boys played for a Missouri Valley Blazers youth team for three seasons.")
    assert places["Missouri"].kind == "admin1"


def test_name_that_runs_on_into_an_organisation_is_not_extended():
    # "Dublin" + "City" would be Ireland's Dublin City; "Dublin City Council" is the town's council.
    places = _by_text("The Dublin City Council met on Monday, as Columbus officials in Ohio watched.")
    assert "Dublin City" not in places


def test_town_tagged_org_between_two_places_of_a_list():
    # "Great Bend" tagged ORG between "Dodge City" and "Hutchinson" (both GPE) is a Kansas town.
    places = _by_text("The National Guard also opened armories in Dodge City, Great Bend, Hutchinson, Kingman, "
                      "Larned and Pratt in Kansas.")
    assert places["Great Bend"].admin1 == "Kansas"
