"""Session 24 (helper TIME): "in" + a month that dates a finished simple-past act is a month that is over at
the date line: "changed to a calendar year in December" in an October story is the December before, "the
uprising began in November" the November before (before, a month within 75 days of the date line was the
nearest one whatever the tense).  Not a plan or an expectation, a modal, a perfect or an infinitive, whose
month may lie ahead ("was expected in December", "has decided to admit them in December"), nor a day: a day
near the date line keeps the nearest reading (date lines are often a day or two off the story)."""

from __future__ import annotations

_DCT = "1989-10-27"


def test_the_month_of_a_past_act_is_over(date_event):
    ev = date_event("The cemetery operator changed to a calendar year in December.", "changed", _DCT)
    assert ev.date == "1988-12"
    assert date_event("The uprising began in November.", "began", _DCT).date == "1988-11"


def test_a_month_looked_ahead_to_stays_the_nearest(date_event):
    assert date_event("The package was expected in December.", "expected", _DCT).date == "1989-12"
    assert date_event("The plant will reopen in December.", "reopen", _DCT).date == "1989-12"
    assert date_event("NATO has decided to admit the three countries in December.", "admit", _DCT).date == "1989-12"


def test_the_current_and_earlier_months_stay(date_event):
    assert date_event("Sales rose in October.", "rose", _DCT).date == "1989-10"
    assert date_event("Sales rose in September.", "rose", _DCT).date == "1989-09"


def test_a_day_near_the_date_line_stays_the_nearest(date_event):
    assert date_event("The rebels attacked the town on Nov. 2.", "attacked", _DCT).date == "1989-11-02"
