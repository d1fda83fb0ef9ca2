"""Relevance doubt animal_target, session 31 (helper SENSE): animals taken are no arrest and no assault when the
recipient found is another noun (the place they were taken from) - the trigger verb's direct objects are read too, and
a capture typed COERCE counts as one typed ASSAULT does.  Sentences written for the test, through the whole pipeline.
"""

from __future__ import annotations

import pytest

from coded_events import halved_by_layer as _halved, not_doubted as _not_doubted


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text", [
    "Researchers report that ancient farmers captured wild boars from the hills for use in feasts.",
    "Rangers captured a crocodile from the river on Monday.",
    "Wildlife officials captured three wolves from the national park.",
])
def test_animals_captured_from_a_place_are_no_arrest_or_assault(code, text):
    _halved(code, text, "captured", "relevance:animal_target")


@pytest.mark.parametrize("text", [
    "Soldiers captured two rebel commanders and their dogs.",
    "Police captured the gunman near the border.",
])
def test_people_captured_stay(code, text):
    _not_doubted(code, text, "captured", "relevance:animal_target")
