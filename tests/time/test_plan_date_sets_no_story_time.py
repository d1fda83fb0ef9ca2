"""Session 19 (helper TIME): a date "for" which a verb of planning sets something ("the accession was
planned for early March") is the time the plan looks ahead to, not a point the story has reached; it
no longer sets the story time of the undated past clause after it ("but no exact date was fixed yet"
was dated early March)."""

from __future__ import annotations

_TEXT = ("The North Atlantic Treaty Organization has decided to admit Poland, Hungary and the Czech Republic "
         "in early March, an official from the organization said on Wednesday. The official said that the "
         "accession was planned for early March, but no exact date was fixed yet.")


def test_plan_date_is_not_the_story_time(date_event):
    assert date_event(_TEXT, "fixed", "1999-02-10").date == "1999-02-10"


def test_a_past_date_still_is(date_event):
    text = "The official said that the accession was signed in early March, but no exact date was fixed yet."
    assert date_event(text, "fixed", "1999-04-10").date == "1999-03"
