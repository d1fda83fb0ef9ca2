"""Session 26 (helper TIME): a clause that ends the stretch a range measures on the verb above it - a
clause of "until" ("held the town between 2015 and 2019, until the army retook it") or a conjoined verb
of ending (``data/end_verbs.txt``: "ran from March 3 to March 5 and ended without a deal") - happened at
the range's end, and another conjoined verb ("held the town from 2015 to 2019 and attacked the capital")
lies within the range; before, each took the range's first bound.  A verb of ending whose subject a range
measures ("The talks, held from March 3 to 5, ended without a deal") is on the range's end (before: the date
line).  A clause hung on a bound keeps that
bound ("lasted from March to May, when the army withdrew")."""

from __future__ import annotations

_DCT = "2024-07-17"


def test_an_until_clause_is_at_the_end(date_event):
    text = "Between 2015 and 2019, the rebels held the town until the army retook it."
    assert date_event(text, "retook", _DCT).date == "2019"


def test_a_conjoined_verb_of_ending_is_at_the_end(date_event):
    text = "The talks ran from March 3 to March 5 and ended without a deal."
    assert date_event(text, "ended", _DCT).date == "2024-03-05"


def test_another_conjoined_verb_lies_within_the_range(date_event):
    text = "The rebels held the town from 2015 to 2019 and attacked the capital."
    assert date_event(text, "attacked", _DCT).date == "201"


def test_a_clause_on_a_bound_keeps_it(date_event):
    text = "The siege lasted from March to May, when the army withdrew."
    assert date_event(text, "withdrew", _DCT).date == "2024-05"


def test_a_subject_measured_by_a_range_ends_at_its_end(date_event):
    text = "The talks, held from March 3 to 5, ended without a deal."
    assert date_event(text, "ended", _DCT).date == "2024-03-05"
    text = "The talks, held on March 3, ended without a deal."
    assert date_event(text, "ended", _DCT).date == _DCT
