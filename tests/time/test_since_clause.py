"""Session 23 (helper TIME): the act of a temporal "since" clause starts the stretch its main clause
measures ("have been killed since the rebels launched their offensive", "the deadliest since the army
seized power", "ever since the army withdrew"): it happened before the main clause's time, at a time
the text does not give there.  Before this rule the parse walk handed it the main clause's date, or it
took the story time or the date line.  A date of its own still dates it; a "since" of reason ("Since the
government refused to negotiate, the rebels attacked ...") is left alone."""

from __future__ import annotations

_DCT = "2024-03-17"


def test_the_clause_under_a_perfect_takes_no_date(date_event):
    text = "Rebels attacked a convoy on Friday. More than 200 people have been killed since the rebels launched their offensive."
    ev = date_event(text, "launched", _DCT)
    assert (ev.date, ev.date_reason) == (None, "none")


def test_not_the_date_of_the_report_above_it(date_event):
    text = "On Saturday, the minister said the attack was the deadliest since the army seized power."
    assert date_event(text, "seized", _DCT).date is None
    assert date_event(text, "said", _DCT).date == "2024-03-16"


def test_ever_since_and_a_gerund(date_event):
    text = "The town has been quiet ever since the army withdrew its troops, residents said on Friday."
    assert date_event(text, "withdrew", _DCT).date is None
    assert date_event("He has fired three ministers since taking office.", "taking", _DCT).date is None


def test_a_date_of_its_own_still_dates_it(date_event):
    text = "Protesters have gathered every night since police shot a teenager on March 2."
    ev = date_event(text, "shot", _DCT)
    assert (ev.date, ev.date_reason) == ("2024-03-02", "attached_timex")


def test_a_since_of_reason_is_left_alone(date_event):
    text = "Since the government refused to negotiate, the rebels attacked the capital on Friday."
    assert date_event(text, "refused", _DCT).date == "2024-03-15"
