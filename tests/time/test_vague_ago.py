"""Session 22 (helper TIME): an "ago" with no number of units - "some time ago", "a while ago", "long
ago", "not long ago" - puts an act at a past time the text does not give, as "previously" does.  The
tagger leaves these phrases untagged (the TimeML corpora do not annotate them), so before this rule
the act took the story's day or the date line.  The second of two conjoined past acts shares such a
time, and any indefinite past of the first ("previously served ... and led").  "A short while ago"
(minutes before, in broadcast copy) and an "ago" with a number keep their dates."""

from __future__ import annotations

_DCT = "2024-03-17"
_LEDE = "Police arrested three men on Friday. "


def test_some_time_ago_is_no_day_of_the_story(date_event):
    ev = date_event(_LEDE + "Some time ago, the men robbed a bank in Lyon.", "robbed", _DCT)
    assert (ev.date, ev.date_reason) == (None, "none")


def test_a_while_ago_and_long_ago(date_event):
    assert date_event(_LEDE + "One of them left the gang a while ago.", "left", _DCT).date is None
    assert date_event(_LEDE + "Long ago the eldest fled to Spain.", "fled", _DCT).date is None
    assert date_event(_LEDE + "Not long ago the army seized their farm.", "seized", _DCT).date is None


def test_without_a_story_day_not_the_date_line_either(date_event):
    assert date_event("The rebels seized the town some time ago.", "seized", _DCT).date is None


def test_the_second_conjunct_shares_it(date_event):
    text = _LEDE + "The men robbed a bank some time ago and fled to Spain."
    assert date_event(text, "fled", _DCT).date is None
    text = _LEDE + "The eldest previously served in the army and led a unit in the north."
    assert date_event(text, "led", _DCT).date is None


def test_a_present_conjunct_and_a_short_while_keep_their_dates(date_event):
    text = "He once ran a bakery and now leads the party."
    assert date_event(text, "leads", _DCT).date == _DCT
    text = _LEDE + "A short while ago the police chief spoke to reporters."
    assert date_event(text, "spoke", _DCT).date == "2024-03-15"
    text = _LEDE + "Three years ago the men robbed a bank."
    assert date_event(text, "robbed", _DCT).date == "2021"


def test_not_after_a_present_perfect(date_event):
    """"has previously denied ... and declined to comment": the declining is news of the story's day."""
    text = _LEDE + "The landlord has previously sued the tenants and declined to comment."
    assert date_event(text, "declined", _DCT).date is not None


def test_as_long_ago_as_a_date_is_that_date(date_event):
    """"as long ago as 2000": the date hangs on "ago"'s "as" (as in "as early as Tuesday") and dates the act."""
    ev = date_event("He first won the world title as long ago as 2000.", "won", _DCT)
    assert (ev.date, ev.date_reason) == ("2000", "attached_timex")
