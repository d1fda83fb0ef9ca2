"""Session 25 (helper TIME): months written without a year.

- A range runs forward: two yearless bounds in calendar order ("between May and July") that the tagger read
  one by one into different years, the first after the second (May as the coming one, a few weeks after a
  mid-March date line; July by the past tense, last year's), lie in one year: in a past clause the second
  bound's, as a first bound takes it when the second writes its year; otherwise the year whose range lies
  nearest the date line ("runs from June to December" in April: this year's).  Before, the range held a
  coming May and last July, and the event took the decade.
- "in" + a month on a past passive in a relative or adverbial clause ("the ceasefire that was agreed in May")
  is a finished act, so the month is over at the date line, as for a simple past (session 24).  A reduced
  participle ("the strike, planned in June") stays out."""

from __future__ import annotations

import pytest

_DCT = "2024-03-17"


@pytest.mark.parametrize("text, trigger, value", [
    ("Between May and July, the army lost 300 soldiers.", "lost", "2023"),
    ("The army fought the rebels from January to June.", "fought", "2023"),
])
def test_yearless_bounds_out_of_order_share_the_second_year(date_event, text, trigger, value):
    ev = date_event(text, trigger, _DCT)
    assert (ev.date, ev.date_reason) == (value, "attached_timex")


def test_out_of_order_bounds_outside_the_past_run_on_from_the_first(nlp):
    from dateline.time import tag

    text = "The sugar harvest normally runs from June to December."
    assert [t.value for t in tag(text, "1987-04-08", doc=nlp(text))] == ["1987-06", "1987-12"]


def test_out_of_order_bounds_outside_the_past_take_the_range_nearest_the_date_line(nlp):
    from dateline.time import tag

    text = "Riders will no longer race every week from February to October."
    assert [t.value for t in tag(text, "2005-07-24", doc=nlp(text))][1:] == ["2005-02", "2005-10"]


def test_bounds_in_order_keep_their_years(nlp):
    from dateline.time import tag

    text = "The festival will run from May to July."
    assert [t.value for t in tag(text, _DCT, doc=nlp(text))] == ["2024-05", "2024-07"]


@pytest.mark.parametrize("text, trigger, value", [
    ("The ceasefire that was agreed in May has largely held.", "agreed", "2023-05"),
    ("The talks, which were held in April, failed.", "held", "2023-04"),
])
def test_a_month_on_a_past_passive_clause_is_over(date_event, text, trigger, value):
    ev = date_event(text, trigger, _DCT)
    assert (ev.date, ev.date_reason) == (value, "attached_timex")
