"""Session 20 (helper TIME): a past clause with no date of its own whose subject is told by a past
restrictive relative clause dated by a day of the story's week - "A man who was shot on Friday died
at the hospital" - takes that day (reason ``narrative``): the subject's clause opens the sentence and sets
its time.  Not a relative clause set off by commas ("The man, who was arrested on Monday, told police
..."), not a day outside the week before the date line ("A soldier who was wounded in 2004 died"), not
a present perfect ("has died": news of now)."""

from __future__ import annotations

_DCT = "2024-03-17"  # a Sunday


def test_relative_clause_on_the_subject_dates_the_clause(date_event):
    ev = date_event("A man who was shot on Friday died at the hospital, police said.", "died", _DCT)
    assert (ev.date, ev.date_reason) == ("2024-03-15", "narrative")
    ev = date_event("The officer who was wounded in Monday's ambush died.", "died", _DCT)
    assert ev.date == "2024-03-11"


def test_a_relative_clause_set_off_by_commas_is_background(date_event):
    ev = date_event("The man, who was arrested on Monday, told police he acted alone.", "told", _DCT)
    assert ev.date != "2024-03-11"


def test_a_year_or_a_present_perfect_keeps_the_date_line(date_event):
    assert date_event("A soldier who was wounded in 2004 died.", "died", _DCT).date == _DCT
    assert date_event("A man who was shot on Friday has died.", "died", _DCT).date == _DCT
