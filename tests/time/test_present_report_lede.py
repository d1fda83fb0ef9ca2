"""Session 19 (helper TIME): a lede that reports in the simple present ("Police say that two of the
victims shot in Chester County on Thursday night are teenagers") tells its past happening in the clause
below it, as a present-perfect lede already did ("A man has died after being shot early Saturday"):
that clause's day is the story's day, and the later simple-past acts that nothing dates retell the
happening ("Two juveniles and a man were transported to the hospital") instead of falling to the date
line."""

from __future__ import annotations

_DCT = "2015-05-29"  # a Friday
_TEXT = ("Police say that two of the victims shot in Chester County on Thursday night are teenagers. "
         "The victims are in stable condition. "
         "A 47-year-old man lives nearby. "
         "Two juveniles and the man were transported to Crozer Chester Medical Center with gunshot wounds.")


def test_present_report_lede_sets_the_story_day(date_event):
    event = date_event(_TEXT, "transported", _DCT)
    assert (event.date, event.date_reason) == ("2015-05-28", "narrative")


def test_a_present_state_lede_does_not(date_event):
    text = _TEXT.replace("Police say that two", "Two")
    assert date_event(text, "transported", _DCT).date == _DCT
