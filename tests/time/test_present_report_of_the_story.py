"""Session 19 (helper TIME): a past act reported by a present-tense verb of reporting ("Police say the
victims were shot in the backyard", "Edwards says autopsy results revealed that Romello died of a
gunshot wound") is the story's happening told again, not a present view of a past act: it takes the
lede's day as a past-tense report of it does.  A present verb of belief or judgement still keeps it off
the story's line ("Agencies believe the prince ordered the killing")."""

from __future__ import annotations

_DCT = "2024-03-18"  # a Monday
_LEDE = "A gunman opened fire at a party early Sunday, wounding six people, police said. "


def test_present_report_takes_the_story_day(date_event):
    text = _LEDE + "The party was in a rented hall. Police say the victims were shot in the backyard."
    event = date_event(text, "shot", _DCT)
    assert (event.date, event.date_reason) == ("2024-03-17", "narrative")


def test_present_belief_does_not(date_event):
    text = _LEDE + "The party was in a rented hall. Agencies believe the victims were shot in the backyard."
    assert date_event(text, "shot", _DCT).date == _DCT
