"""Session 32, helper LEX: general trigger rows, each from PLOVER codebook or CAMEO wording - workers who are or stay
"on strike", and "industrial action" (PROTEST strike, CAMEO 143); a "clampdown" (COERCE restrict, CAMEO 172); curbs or
limits on a party lifted (CONCEDE, CAMEO 081); people prevented or barred from marching, rallying, campaigning or
contesting an election (COERCE restrict); joint training or manoeuvres (COOPERATE, CAMEO 062); forces that move out of a place
(RETREAT withdraw, CAMEO 0874), and the guards that keep the everyday senses out.  Real spaCy model; sentences written
for these tests."""

from __future__ import annotations

import pytest


def _coded(events, event_type, word):
    return any(e.type == event_type and word in e.trigger.text for e in events)


@pytest.mark.parametrize("text", [
    "Thousands of nurses are out on strike across the country.",
    "Dock workers were out on strike on Monday.",
])
def test_workers_on_strike_protest(code, text):
    events = code(text)
    assert any(e.type == "PROTEST" and e.mode == "strike" and "strike" in e.trigger.text for e in events)


@pytest.mark.parametrize("text", [
    "Railway unions announced industrial action over pensions.",
    "Airport staff took strike action on Friday.",
])
def test_industrial_action_is_a_strike(code, text):
    events = code(text)
    assert any(e.type == "PROTEST" and e.mode == "strike" and "action" in e.trigger.text for e in events)


def test_a_clampdown_restricts(code):
    events = code("The Egyptian government ordered a clampdown on independent newspapers.")
    assert _coded(events, "COERCE", "clampdown")


@pytest.mark.parametrize("text", [
    "The Chinese government eased curbs on foreign reporters.",
    "The Russian authorities lifted limits on opposition rallies.",
])
def test_curbs_lifted_are_a_concession(code, text):
    events = code(text)
    assert any(e.type == "CONCEDE" for e in events)


def test_a_limit_with_no_party_it_bears_on_is_no_concession(code):
    # the limits a concession lifts bear "on" someone; a firm's own sales limit is not one
    events = code("The Kenyan firm lifted its monthly sales limit.")
    assert not any(e.type == "CONCEDE" for e in events)


@pytest.mark.parametrize("text, word", [
    ("Turkish police prevented opposition supporters from rallying in the square.", "prevented"),
    ("The Election Commission stopped the opposition leader from contesting the election.", "stopped"),
    ("The junta blocked the opposition party from campaigning in the north.", "blocked"),
    ("Riot police stopped the students from marching to the palace.", "stopped"),
])
def test_prevented_from_going_is_a_restriction(code, text, word):
    assert _coded(code(text), "COERCE", word)


def test_a_proceeding_stopped_is_no_restriction(code):
    # the goal of "proceed" may be a trial or a bill, not a party's movement
    assert not any(e.type == "COERCE" for e in code("The Kenyan judge stopped the trial from proceeding."))


@pytest.mark.parametrize("text", [
    "Indian and Japanese troops held joint training near the border.",
    "Greece and Egypt began joint naval training on Monday.",
])
def test_joint_training_is_cooperation(code, text):
    events = code(text)
    assert _coded(events, "COOPERATE", "training")


def test_forces_moving_out_withdraw(code):
    events = code("Kenyan troops moved out of the town on Saturday.")
    assert _coded(events, "RETREAT", "moved out")


@pytest.mark.parametrize("text", [
    "The Kenyan family moved out of the flat last year.",
    "The French bank moved out of its London offices in March.",
])
def test_others_moving_out_do_not_withdraw(code, text):
    assert not any(e.type == "RETREAT" for e in code(text))
