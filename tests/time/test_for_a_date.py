""""for" + a date names the period an event is set in; "for the last week" is a stretch up to now
(session 9, designed on the even TBAQ files)."""

from __future__ import annotations


def test_for_a_date_dates_the_event(date_event):
    text = "The official said that the accession was planned for early March."
    out = date_event(text, "planned", "1999-02-10")
    assert (out.date, out.date_reason) == ("1999-03", "attached_timex")
    text = "The analyst said he will keep his estimate at $1 a share for next year."
    out = date_event(text, "keep", "1989-10-30")
    assert (out.date, out.date_reason) == ("1990", "attached_timex")


def test_for_the_last_week_is_a_stretch_not_a_date(date_event):
    text = "The father has stayed in Bethesda for the last week."
    out = date_event(text, "stayed", "2000-04-14")
    assert out.date_reason == "dct"


def test_since_and_until_stay_bounds(date_event):
    text = "The border has been closed since March."
    assert date_event(text, "closed", "2024-05-02").date_reason == "dct"
