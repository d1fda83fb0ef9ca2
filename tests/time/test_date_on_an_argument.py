"""Session 23 (helper TIME): a date the parser hung on an argument of a past verb that names no
happening - a party, a place, a thing ("took part in the last elections *in 2003*", "led to a net loss
*in 1986*") - has nothing there to date: it closes the verb's clause and dates the verb.  Not the
base of a comparison ("rose from a small share in 1996 to 16 percent"), not a verb of saying or
reacting ("reported a rise in profits in the third quarter": the quarter is the profits')."""

from __future__ import annotations

_DCT = "2024-03-17"


def test_a_date_on_the_object_of_the_verbs_preposition(date_event):
    ev = date_event("Only 12 percent of voters took part in the last elections in 2003.", "took", _DCT)
    assert (ev.date, ev.date_reason) == ("2003", "attached_timex")


def test_not_the_base_of_a_comparison(date_event):
    assert date_event("Energy costs rose from a small share in 1996 to 16 percent.", "rose", _DCT).date != "1996"


def test_not_a_verb_of_saying(date_event):
    ev = date_event("The company reported a rise in profits in the third quarter.", "reported", _DCT)
    assert ev.date == _DCT
