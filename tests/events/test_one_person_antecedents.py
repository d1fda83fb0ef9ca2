"""Session 59: a "he" or "she" that takes up a singular noun of one person ("*The gunman* entered the bar.  *He* shot
two policemen") names that person as the doer; without it the pronoun resolved to nothing and the event was dropped.
A body of people is no "he" ("The army ... He ...").  And one who "came out wounded" underwent the wounding (a
participle of state after a verb of motion).  Sentences written for the test, through the whole pipeline."""

from __future__ import annotations

import pytest

from coded_events import at_trigger, parties


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text", [
    "The gunman entered the bar. He shot two policemen.",
    "The gunman was driving a car when he shot two policemen.",
])
def test_he_takes_up_the_gunman(code, text):
    event = at_trigger(code(text), "shot")
    assert event is not None and parties(event)[0] == ["The gunman"], event


def test_she_takes_up_the_woman(code):
    event = at_trigger(code("A woman walked into the police station. She attacked two officers with a knife."),
                       "attacked")
    assert event is not None and parties(event)[0] == ["A woman"], event


def test_he_does_not_take_up_a_body(code):
    event = at_trigger(code("The army entered the town. He shot two policemen."), "shot")
    assert event is None or parties(event)[0] != ["The army"], event


@pytest.mark.parametrize("text", [
    "One of our civilian employees came out slightly wounded from the attack.",
    "The soldier returned home, wounded in both legs.",
])
def test_who_came_out_wounded_was_wounded(code, text):
    event = at_trigger(code(text, layer=False), "wounded")
    assert event is not None and not parties(event)[0] and parties(event)[1], event
