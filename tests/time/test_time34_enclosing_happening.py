"""Session 34 (helper TIME): the month of a happening inside which a past act was told.

- "hit in the deadly attack in May" in a March story: the attack is as past as the hitting, so its May is
  last year's, not the May weeks ahead (time/enclosing_happening.month_of_an_enclosing_happening).
- The act told inside the happening takes the happening's date, also when the date is the noun's own "in"
  phrase ("the bombing in April") or the preposition is "during" (time/attachment._own_date, _dated_noun).
"""

from __future__ import annotations

DCT = "2024-03-17"


def test_the_month_of_an_attack_a_past_participle_was_hit_in(date_event):
    e = date_event("Worshippers prayed on Sunday at the chapel damaged in the deadly raid in May.", "raid", DCT)
    assert e.date == "2023-05"


def test_the_act_inside_the_happening_takes_its_month(date_event):
    e = date_event("Worshippers prayed on Sunday at the chapel damaged in the deadly raid in May.", "damaged", DCT)
    assert e.date == "2023-05"


def test_a_simple_past_passive_inside_a_happening(date_event):
    e = date_event("Four guards were wounded in an ambush in April, officials told reporters.", "ambush", DCT)
    assert e.date == "2023-04"


def test_during_puts_the_act_inside_the_happening(date_event):
    e = date_event("A teacher injured during the unrest in May has gone back to her school.", "injured", DCT)
    assert e.date == "2023-05"


def test_a_happening_warned_of_lies_ahead(date_event):
    # "of" puts no act inside the attack: the attack warned of is still to come
    e = date_event("Police warned of a bombing in May.", "bombing", DCT)
    assert e.date == "2024-05"


def test_a_future_act_inside_a_happening_keeps_the_coming_month(date_event):
    e = date_event("Reservists will be called up for the drill in April.", "drill", DCT)
    assert e.date == "2024-04"


def test_a_planned_part_in_a_happening_keeps_the_coming_month(date_event):
    e = date_event("Two warships are scheduled to join in the exercise in May.", "exercise", DCT)
    assert e.date == "2024-05"
