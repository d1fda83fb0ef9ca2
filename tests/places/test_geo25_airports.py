"""Session 25 (helper GEO): an airport named by its short name is a place wherever the sentence puts it
("Heathrow and Gatwick reported delays"), not only after a place preposition; a seat of government
still needs the place slot ("the White House said" is the institution).
Sentences written for these tests, through the real spaCy model."""

from __future__ import annotations

import pytest

from dateline.places import geoparse

pytestmark = pytest.mark.model


def _found(text):
    return [(p.text, p.country) for p in geoparse(text)]


def test_airports_as_subjects_are_places():
    found = _found("Snow closed runways across England on Sunday, and Heathrow and Gatwick reported long delays.")
    assert ("Heathrow", "GBR") in found
    assert ("Gatwick", "GBR") in found


def test_a_seat_of_government_as_subject_is_still_the_institution():
    found = _found("The White House said the talks would resume next week.")
    assert "White House" not in [t for t, _ in found]
