"""Session 21 (helper TIME): text whose words and punctuation were split by a tokenizer (Timeline17,
MEANTIME and the entities set write "September 11 , 2001") keeps its dates whole: the comma before a
year, or after a weekday, may stand apart.  Before, "September 11 , 2001" was "September 11" of a year
near the date line plus a bare year."""

from __future__ import annotations

from dateline.time import tag

_DCT = "2011-05-03"


def _values(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, _DCT)]


def test_a_day_and_its_year_across_a_spaced_comma():
    assert _values("Sixty-six Britons died in the attacks of September 11 , 2001 , on New York .") == \
        [("September 11 , 2001", "2001-09-11")]
    assert _values("The deal was signed on 3 March , 2004 , in Paris .") == [("3 March , 2004", "2004-03-03")]


def test_a_month_and_its_year_across_a_spaced_comma():
    assert _values("The talks began in January , 2009 , in Geneva .") == [("January , 2009", "2009-01")]


def test_a_weekday_before_its_date_across_a_spaced_comma():
    assert _values("Obama spoke on Friday , June 11 , 2010 , near Venice .") == \
        [("Friday , June 11 , 2010", "2010-06-11")]


def test_untokenized_text_is_read_as_before():
    assert _values("Obama spoke on Friday, June 11, 2010, near Venice.") == [("Friday, June 11, 2010", "2010-06-11")]
