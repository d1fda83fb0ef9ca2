"""Status, session 35 (helper STATUS2): the present progressive with a time adjunct still to come is a planned act,
future - the progressive of arrangement ("the council is holding a meeting on Friday", "the president is visiting
Japan next week") - while the present progressive with no such adjunct, or with one that may cover the present or
names a habit or a span, is an act under way (events/progressive_plans.py).  Real spaCy model."""

from __future__ import annotations

import pytest

from word_status import status_at as _status_at


@pytest.mark.parametrize("text,word", [
    ("The city council is holding a second meeting on Thursday.", "meeting"),
    ("The Chilean president is visiting Vietnam next month.", "visiting"),
    ("The envoy is meeting the rebel commanders tomorrow.", "meeting"),
    ("The two ministers are signing the trade accord later this week.", "signing"),
    ("Peace talks between the two sides are being held on Monday in Oslo.", "talks"),
    ("The foreign minister is travelling to Ankara in the coming days.", "travelling"),
])
def test_a_present_progressive_with_a_time_to_come_is_planned(nlp, text, word):
    mod = _status_at(nlp, text, word)
    assert mod.status == "future" and "arranged:progressive" in mod.cues, mod


@pytest.mark.parametrize("text,word", [
    ("The army is shelling the northern suburbs of the town.", "shelling"),
    ("Rebel fighters are attacking convoys on Fridays.", "attacking"),
    ("The council was holding a meeting on Thursday when the fire broke out.", "meeting"),
    ("The envoy is meeting the rebel commanders today.", "meeting"),
    ("The two delegations have been negotiating since Monday.", "negotiating"),
])
def test_an_act_under_way_or_past_keeps_its_status(nlp, text, word):
    mod = _status_at(nlp, text, word)
    assert mod.status == "factual", mod


def test_a_negated_plan_stays_negated(nlp):
    mod = _status_at(nlp, "The prime minister is not attending the summit next week.", "attending")
    assert mod.status == "negated", mod
