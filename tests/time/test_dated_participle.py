"""An act told inside a happening whose participle carries a date takes that date ("said in the
letter, dated Monday", "in a poll completed on Saturday"; session 9, designed on the even TBAQ
files)."""

from __future__ import annotations


def test_an_act_inside_a_happening_dated_by_its_participle_takes_the_date(date_event):
    text = ("In a New York Times poll completed on Saturday, 69 percent of those polled said they did not "
            "know the senator's position.")
    out = date_event(text, "said", "1998-10-26")
    assert (out.date, out.date_reason) == ("1998-10-24", "attached_timex")
    text = "The father said in the letter, dated Monday, that he objected to the legal moves."
    assert date_event(text, "said", "2000-02-16").date == "2000-02-14"


def test_an_act_after_a_dated_happening_does_not_take_its_date(date_event):
    text = "The ministers met after the treaty signed on Monday."
    assert date_event(text, "met", "2000-02-16").date_reason != "attached_timex"
