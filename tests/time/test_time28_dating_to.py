"""Session 28 (helper TIME): a happening noun described by "dating (back) to / from <date>" ("a series of
shootings dating to 2019") is dated by that date - when the happenings began - not by the clause above it
("Last week the police joined agents to investigate ...": the joining is last week, the shootings are not)."""

from __future__ import annotations

_DCT = "2024-07-12"


def test_shootings_dating_to_a_year(date_event):
    text = "Last week the police joined federal agents to investigate a series of unsolved shootings dating to 2019."
    assert date_event(text, "shootings", _DCT).date == "2019"


def test_dating_back_on_the_noun_of_an_of_phrase(date_event):
    text = "On Monday the court reopened an inquiry into a series of killings dating back to 2015."
    assert date_event(text, "series", _DCT).date == "2015"


def test_the_clause_above_keeps_its_own_date(date_event):
    text = "Last week the police joined federal agents to investigate a series of unsolved shootings dating to 2019."
    assert date_event(text, "joined", _DCT).date == "2024-W27"
