"""The infinitive of an aspectual or implicative verb is done in the same act: a date the parser
hangs on it dates the verb (``data/same_time_verbs.txt``; session 9, designed on the even TBAQ
files).  A verb of intention is not dated by its infinitive's date."""

from __future__ import annotations


def test_a_date_on_the_infinitive_of_an_aspectual_verb_dates_the_verb(date_event):
    text = "But the group began to fall apart in mid-1996 after the defection of one of its leaders."
    out = date_event(text, "began", "1998-02-19")
    assert (out.date, out.date_reason) == ("1996", "attached_timex")


def test_a_date_on_the_infinitive_of_an_implicative_verb_dates_the_verb(date_event):
    text = "Company officials weren't available to comment late yesterday."
    assert date_event(text, "available", "1989-10-27").date == "1989-10-26"


def test_a_verb_of_intention_is_not_dated_by_its_infinitive(date_event):
    text = "The two leaders agreed to meet again in March."
    assert date_event(text, "agreed", "2024-01-10").date_reason != "attached_timex"
