"""Calendar points and arithmetic (python-dateutil underneath)."""

from __future__ import annotations

from datetime import date

from dateline.time import calendar as cal, tag


def test_point_values():
    d = date(2024, 3, 16)
    assert cal.truncate(d, "day").value == "2024-03-16"
    assert cal.truncate(d, "week").value == "2024-W11"
    assert cal.truncate(d, "month").value == "2024-03"
    assert cal.truncate(d, "quarter").value == "2024-Q1"
    assert cal.truncate(d, "year").value == "2024"
    assert cal.truncate(d, "decade").value == "202"
    assert cal.truncate(d, "century").value == "20"
    assert cal.truncate(d, "season").value == "2024-SP"


def test_month_arithmetic_clamps_to_month_end():
    assert cal.shift(date(2024, 1, 31), 1, "month") == date(2024, 2, 29)
    assert cal.shift(date(2023, 3, 31), 4, "month") == date(2023, 7, 31)
    assert cal.shift(date(2023, 3, 1), 1, "quarter") == date(2023, 6, 1)


def test_weekday_by_tense():
    sunday = date(2024, 3, 17)
    assert cal.weekday_near(sunday, 6, "past") == date(2024, 3, 16)
    assert cal.weekday_near(sunday, 6, "future") == date(2024, 3, 23)
    assert cal.weekday_near(sunday, 7, "past") == sunday
    assert cal.weekday_near(sunday, 1, "present") == date(2024, 3, 18)
    assert cal.weekday_near(sunday, 1, "") == date(2024, 3, 11)  # unmarked: the past


def test_movable_holidays():
    assert cal.holiday("easter", 2024) == date(2024, 3, 31)
    assert cal.holiday("thanksgiving", 2023) == date(2023, 11, 23)


def test_year_for_month_without_year():
    dct = date(2024, 3, 17)
    assert cal.year_for(dct, 11, None, "past") == 2023
    assert cal.year_for(dct, 4, None, "") == 2024
    assert cal.year_for(date(1998, 10, 26), 10, 26, "", weekday=1) == 1998


def test_shift_knows_every_unit_word_of_the_lexicon():
    # Found on real news ("just over a fortnight ago"): a unit word the lexicon reads but the
    # calendar could not move by raised KeyError and lost the whole article's time expressions.
    from dateline.time.lexicon import lexicon

    for unit in lexicon().units:
        if unit in ("hour", "minute", "second"):
            continue
        assert cal.shift(date(2024, 3, 17), -1, unit) < date(2024, 3, 17), unit
    assert cal.shift(date(2024, 3, 17), -1, "fortnight") == date(2024, 3, 3)


def test_a_fortnight_ago_is_two_weeks_before_the_date_line():
    [timex] = tag("Tea Party activists backed her just over a fortnight ago.", "2010-09-30")
    assert timex.text == "just over a fortnight ago"
    assert (timex.value, timex.mod) == ("2010-W37", "MORE_THAN")
