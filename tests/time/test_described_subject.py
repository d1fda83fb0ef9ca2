"""Session 21 (helper TIME): a date that names the subject of "be" - "The 1991 agreement was that the
computer maker would not sell music", "The 1973 building was home to 1,000 people" - belongs to a
description of the thing it names, not to a step of the story: it sets no story time for the past
clauses after it.  A date on the subject of an act still does ("The 2019 raid killed 40 soldiers. The
rebels fled": the flight in 2019)."""

from __future__ import annotations

_DCT = "2006-05-08"


def test_a_described_subject_sets_no_story_time(date_event):
    text = ("The record label lost its court case against the computer maker today. It argued that the store "
            "breached the 1991 settlement. The 1991 agreement was that the computer maker would not sell music. "
            "The judge agreed with the defence.")
    ev = date_event(text, "agreed", _DCT)
    assert ev.date == _DCT


def test_a_dated_subject_of_an_act_still_sets_it(date_event):
    text = "The 2019 raid killed 40 soldiers. The rebels fled to the hills."
    assert date_event(text, "fled", _DCT).date == "2019"
