"""Session 18 (helper TIME): text written all in lower case writes its weekdays and months in lower
case too (the Times of India copy of IndiaPoliceEvents).  On a line with no capital letter a lower-case
name is a name, except "may", "march" and "august" without a digit (a modal, a walk, an adjective)."""

from __future__ import annotations

from dateline.time import tag

_DCT = "2002-03-27"  # a Wednesday


def _values(text: str) -> list[str]:
    return [t.value for t in tag(text, _DCT)]


def test_lower_case_weekdays_and_dated_months_on_a_lower_case_line():
    assert _values("earlier on monday night, violence erupted in tulsiwadi area of vadodara with mobs.") \
        == ["2002-03-25TNI"]
    assert _values("the court remanded him to police custody till march 22 after a long hearing.") == ["2002-03-22"]


def test_ambiguous_month_words_without_a_digit_stay_words():
    assert _values("the protesters may march on the capital, the august body of elders said.") == []


def test_a_lower_case_name_in_capitalised_text_is_still_no_date():
    assert _values("Earlier on monday night, violence erupted in Tulsiwadi area of Vadodara.") == []
