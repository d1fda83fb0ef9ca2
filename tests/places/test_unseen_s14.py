"""Session 14 mechanisms for unseen text (designed on the even-numbered documents of LGL): a name
followed by a comma and a state ("Sioux Falls, S.D.", "Glen Allen, Va.") is a town of that state,
even when the model read it as a person's name or tagged nothing; a story that names no other place
keeps its own town in a place slot when the text's spelling gives its country and that country has
the town in one state only."""

from __future__ import annotations

import pytest

from dateline.places import resolve

pytestmark = pytest.mark.model


def places(nlp, text):
    return {p.text: p for p in resolve(nlp(text))}


def test_town_before_a_state_abbreviation_is_that_states_town(nlp):
    found = places(nlp, "The finalists include Fargo, N.D., Sioux Falls, S.D. and Boise, Idaho, the group said.")
    assert found["Sioux Falls"].admin1 == "South Dakota"
    assert found["Sioux Falls"].country == "USA"


def test_small_towns_the_model_leaves_untagged(nlp):
    found = places(nlp, "He grew up in Glen Allen, Va., and later moved to Grand Ledge, Mich., where he worked.")
    assert found["Glen Allen"].admin1 == "Virginia"
    assert found["Grand Ledge"].admin1 == "Michigan"


def test_person_before_a_state_is_no_town(nlp):
    found = places(nlp, "Representative Mary Kowalczyk, Texas, voted against the bill on Tuesday.")
    assert set(found) == {"Texas"}


def test_story_that_names_no_other_place_keeps_its_own_town(nlp):
    # American cues (p.m., $) and a town only one American state has: the story's own town
    found = places(nlp, "A drivers safety course will be offered from 6 to 10 p.m. in Parkers Prairie. "
                        "The fee is $20.")
    assert found["Parkers Prairie"].admin1 == "Minnesota"


def test_own_town_needs_the_texts_country_and_one_namesake_there(nlp):
    # British spelling and pounds: the American town is not the story's
    assert "Parkers Prairie" not in places(nlp, "A drivers safety course will be offered in Parkers Prairie, "
                                                "the organisers said, for \u00a320.")
    # a name towns of several countries bear says nothing on its own
    assert "Winchester" not in places(nlp, "A man was hurt at 2 a.m. in Winchester. The fee rose 5 percent.")


def test_american_coasts_are_informal_regions(nlp):
    found = places(nlp, "Lewis said the trend always hits the West Coast first and then the East Coast.")
    assert found["West Coast"].kind == "region" and found["West Coast"].country == "USA"
    assert found["East Coast"].country == "USA"


def test_a_name_ending_in_a_site_word_is_no_persons_surname(nlp):
    # the model tags "Karak Castle" PERSON; a castle's name gives no surname that would hide the town
    found = places(nlp, "Karak Castle drew tourists again this year, and hotels in nearby Karak reported full rooms.")
    assert "Karak" in found
