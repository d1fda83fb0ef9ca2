"""Session 18 (helper TIME): "December 13 last year" is one expression, the day of the year the phrase
names, as "July last year" already was.  Before, the day was read alone and took the tense's direction:
"security will be strict in view of the attack on parliament on december 13 last year" put the attack on
the coming December 13 (a future clause), and "on march 12, last year, the prime minister assured us" on
this year's March 12."""

from __future__ import annotations

from dateline.time import tag

_DCT = "2002-03-13"


def _spans(text: str, doc=None) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, _DCT, doc=doc)]


def test_a_day_with_last_this_or_next_year_is_that_years_day(nlp):
    text = "Security arrangements will be very strict in view of the attack on Parliament on Dec. 13 last year."
    assert _spans(text, nlp(text)) == [("Dec. 13 last year", "2001-12-13")]
    assert _spans("on march 12, last year, the prime minister assured us of a solution.") \
        == [("march 12, last year", "2001-03-12")]
    assert _spans("Talks resume on June 5 next year.") == [("June 5 next year", "2003-06-05")]


def test_last_years_possessive_is_not_joined():
    assert _spans("He was killed on July 4, last year's holiday.")[0] == ("July 4", "2001-07-04")
