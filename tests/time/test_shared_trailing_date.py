"""Session 20 (helper TIME): a date written after the second of two past verbs joined by "and" closes
both ("James Means, 15, was shot and killed on Monday": the shooting is Monday's too, not the date
line's), when the first verb has nothing after it of its own but its arguments.  Not a first verb with
an adjunct of its own ("was born in Lagos and died on Monday"), of another tense ("was arrested and will
appear in court on Monday"), a present perfect, or a habit or state ("had always opposed the war ... and
had marched against it in February 2003")."""

from __future__ import annotations

_DCT = "2016-11-23"  # a Wednesday


def test_shot_and_killed_on_monday(date_event):
    ev = date_event("James Means, 15, was shot and killed on Monday.", "shot", _DCT)
    assert (ev.date, ev.date_reason) == ("2016-11-21", "attached_timex")


def test_clauses_joined_share_the_closing_date(date_event):
    text = "Just west of Misrata, in Dafniya, 14 rebel fighters were killed and 42 were wounded Wednesday during a firefight."
    ev = date_event(text, "killed", "2011-07-08")
    assert (ev.date, ev.date_reason) == ("2011-07-06", "attached_timex")  # its own date, not the story's


def test_an_adjunct_of_its_own_or_another_tense_keeps_the_first_verb_off(date_event):
    assert date_event("The suspect was arrested and will appear in court on Monday.", "arrested", _DCT).date == _DCT
    text = "Mr Solomou said he had always opposed the war in Iraq, and had marched against it in February 2003."
    assert date_event(text, "opposed", "2005-01-19").date != "2003-02"
    assert date_event(text, "marched", "2005-01-19").date == "2003-02"


def test_a_first_verb_with_an_indefinite_past_keeps_it(date_event):
    """Session 22: "once", "previously", "some time ago" on the first verb give it a time of its own that
    the text does not give; the date after the second verb is not the first's."""
    ev = date_event("The suspect once ran a bakery and was arrested on Saturday.", "ran", _DCT)
    assert (ev.date, ev.date_reason) == (None, "none")
    text = "The suspect previously robbed a bank and was arrested on Saturday."
    assert date_event(text, "robbed", _DCT).date is None
    assert date_event(text, "arrested", _DCT).date == "2016-11-19"
