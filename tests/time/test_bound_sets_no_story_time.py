"""Session 18 (helper TIME): the bound of a state ("until", "till", "since", "through" + a date) is no
point of the story line, so it does not date the undated past clauses after it (the tagger's reference
time already ignored it; event dating's story time did not): "remanded him to police custody till
March 22. The magistrate ... remanded him" is not a remand on March 22.  "not until" + a date is a
point: "it was not until Tuesday that Castro revealed"."""

from __future__ import annotations

_DCT = "2002-03-10"  # a Sunday


def test_a_bound_in_the_sentence_before_does_not_date_the_next_clause(date_event):
    text = ("kolkata: a city court on sunday remanded aftab ansari, the dubai-based alleged mastermind in "
            "terrorist attack on american centre here, to police custody till march 22. acting sub-division "
            "judicial magistrate q a m feroze, while hearing an application moved by cid on sunday, remanded "
            "ansari to 13 days' police custody.")
    out = date_event(text, "remanded", _DCT, occurrence=2)
    assert out.date == _DCT, out.date


def test_not_until_a_date_is_that_date(date_event):
    out = date_event("But it was not until Tuesday that Castro revealed the letter.", "revealed", "2000-03-28")
    assert out.date == "2000-03-28", out.date
