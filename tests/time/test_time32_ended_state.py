"""A past state that ran "until" a time before the date line is over by then: neither the date line's day nor
a story time after the bound dates it (time/ended_state.py), and a yearless "until Saturday" on such a
simple-past state is the bound gone by, not the deadline ahead "until" signals elsewhere
(tense.bound_of_a_past_state).  Verbs of change whose result the bound ends ("postponed ... until",
"gave them until") and reported states keep the old readings (session 32)."""

from __future__ import annotations

DCT = "2024-03-17"  # a Sunday


def test_a_state_held_until_a_past_month_is_not_on_the_date_line(date_event):
    e = date_event("Separatist fighters held the river port until January, when the army retook it.", "held", DCT)
    assert (e.date, e.date_reason) == (None, "none")


def test_the_act_that_ends_the_state_keeps_its_date(date_event):
    e = date_event("Separatist fighters held the river port until January, when the army retook it.", "retook", DCT)
    assert e.date == "2024-01"


def test_a_state_of_going_on_until_a_past_month(date_event):
    e = date_event("The siege of the city lasted until February.", "lasted", DCT)
    assert e.date is None


def test_not_dated_by_a_lede_day_after_the_bound(date_event):
    text = "Yesterday the provincial governor resigned. Militias had controlled the valley until January."
    assert date_event(text, "controlled", DCT).date is None


def test_an_office_held_until_a_past_month(date_event):
    e = date_event("Ms. Okafor served as interior minister until February, when she resigned.", "served", DCT)
    assert e.date is None


def test_a_bound_still_ahead_leaves_the_date_line(date_event):
    e = date_event("The authorities kept the crossing closed until next month.", "kept", DCT)
    assert e.date == DCT


def test_a_negated_act_until_a_month_is_on_that_month(date_event):
    e = date_event("The garrison did not surrender until January.", "surrender", DCT)
    assert e.date == "2024-01"


def test_a_change_whose_result_the_bound_ends_is_left_alone(date_event):
    e = date_event("The court postponed the trial of the two activists until January.", "postponed", DCT)
    assert e.date == DCT


def test_a_reported_state_is_left_alone(date_event):
    e = date_event("Officials said the mountain road remained closed until February.", "remained", DCT)
    assert e.date == DCT


def test_until_a_weekday_on_a_past_state_is_gone_by(nlp):
    from dateline.time import tag

    text = "Police detained the driver on Friday. They held him until Saturday."
    assert {t.text: t.value for t in tag(text, DCT, doc=nlp(text))}["Saturday"] == "2024-03-16"


def test_until_a_weekday_on_a_change_is_still_ahead(nlp):
    from dateline.time import tag

    text = "The court adjourned the hearing until Tuesday."
    assert {t.text: t.value for t in tag(text, DCT, doc=nlp(text))}["Tuesday"] == "2024-03-19"
