"""Session 14: expressions anchored on the story's day rather than on the date line (TIMEX3
anaphoric values), and focus adverbs left outside the extent."""

from __future__ import annotations

from dateline.time import tag


def _values(text: str, dct: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in tag(text, dct)}


def test_the_previous_weekday_is_the_one_before_the_story_day():
    # the story is on Friday 1989-10-27 (date line Monday 1989-10-30): "the previous Friday" is a
    # week before it, not the Friday just past the date line
    got = _values("London share prices closed sharply lower Friday in active trading. The index shed "
                  "47.3 points, down 4.5% from the previous Friday and 6.8% from Oct. 13.", "1989-10-30")
    assert got["Friday"] == ("DATE", "1989-10-27")
    assert got["the previous Friday"] == ("DATE", "1989-10-20")


def test_the_following_weekday_after_the_story_day():
    got = _values("The talks opened on March 3, 1998. The ministers met again the following Monday.",
                  "1998-03-20")
    assert got["the following Monday"] == ("DATE", "1998-03-09")


def test_the_previous_weekday_without_a_story_day_counts_from_the_date_line():
    got = _values("The index is down 2% from the preceding Tuesday.", "1989-10-31")  # a Tuesday
    assert got["the preceding Tuesday"] == ("DATE", "1989-10-24")


def test_overnight_is_the_night_before_the_story_day_and_keeps_the_story_there():
    got = _values("London shares closed lower Friday. They were depressed initially by overnight losses "
                  "in New York. The index fell from the previous Friday.", "1989-10-30")
    assert got["overnight"] == ("TIME", "1989-10-26TNI")
    assert got["the previous Friday"] == ("DATE", "1989-10-20")


def test_overnight_without_a_story_day_stays_on_the_date_line():
    got = _values("Rebels attacked two villages overnight, officials said.", "2024-03-17")
    assert got["overnight"] == ("TIME", "2024-03-17TNI")


def test_focus_adverbs_are_outside_the_extent():
    text = ("The ruling came only 14 days after the vote. The company, which just months ago was "
            "losing money, had barely a month of cash.")
    spans = [t.text for t in tag(text, "1998-03-05")]
    assert "14 days" in spans and "months ago" in spans and "a month" in spans
    assert not any(s.split()[0].lower() in ("only", "just", "barely") for s in spans)


def test_approximators_stay_in_the_extent_with_their_mod():
    (t,) = [t for t in tag("The siege lasted nearly five months.", "1998-03-05") if "months" in t.text]
    assert (t.text, t.value, t.mod) == ("nearly five months", "P5M", "APPROX")


def test_the_weeks_ahead_is_one_extent():
    got = [(t.text, t.type, t.value) for t in tag("Prices will rise in the weeks ahead.", "2013-03-06")]
    assert got == [("the weeks ahead", "DURATION", "PXW")]


def test_overnight_after_an_evening_of_the_story_is_that_night():
    got = _values("The shooting happened Tuesday evening around 7 p.m. at an apartment. His attorney "
                  "contacted authorities overnight saying that he wished to surrender.", "2014-01-29")
    assert got["overnight"] == ("TIME", "2014-01-28TNI")
