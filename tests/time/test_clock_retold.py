"""A bare time of day ("at 10 p.m.") on a clause that tells again a happening the story dated is on
that happening's day, not the date line's (session 13, designed on the even TBAQ file
NYT19990419.0515)."""

from __future__ import annotations

SLEPIAN = ("Slepian was the mainstay of Buffalo's only abortion clinic before he was shot to death last Oct. 23 "
           "at his home. The rifle was discovered April 8 buried behind his house. Slepian, 52, was shot to "
           "death at 10 p.m. as he stood chatting with his wife in the kitchen.")


def test_a_clock_time_on_a_happening_told_again(date_event):
    for trigger in ("shot to death at", "stood", "chatting"):
        out = date_event(SLEPIAN, trigger, "1999-04-19")
        assert (out.date, out.date_span.text) == ("1998-10-23", "10 p.m."), trigger


def test_a_new_participant_is_not_the_happening_told_again(date_event):
    text = ("Slepian was shot to death last Oct. 23 at his home. The rifle was discovered April 8 buried behind "
            "his house. A man was shot at 10 p.m. in Buffalo.")
    assert date_event(text, "shot at", "1999-04-19").date != "1998-10-23"


def test_a_time_of_day_with_its_own_day_keeps_it(date_event):
    text = ("Slepian was shot to death last Oct. 23 at his home. Police said Kopp was arrested at 10 p.m. "
            "Monday. He was shot at 9 a.m. Tuesday, police said.")
    assert date_event(text, "shot at", "1999-04-21").date == "1999-04-20"
