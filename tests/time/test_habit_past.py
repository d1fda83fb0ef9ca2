"""Session 23 (helper TIME): a simple-past clause with an adverb of habit ("often", "usually",
"regularly", "frequently", "routinely", "sometimes", "occasionally"; ``data/habit_adverbs.txt``) and no
date of its own tells a habit of an earlier stretch the text does not date, not an act of the story's
day: no date, neither the story time nor the date line.  Not an adverb that can repeat an act within one
occasion ("repeatedly"), not "generally" (by and large), and a date of its own still dates it."""

from __future__ import annotations

_DCT = "2005-10-27"
_LEDE = "Yesterday the president called for the destruction of Israel. "


def test_a_habit_takes_no_day_of_the_story(date_event):
    ev = date_event(_LEDE + "Khomeini often called for the destruction of Israel.", "called", _DCT, occurrence=2)
    assert (ev.date, ev.date_reason) == (None, "none")
    assert date_event("The officials routinely ignored the rules.", "ignored", _DCT).date is None


def test_not_repeatedly_nor_generally(date_event):
    assert date_event(_LEDE + "Aides repeatedly urged him to stop.", "urged", _DCT).date == "2005-10-26"
    assert date_event("Traders generally welcomed the new session.", "welcomed", _DCT).date == _DCT


def test_a_date_of_its_own_still_dates_it(date_event):
    ev = date_event(_LEDE + "Khomeini often called for it in 1979.", "called", _DCT, occurrence=2)
    assert ev.date == "1979"
