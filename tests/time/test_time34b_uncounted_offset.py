"""Session 34 (helper TIME2): "Months later" / "Years earlier" places an act at a distance the text does not
give from the time before it: not at that time, and at no one point - the act gets no date
(time/vague_offset.py, one check in dating's stretch map).  A counted offset still dates it; "days later" is
left to the story's day.  "Weeks later" now takes the year of the time before it (session 34, helper TIME3,
test_time34c_weeks_later): not the previous month either."""

from __future__ import annotations

import pytest

DCT = "2024-03-17"


@pytest.mark.parametrize("offset", ["Months later", "Several months later"])
def test_an_uncounted_offset_is_not_the_previous_month(date_event, offset):
    e = date_event(f"Police detained the editor in March 2020. {offset}, a judge released him.", "released", DCT)
    assert (e.date, e.date_reason) == (None, "none")


def test_years_later_is_not_the_previous_year(date_event):
    e = date_event("The dam burst in 1998. Years later, the company paid compensation.", "paid", DCT)
    assert e.date != "1998"


def test_years_earlier_is_not_the_previous_year(date_event):
    e = date_event("The dam burst in 1998. Years earlier, engineers had warned the company.", "warned", DCT)
    assert e.date != "1998"


def test_a_counted_offset_still_dates(date_event):
    e = date_event("Police detained the editor in March 2020. Two months later, a judge released him.",
                   "released", DCT)
    assert e.date == "2020-05"
