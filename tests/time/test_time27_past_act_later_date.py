"""Session 27 (helper TIME): a date after the date line that the walk finds on another clause does not date
an act told in the simple past.  "On Tuesday, the league plans to screen an advertisement made last week,
before the doctor died" put the death on the coming Tuesday (the plan's day): a past act cannot lie ahead of
the story.  It now falls to the story's time or the date line as an undated act does.  The act's own dates
(read with its own tense) and a future form ("would die") keep theirs."""

from __future__ import annotations

_DCT = "2024-07-15"  # a Monday: "On Tuesday" in a present clause is tomorrow


def test_a_past_act_does_not_take_a_coming_day_from_above(date_event):
    text = "On Tuesday, the league plans to screen an advertisement made last week, before the doctor died."
    ev = date_event(text, "died", _DCT)
    assert ev.date != "2024-07-16"


def test_the_clause_above_keeps_its_coming_day(date_event):
    text = "On Tuesday, the league plans to screen an advertisement made last week, before the doctor died."
    assert date_event(text, "plans", _DCT).date == "2024-07-16"


def test_a_future_form_takes_the_coming_day(date_event):
    text = "On Friday, the minister will sign the decree, which will take effect at once."
    assert date_event(text, "sign", _DCT).date == "2024-07-19"
