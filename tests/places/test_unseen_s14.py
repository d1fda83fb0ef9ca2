"""Session 14 mechanism for unseen text (designed on the even-numbered documents of LGL): a name
followed by a comma and a state ("Sioux Falls, S.D.", "Glen Allen, Va.") is a town of that state,
even when the model read it as a person's name or tagged nothing."""

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
