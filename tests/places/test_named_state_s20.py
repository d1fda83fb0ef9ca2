"""Session 20: a first-level unit the text names itself outweighs one a town's reading implies.

Designed on the even halves of LGL and TR-News (``dateline eval geo FILE --half even``); the odd
halves were only scored.  Real sentences through the real spaCy model.
"""

from dateline.places import geoparse


def _by_text(text):
    return {p.text: p for p in geoparse(text)}


def test_county_takes_the_state_the_text_names():
    # "McLean County" is Illinois's on population; the story names Kentucky (and Louisville).
    places = _by_text("The mock trial teams from Madison County and McLean County met in Louisville "
                      "for the Kentucky state championship.")
    assert places["McLean County"].admin1 == "Kentucky"
    assert places["Madison County"].admin1 == "Kentucky"


def test_a_state_name_is_not_a_county_of_another_named_state():
    # "Iowa" beside "Wisconsin" stays the state, not Iowa County, Wisconsin.
    places = _by_text("Flooding hit farms in Wisconsin and Iowa on Monday, officials said.")
    assert places["Iowa"].kind == "admin1"
    assert places["Wisconsin"].kind == "admin1"
