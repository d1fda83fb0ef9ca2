"""A clause with no date of its own takes the date of its clause of time ("shortly after he
returned home on Friday"); its own date comes first, "before" and a measured span do not count
(session 9, designed on the even TBAQ files)."""

from __future__ import annotations


def test_a_clause_of_time_dates_an_undated_main_clause(date_event):
    text = ("The doctor was shot through the kitchen window shortly after he and his wife returned home "
            "from synagogue on the night of Friday, Oct. 23.")
    out = date_event(text, "shot", "1998-11-21")
    assert (out.date, out.date_reason) == ("1998-10-23", "attached_timex")
    text = "After touring the capital Thursday, the FBI chief said he was satisfied with the inquiry."
    assert date_event(text, "said", "1998-08-21").date == "1998-08-20"


def test_the_main_clause_date_comes_first(date_event):
    text = "The minister resigned on Tuesday after he was accused of fraud on Monday."
    assert date_event(text, "resigned", "2024-05-17").date == "2024-05-14"


def test_before_and_a_measured_span_do_not_date_the_main_clause(date_event):
    text = "The advertisement was made before the doctor died on Friday."
    assert date_event(text, "made", "1998-10-26").date_reason != "attached_timex"
    text = "About 500 people attended a memorial service, one year after the doctor was killed in 1998."
    assert date_event(text, "attended", "1999-10-24").date != "1998"
