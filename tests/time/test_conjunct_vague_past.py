"""Session 21 (helper TIME): the second of two conjoined past acts shares the vague past time of the
first - "A few years ago he bumped into an old friend and persuaded her to join him", "The king recently
dismissed his cabinet and appointed a new prime minister" - as it shares a date there: a time the text
does not give, so no date (reason ``none``), not the date line nor the story's day.  A conjunct in the
present keeps the date line ("recently took 13 percent of the vote and hopes to win")."""

from __future__ import annotations

_DCT = "2024-03-17"


def test_the_second_act_shares_a_vague_past(date_event):
    text = "A few years ago he bumped into an old friend and persuaded her to join him."
    ev = date_event(text, "persuaded", _DCT)
    assert (ev.date, ev.date_reason) == (None, "none")
    text = "The king recently dismissed his cabinet and appointed a new prime minister."
    assert date_event(text, "appointed", _DCT).date is None


def test_not_over_the_story_day_either(date_event):
    text = "Police arrested three men on Friday. Years ago, the men robbed a bank and fled to Spain."
    assert date_event(text, "fled", _DCT).date is None


def test_a_present_conjunct_keeps_the_date_line(date_event):
    text = "The party recently took 13 percent of the vote and hopes to win the next election."
    assert date_event(text, "hopes", _DCT).date == _DCT
