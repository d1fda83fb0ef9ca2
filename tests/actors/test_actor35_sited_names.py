"""Session 35 (helper ACTOR): an unknown name after "at" hung on a building or site noun says where the building
stands ("the residence at Hmar Veng"): a locality, no party (actors/sited_names.py).  Sentences written for the
test."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, place", [
    ("Gunmen opened fire in front of the councillor's residence at Pukhri Veng on Sunday.", "Pukhri Veng"),
    ("The teacher was standing near a new school building at Dorabari when the attackers arrived.", "Dorabari"),
])
def test_a_name_placing_a_building_is_no_party(mention_texts, text, place):
    assert not any(place in m for m in mention_texts(text))


@pytest.mark.parametrize("text, name", [
    ("The minister took a swipe at Gordon Whitlam over the budget.", "Gordon Whitlam"),  # "at" after no building: a person
    ("Police officers shouted at Tom Wrexley outside the station.", "Tom Wrexley"),
])
def test_at_after_no_building_keeps_the_name(mention_texts, text, name):
    assert any(name in m for m in mention_texts(text))
