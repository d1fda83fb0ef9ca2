"""Session 21 (helper TIME): a happening named with its date in an "of" phrase - "the Hong Kong flu of
1968", "the attacks of September 11, 2001" - carries that date as "the January 1998 bombing" and "a raid
on April 22" do: a relative clause on it tells of the happening ("the flu of 1968 that killed a million
people"), and an act told inside it takes it ("died in the attacks of September 11, 2001")."""

from __future__ import annotations

_DCT = "2009-06-11"


def test_a_relative_clause_on_a_happening_dated_by_of(date_event):
    text = ("The WHO declared a pandemic on Thursday. The last such pandemic was the Hong Kong flu of 1968 that "
            "killed a million people.")
    assert date_event(text, "killed", _DCT).date == "1968"


def test_an_act_inside_a_happening_dated_by_of(date_event):
    text = "Sixty-six Britons died in the attacks of September 11, 2001, on New York and Washington."
    assert date_event(text, "died", _DCT).date == "2001-09-11"


def test_an_undated_happening_keeps_the_clause_its_own_time(date_event):
    text = "The last such pandemic was the Hong Kong flu that killed a million people."
    assert date_event(text, "killed", _DCT).date != "1968"
