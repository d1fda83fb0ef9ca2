""""Both sides", "the two sides", "the warring sides" name the parties of a conflict together (session 25, lead):
an accusation of them is aimed at them, not at what they are accused of.  Sentences written for the test, through the
whole pipeline; a place ("both sides of the road") stays no party."""

from __future__ import annotations

import pytest

from coded_events import at_trigger


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text", [
    "The UN accused both sides of war crimes.",
    "Amnesty International accused the warring sides of abuses against civilians.",
])
def test_sides_accused_are_the_recipient(code, text):
    event = at_trigger(code(text), "accused")
    assert event is not None and event.type == "ACCUSE"
    assert [r.text for r in event.recipient] and "sides" in event.recipient[0].text


@pytest.mark.parametrize("text, named", [
    ("Police stood on both sides of the road.", False),
    ("Voters on either side of the debate were angry.", False),
    ("The hotel stands on one side of the square.", False),
    ("The envoy met both sides of the conflict.", True),
    ("The two sides signed a truce.", True),
])
def test_sides_of_a_place_or_a_question_are_no_parties(nlp, text, named):
    from dateline.events.parties import sides_named

    side = next(t for t in nlp(text) if t.lemma_ == "side")
    assert sides_named(side) is named
