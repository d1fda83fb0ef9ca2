"""A past act told over a stretch of years whose length the text does not give ("over the years", "in
the following decades", "for many years") is spread across it, at no one point: it takes neither the
year the story last gave nor the lede's day (dating.vague_stretch, session 31)."""

from __future__ import annotations

import pytest

DCT = "2024-10-16"


@pytest.fixture
def dated(date_event):
    return lambda text, trigger, occurrence=1: date_event(text, trigger, DCT, occurrence)


def test_over_the_years_is_not_the_year_the_story_starts_from(dated):
    e = dated("In 1985 she joined the ministry as a clerk. Over the years, she rose to run its budget office.", "rose")
    assert (e.date, e.date_reason) == (None, "none")


def test_the_following_decades_are_no_one_year(dated):
    e = dated("The border dispute began in 1962. In the following decades, the two states fought three wars.",
              "fought")
    assert (e.date, e.date_reason) == (None, "none")


def test_for_many_years_is_not_the_ledes_day(dated):
    text = ("On Saturday, the parole board denied the prisoner's request for release. "
            "For many years, the prisoner was held apart from the other inmates.")
    e = dated(text, "held")
    assert e.date != "2024-10-12"


def test_a_counted_stretch_still_takes_the_story_year(dated):
    e = dated("In 1985 she joined the ministry as a clerk. Over three years, she rose to run its budget office.",
              "rose")
    assert e.date == "1985"


def test_a_stretch_of_months_still_takes_the_story_year(dated):
    # the months after a dated act mostly lie in its year
    e = dated("The war began in 1990. In the months that followed, the army recaptured the towns.", "recaptured")
    assert e.date == "1990"
