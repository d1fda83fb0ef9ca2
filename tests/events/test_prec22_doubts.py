"""Relevance doubts of session 22 (helper PREC), each on sentences written for the test, through the whole pipeline.

Each case first checks that the coder alone gives the event at its full confidence (so that the test fails when the
doubt stops working), then that the layer halves it with the doubt's reason; a contrast case keeps it.
"""

from __future__ import annotations

import pytest

from coded_events import at_trigger as _event


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text, trigger", [
    ("The defence minister is unwilling to send troops to Liberia.", "send"),
    ("The government is reluctant to arrest the opposition leader.", "arrest"),
])
def test_an_act_the_doer_is_unwilling_to_do_is_not_done(code, text, trigger):
    before = _event(code(text, layer=False), trigger)
    after = _event(code(text), trigger)
    assert before.confidence >= 0.5
    assert "relevance:unreal" in after.reason
    assert after.confidence == pytest.approx(before.confidence / 2, abs=0.002)


def test_an_act_the_doer_is_willing_to_do_keeps_its_confidence(code):
    text = "The government arrested the opposition leader."
    assert "relevance:unreal" not in _event(code(text), "arrested").reason


def test_a_participle_of_a_verb_under_may_shares_its_modal(code):
    text = "The ministry said the rebels may bring a motion, condemning the army and the police."
    before = _event(code(text, layer=False), "condemning")
    after = _event(code(text), "condemning")
    assert before.confidence >= 0.5
    assert "relevance:unreal" in after.reason and after.confidence < 0.5


def test_a_participle_of_a_verb_that_was_done_is_done(code):
    text = "The rebels brought a motion, condemning the army and the police."
    after = _event(code(text), "condemning")
    assert "relevance:unreal" not in after.reason and after.confidence >= 0.5


def test_harm_after_shooting_oneself_is_self_harm(code):
    text = "A four-year-old boy was injured on Sunday after shooting himself in the foot."
    before = _event(code(text, layer=False), "injured")
    after = _event(code(text), "injured")
    assert before.confidence >= 0.5 and not before.actor
    assert "relevance:self_harm" in after.reason and after.confidence < 0.5


def test_harm_after_shooting_another_is_no_self_harm(code):
    text = "A soldier was injured on Sunday after shooting the gunman."
    after = _event(code(text), "injured")
    assert "relevance:self_harm" not in after.reason and after.confidence >= 0.5


def test_wanting_an_amount_of_something_asks_no_one(code):
    text = ("By 2022, the government wants 40 percent of all timber production in the Amazon to come from private "
            "concessions in national forests.")
    before = _event(code(text, layer=False), "wants")
    after = _event(code(text), "wants")
    assert before.type == "REQUEST" and before.confidence >= 0.5
    assert "relevance:wish" in after.reason and after.confidence < 0.5


def test_wanting_an_official_to_act_asks_the_official(code):
    text = "The opposition wants the ombudsman to investigate."
    after = _event(code(text), "wants")
    assert after.type == "REQUEST" and "relevance:wish" not in after.reason and after.confidence >= 0.5
