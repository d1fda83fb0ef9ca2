"""Session 25 (helper TIME): a participle of state after a noun ("a phone based on the new chip", "a plant
located near the river", "a clinic based in the capital") names what the noun is, not an act at a time; a date
the parser hangs on it (or on the noun of its "in"/"on"/"at" phrase) is the date of the act whose argument the
noun is (not a subject's, nor when that act has a time of its own).  Before, the shipping, building or opening
fell to the date line.  A bound ("since 2010") stays a bound."""

from __future__ import annotations

import pytest

_DCT = "2019-10-27"


@pytest.mark.parametrize("text, trigger, value", [
    ("The company announced last week that it planned to ship a phone based on the new chip early next year.",
     "ship", "2020"),
    ("The group said it would build a plant located near the river next spring.", "build", "2020-SP"),
    ("Officials said the ministry will open a clinic based in the capital next month.", "open", "2019-11"),
])
def test_a_date_on_a_participle_of_state_dates_the_act(date_event, text, trigger, value):
    ev = date_event(text, trigger, _DCT)
    assert (ev.date, ev.date_reason) == (value, "attached_timex")


def test_a_bound_on_a_participle_of_state_stays_a_bound(date_event):
    ev = date_event("A firm based in Ohio since 2010 said on Friday it would close.", "said", _DCT)
    assert ev.date == "2019-10-25"


def test_a_subject_with_a_participle_of_state_lends_no_date(date_event):
    ev = date_event("Analysts say the recovery, based on strong orders this spring, will end soon.", "end",
                    "1987-04-09")
    assert ev.date != "1987-SP"


def test_the_planning_keeps_its_own_date(date_event):
    ev = date_event("The company announced last week that it planned to ship a phone based on the new chip "
                    "early next year.", "announced", _DCT)
    assert ev.date == "2019-W42"
