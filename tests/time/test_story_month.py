"""A story about a past month (a monthly round-up published weeks later): its undated past-tense
events happened in that month, not on the date line's day (dateline.time.dating._story_month)."""

from __future__ import annotations


ROUNDUP = ("The following is the first edition of a monthly series on the presidential election. "
           "In early May, Biden led Trump in the polling average. "
           "On May 4, the Libertarian Party opened its online convention. "
           "On May 23, the party nominated Jo Jorgensen for president. "
           "Cohen received the vice presidential nomination. "
           "Biden searched for a female running mate. ")


def test_an_undated_event_of_a_past_month_story_takes_the_month(date_event):
    out = date_event(ROUNDUP, "searched", "2020-06-19")
    assert (out.date, out.date_granularity, out.date_reason) == ("2020-05", "month", "narrative")


def test_a_story_of_the_date_lines_own_month_keeps_the_date_line(date_event):
    out = date_event(ROUNDUP, "searched", "2020-05-30")
    assert (out.date, out.date_reason) == ("2020-05-30", "dct")


def test_a_report_in_a_past_month_story_is_said_now(date_event):
    out = date_event(ROUNDUP + "Officials said the count would take weeks.", "said", "2020-06-19")
    assert out.date_reason == "dct"


def test_two_dates_of_a_past_month_are_not_a_story_about_it(date_event):
    text = ("On May 4, the Libertarian Party opened its online convention. "
            "On May 23, the party nominated Jo Jorgensen for president. "
            "Cohen received the vice presidential nomination. "
            "Biden searched for a female running mate. ")
    out = date_event(text, "searched", "2020-06-19")
    assert out.date_reason == "dct"
