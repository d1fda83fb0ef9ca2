"""Session 26 (helper TIME): a past "when"/"while" clause of being that sets a stretch of someone's life
or office ("when he was home secretary", "while she was a student", "when he was 11 months old",
"while they were in exile"; ``data/stage_of_life.txt``) puts the act it sets somewhere in that stretch,
a time the text does not give there: the act takes neither the story's day nor the date line.  Not a
clause of the story's moment ("when it was clear ...", "when they were in the town"), and a date in the
clause or on the act still dates it."""

from __future__ import annotations

_DCT = "2011-06-08"
_LEDE = "The police arrested the investigator yesterday. "


def test_a_role_sets_no_day_of_the_story(date_event):
    ev = date_event(_LEDE + "He also targeted the minister when he was home secretary.", "targeted", _DCT)
    assert (ev.date, ev.date_reason) == (None, "none")


def test_an_age_and_a_stretch_of_school(date_event):
    assert date_event("The boy lost both legs when he was 11 months old.", "lost", _DCT).date is None
    assert date_event("While she was a student, the senator joined the party.", "joined", _DCT).date is None
    assert date_event("The poet was jailed twice while he was in exile.", "jailed", _DCT).date is None


def test_a_clause_of_the_story_moment_keeps_its_date(date_event):
    text = "The rebels seized the town on Friday. When they were in the town, they burned the market."
    assert date_event(text, "burned", _DCT).date == "2011-06-03"
    text = "When it was clear the troops would stay, the crowd left on Monday."
    assert date_event(text, "left", _DCT).date == "2011-06-06"
    assert date_event("She fled when she was in a prison van.", "fled", _DCT).date == _DCT


def test_a_date_in_the_clause_still_dates_the_act(date_event):
    text = "When he was minister in 2005, the senator signed a decree."
    assert date_event(text, "signed", _DCT).date == "2005"


def test_an_owned_deed_may_be_what_the_clause_describes(date_event):
    text = "The candidates debated on Tuesday. Fiorina touted her record when she was governor."
    assert date_event(text, "touted", "2015-12-16").date is not None
