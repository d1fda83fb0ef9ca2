"""Session 29 (helper TIME): three rules of tense and time words.

1. A "will" future conjoined to a dated past clause is not on the past date ("Police arrested the man
   on Monday and will charge him": the charging lies ahead); a clause reported by a dated verb keeps the
   report's date ("said on Monday that the border will reopen": the promise is Monday's).
2. A conjoined verb with an adverb of a time ahead that the tagger does not mark ("soon", "eventually") is
   not on its first conjunct's date ("will meet next week and sign the accord soon"); an adverb of
   sequence ("later") counts from the first conjunct's time and shares its date.
3. A past range of two bare weekdays whose first bound is the date line's own day runs last week
   ("met from Monday to Wednesday" in a Monday story), not from today back to last Wednesday."""

from __future__ import annotations

_WED = "2024-03-20"  # a Wednesday: Monday is 2024-03-18
_MON = "2024-03-18"  # a Monday


def test_a_will_future_conjoined_to_a_dated_past_clause_takes_no_past_date(date_event):
    text = "Police arrested the man on Monday and will charge him with murder."
    assert date_event(text, "charge", _WED).date == _WED


def test_a_will_future_conjoined_to_a_participle_of_last_month(date_event):
    text = ("The new pricing plan, started in some stores last month and expected to spread soon, "
            "will cut the chain's profit.")
    assert date_event(text, "cut", _WED).date == _WED


def test_the_dated_past_clause_keeps_its_date(date_event):
    text = "Police arrested the man on Monday and will charge him with murder."
    assert date_event(text, "arrested", _WED).date == "2024-03-18"


def test_a_future_reported_by_a_dated_verb_keeps_the_reports_date(date_event):
    text = "The ministry said on Monday that the border will reopen."
    assert date_event(text, "reopen", _WED).date == "2024-03-18"


def test_a_will_future_keeps_a_date_of_its_own(date_event):
    text = "Police arrested the man on Monday and will charge him on Friday."
    assert date_event(text, "charge", _WED).date == "2024-03-22"


def test_a_conjunct_with_soon_is_not_on_the_first_conjuncts_date(date_event):
    text = "The two leaders will meet in Geneva next week and sign the accord soon."
    assert date_event(text, "sign", _WED).date == _WED  # not the week of the meeting: the date line


def test_a_present_conjunct_looking_ahead_with_soon_is_not_last_month(date_event):
    text = "The firm opened a store in Ohio last month and expects to open more soon."
    assert date_event(text, "expects", _WED).date == _WED


def test_a_conjunct_with_eventually_is_not_on_the_first_conjuncts_date(date_event):
    text = "The company will open a plant in Ohio next month and eventually hire 500 workers."
    assert date_event(text, "hire", _WED).date == _WED


def test_a_conjunct_without_a_time_of_its_own_shares_the_date(date_event):
    text = "The company will open a plant in Ohio next month and hire 500 workers."
    assert date_event(text, "hire", _WED).date == "2024-04"


def test_a_conjunct_with_an_adverb_of_sequence_shares_the_date(date_event):
    # "later" counts from the first conjunct's time: the nearest date the text gives stays
    text = "The envoy will arrive in Geneva on Friday and later meet the president."
    assert date_event(text, "meet", _WED).date == "2024-03-22"


def test_a_past_weekday_range_from_the_date_lines_day_runs_last_week(date_event):
    text = "The foreign ministers met in Vienna from Monday to Wednesday, a spokesman said."
    ev = date_event(text, "met", _MON)
    assert ev.date == "2024-W11"  # Monday 2024-03-11 to Wednesday 2024-03-13


def test_a_future_weekday_range_from_the_date_lines_day_is_this_week(date_event):
    text = "The foreign ministers will meet in Vienna from Monday to Wednesday, a spokesman said."
    assert date_event(text, "meet", _MON).date == "2024-W12"


def test_a_past_weekday_range_in_order_is_left_alone(date_event):
    text = "The foreign ministers met in Vienna from Tuesday to Thursday, a spokesman said."
    assert date_event(text, "met", "2024-03-22").date == "2024-W12"
