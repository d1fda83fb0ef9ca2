"""Session 23 (helper TIME): a simple-past act set in a stretch of someone's office that the text does
not date there ("*During Mbeki's presidency*, South Africa denounced the Iraq war", "*in his first term*",
"*throughout the Bush administration*"; nouns in ``data/office_periods.txt``) happened somewhere in that
stretch: it takes neither the story's day nor the date line.  Not a time the text gives ("in the near
term"), not a noun without an owner ("the new rule"), and a date of the act's own still dates it."""

from __future__ import annotations

_DCT = "2009-08-08"
_LEDE = "Zuma met Obama yesterday. "


def test_during_a_presidency_is_no_day_of_the_story(date_event):
    ev = date_event(_LEDE + "During Mbeki's presidency, South Africa also denounced the Iraq war.", "denounced", _DCT)
    assert (ev.date, ev.date_reason) == (None, "none")


def test_a_term_and_its_second_conjunct(date_event):
    text = _LEDE + "In his first term, Obama passed a health law and signed a treaty."
    assert date_event(text, "passed", _DCT).date is None
    assert date_event(text, "signed", _DCT).date is None


def test_a_time_the_text_gives_and_a_date_of_its_own(date_event):
    assert date_event(_LEDE + "In the near term, prices fell.", "fell", _DCT).date is not None
    text = _LEDE + "During his presidency, Mbeki visited Cuba in 2001."
    assert date_event(text, "visited", _DCT).date == "2001"
