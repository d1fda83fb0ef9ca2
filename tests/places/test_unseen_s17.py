"""Session 17 mechanisms (designed on the even-numbered documents of LGL and TR-News, confirmed on the
odd ones by their scores only): a town in a first-level unit the text names gets that unit's bonus
whatever the first pass read the unit's name as ("Albany ... Georgia Bureau of Investigation"); a
demonym that qualifies a cuisine, music, language or heritage noun names a style, not a place
("Italian food"); a name the text puts after "in", "near" or "outside" is a place's wherever it
recurs, also where the model read it as a person's ("Missing Glen Allen woman")."""

from __future__ import annotations

import pytest

from dateline.places import resolve

pytestmark = pytest.mark.model


def places(nlp, text):
    return {p.text: p for p in resolve(nlp(text))}


def test_town_in_a_named_state_whose_name_is_also_a_country(nlp):
    # "Georgia" is first read as the country, so it gives Albany no state in the first round; the
    # state is named all the same, and Albany is Albany, Georgia, not the capital of New York
    found = places(nlp, "An Albany man police labeled a suspected serial rapist has been taken into custody. "
                        "An Albany police SWAT team and Georgia Bureau of Investigation agents raided the home "
                        "on Wednesday. He was charged in three recent assaults in Albany.")
    assert found["Albany"].admin1 == "Georgia"
    assert found["Albany"].country == "USA"


def test_a_named_state_does_not_move_a_town_of_another_state_the_text_names(nlp):
    # Springfield, Ill. keeps its qualifier although Missouri is named too
    found = places(nlp, "The convoy left Springfield, Ill., on Monday and reached Missouri by evening.")
    assert found["Springfield"].admin1 == "Illinois"


@pytest.mark.parametrize("text, demonym", [
    ("Walk on over to the booth for some gyros, or try the Italian food at the fair.", "Italian"),
    ("The party at the Irish pub moves onto Main Street this afternoon.", "Irish"),
    ("Parents send their children to a French immersion school in the district.", "French"),
])
def test_demonym_of_a_cuisine_music_or_language_is_no_place(nlp, text, demonym):
    assert demonym not in places(nlp, text)


def test_demonym_of_a_government_or_people_stays_a_place(nlp):
    found = places(nlp, "Italian officials said the Italian government would send aid.")
    assert found["Italian"].country == "ITA"


def test_a_name_after_in_is_no_persons_name_elsewhere(nlp):
    # the model tags both "Glen Allen" as a person; "home in Glen Allen" says place, and Henrico
    # County names Virginia, where the gazetteer has Glen Allen
    found = places(nlp, "Missing Glen Allen woman is found. Henrico County police said the woman, 33, left "
                        "her parents' home in Glen Allen on Thursday.")
    assert "Glen Allen" in found and found["Glen Allen"].admin1 == "Virginia"
    starts = [p.start for p in resolve(nlp("Missing Glen Allen woman is found. Henrico County police said the "
                                           "woman, 33, left her parents' home in Glen Allen on Thursday."))
              if p.text == "Glen Allen"]
    assert len(starts) == 2


def test_a_person_never_put_after_in_stays_a_person(nlp):
    found = places(nlp, "Henrico County police said Glen Allen, 33, was charged. Glen Allen told reporters "
                        "he was innocent.")
    assert "Glen Allen" not in found
