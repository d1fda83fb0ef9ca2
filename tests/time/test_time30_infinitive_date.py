"""A past act whose date the parser hung on its infinitive complement takes that date when it lies
before the date line (time/infinitive_date.py, session 30)."""

from __future__ import annotations

import pytest

DCT = "2024-10-15"


@pytest.fixture
def dated(date_event):
    return lambda text, trigger, occurrence=1: date_event(text, trigger, DCT, occurrence)


def test_a_past_date_on_the_infinitive_dates_the_verb_above_it(dated):
    text = "The league invited the two clubs to join the competition in March 2022 at its congress."
    e = dated(text, "invited")
    assert (e.date, e.date_granularity, e.date_reason, e.date_span.text) == ("2022-03", "month", "attached_timex",
                                                                            "March 2022")


def test_any_past_date_on_the_infinitive_of_another_verb(dated):
    # (a purpose clause, "sent troops to retake the town last month", was dated before: attachment._adjuncts)
    e = dated("The protests forced the minister to resign in August.", "forced")
    assert (e.date, e.date_granularity, e.date_reason) == ("2024-08", "month", "attached_timex")


def test_a_verb_of_intention_takes_only_a_period_written_with_its_year(dated):
    # the planning is done before the planned act: a day is the act's own, and "in May" or "on
    # Friday" take their direction from the past verb's tense, which a plan for the coming one contradicts
    assert dated("The two parties agreed to hold talks in May 2022.", "agreed").date == "2022-05"
    assert dated("The two parties agreed to hold talks in May.", "agreed").date_reason != "attached_timex"
    assert dated("The two leaders agreed to meet on Friday.", "agreed").date_reason != "attached_timex"


def test_a_date_ahead_of_the_date_line_is_not_taken(dated):
    e = dated("The federation asked the clubs to play the final in May 2025.", "asked")
    assert e.date_reason != "attached_timex"


def test_a_perfect_infinitive_is_earlier_than_its_verb(dated):
    # "to have sold": the selling was before the saying, which the date does not date
    e = dated("The fund was said to have sold its stake in the company last month.", "said")
    assert e.date_reason != "attached_timex"


def test_a_period_the_infinitive_is_about_or_moves_to_is_not_the_verbs(dated):
    e = dated("The board said the losses led it to restate its accounts for the year to March 2023.", "led")
    assert e.date_reason != "attached_timex"
    e = dated("The storm forced the council to postpone the vote to March 2024.", "forced")
    assert e.date_reason != "attached_timex"
