"""A past perfect that tells again the happening the story dated is on that happening's day, not
at an earlier time the text does not give (session 13, from fresh gun-violence reports)."""

from __future__ import annotations

LEWIS = ("A 17-year-old has been charged in the shooting death of a 13-year-old in DeKalb County.\n\n"
         "Marcus Lewis, 13, was accidentally shot in the face by a friend, Aaron Harcum, 17, around 10:30 p.m. "
         "Wednesday.\n\nMarcus died soon after arriving at Grady Memorial Hospital.\n\n"
         "According to police, Harcum ran out saying he was sorry that he had shot his friend.")


def test_a_past_perfect_retelling_the_dated_happening(date_event):
    out = date_event(LEWIS, "had shot", "2015-12-31")
    assert (out.date, out.date_reason) == ("2015-12-30", "narrative")


def test_a_past_perfect_of_another_kind_stays_undated(founding, date_event):
    text, dct = founding
    assert date_event(text, "worked", dct).date is None  # "had in the past worked closely"
    text = LEWIS.replace("he had shot his friend", "he had bought the gun")
    assert date_event(text, "bought", "2015-12-31").date is None
