"""Session 21 (helper TIME): a date in a clause that lies below a relative clause - "the rivalries,
which have grown since the president sacked his deputy two years ago" - tells the background of a
noun, as a date in the relative clause itself does: it sets no story time for the undated past clauses
after it ("A minister accused ..." is at the congress, not two years ago).  The clause's own event
keeps its date."""

from __future__ import annotations

_DCT = "2024-03-17"  # a Sunday
_CONGRESS = ("The party opened its congress on Friday. Delegates said the rivalries, which have grown since "
             "the president sacked his deputy two years ago, have worsened. A minister accused the deputy's "
             "supporters of threatening their rivals.")


def test_a_date_below_a_relative_clause_sets_no_story_time(date_event):
    ev = date_event(_CONGRESS, "accused", _DCT)
    assert (ev.date, ev.date_reason) == ("2024-03-15", "narrative")


def test_the_clause_keeps_its_own_date(date_event):
    assert date_event(_CONGRESS, "sacked", _DCT).date == "2022"


def test_a_time_clause_of_a_relative_clause_on_the_subject(date_event):
    text = ("The army took the town on Friday. The general, who had fought there when rebels seized it in "
            "2019, thanked his troops. Soldiers raised the flag.")
    assert date_event(text, "thanked", _DCT).date == "2024-03-15"
    assert date_event(text, "raised", _DCT).date == "2024-03-15"


def test_a_main_clause_date_still_sets_the_story_time(date_event):
    text = "In 2019, the rebels seized the town. They looted the market."
    assert date_event(text, "looted", _DCT).date == "2019"
