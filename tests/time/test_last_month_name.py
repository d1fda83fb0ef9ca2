"""Session 18 (helper TIME): "last <Month>" naming the month just gone is the one of the year before.

A writer who means the month that has just ended says "last month" or "in February"; naming it with
"last" points a year further back ("two military helicopters crashed last February" in a story of
March 1, 1998 is February 1997, as TimeBank reads it; "down from 40,012 last February" in a March
sales report is the year-ago month).  Measured on fresh news (session 18): of the month-only "last
<Month>" one month before the date line, about 15 of 19 meant the year before.  A day ("last
February 28"), "this past February" and months further back keep the nearest past one."""

from __future__ import annotations

from dateline.time import tag


def _value(text: str, dct: str) -> str:
    [t] = [t for t in tag(text, dct) if t.type == "DATE"]
    return t.value


def test_the_month_just_gone_named_with_last_is_a_year_back():
    assert _value("Two military helicopters crashed last February.", "1998-03-01") == "1997-02"
    assert _value("Last September, he was forced to resign.", "2002-10-04") == "2001-09"


def test_a_day_this_past_and_earlier_months_keep_the_nearest_past():
    assert _value("Reagan announced last March 27 he would impose tariffs.", "1987-04-17") == "1987-03-27"
    assert _value("The plant was closed this past February.", "1998-03-01") == "1998-02"
    assert _value("The plant was closed last January.", "1998-03-01") == "1998-01"
    assert _value("The uprising began last March.", "2012-03-01") == "2011-03"
    assert _value("The purge began last December.", "2002-01-28") == "2001-12"
    assert _value("In the last April fool, I invented a story.", "2009-05-06") == "2009-04"
