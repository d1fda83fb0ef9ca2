"""Session 12: a simple-past relative clause on a definite noun of a happening tells what that
happening did, at the happening's time ("the US airstrike that killed Soleimani").  It takes the
date the story gave the happening earlier (:mod:`dateline.time.antecedents`); with none, in a past
clause, it gets no date rather than the date line (:func:`indefinite.past_relative_on_happening`)."""

from __future__ import annotations

IRAN = ("On Tuesday, Iran fired missiles at two bases housing US troops, in retaliation for the US "
        "airstrike that killed Soleimani.")


def test_a_relative_clause_on_an_undated_happening_in_a_past_clause_gets_no_date(date_event):
    out = date_event(IRAN, "killed", "2020-01-08")
    assert (out.date, out.date_reason) == (None, "none")


def test_the_clause_above_keeps_its_date(date_event):
    assert date_event(IRAN, "fired", "2020-01-08").date == "2020-01-07"


def test_a_relative_clause_on_a_happening_named_again_takes_its_date(date_event):
    text = "On Monday, a bomb exploded in a crowded market. The blast, which killed 20, was claimed by no one."
    out = date_event(text, "killed", "2020-01-08")
    assert (out.date, out.date_reason) == ("2020-01-06", "narrative")


def test_an_indefinite_happening_is_the_story_s_own(date_event):
    text = "A gunman carried out an attack that killed five people at a school."
    assert date_event(text, "killed", "2020-01-08").date == "2020-01-08"


def test_a_relative_clause_on_a_person_is_left_alone(date_event):
    text = "On Sunday, a nurse was among those who attended the ceremony."
    assert date_event(text, "attended", "1999-10-24").date is not None
