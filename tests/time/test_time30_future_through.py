"""A future state that runs "through" (or "throughout") a period ahead of the date line is dated by
that period, not by the date line (time/future_period.py, session 30)."""

from __future__ import annotations

import pytest

DCT = "2024-10-15"


@pytest.fixture
def dated(date_event):
    return lambda text, trigger, occurrence=1: date_event(text, trigger, DCT, occurrence)


def test_a_future_state_through_next_year(dated):
    e = dated("The minister said the fuel shortage will continue through next year.", "continue")
    assert (e.date, e.date_granularity, e.date_reason, e.date_span.text) == ("2025", "year", "attached_timex",
                                                                            "next year")


def test_through_a_period_on_the_infinitive_it_goes_on_with(dated):
    e = dated("The bank said repairs will continue to weigh on its profits through 2026.", "continue")
    assert (e.date, e.date_granularity) == ("2026", "year")


def test_throughout_a_month_ahead_on_an_adjective_complement(dated):
    e = dated("Officials said the border crossing would remain closed throughout December.", "remain")
    assert (e.date, e.date_granularity) == ("2024-12", "month")


def test_a_past_state_bounded_by_through_keeps_no_date_from_it(dated):
    # the bound of what happened, not a time of the story: the rule is for futures only
    e = dated("The soldiers stayed in the valley through 2019.", "stayed")
    assert e.date_reason != "attached_timex"


def test_a_period_that_has_begun_or_a_single_day_is_not_taken(dated):
    # "through this year" began before the date line; "through Friday" runs from now to a day
    assert dated("The curfew will remain in force through this year.", "remain").date_reason == "dct"
    assert dated("The road will stay closed through Friday.", "stay").date_reason == "dct"


def test_through_bounds_only_the_result_of_a_verb_of_change(dated):
    # the extending is done now (when the bill passes); "through 2026" bounds what it extends
    e = dated("The bill would extend the tax credit through 2026, its sponsor said.", "extend")
    assert e.date_reason != "attached_timex"
    e = dated("Analysts said the shares would rally throughout 2025.", "rally")
    assert (e.date, e.date_granularity) == ("2025", "year")
