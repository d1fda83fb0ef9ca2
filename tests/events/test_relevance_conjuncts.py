"""The relevance layer's doubts on coordinated acts under one governing verb and on an event noun read as its own doer
(events/undone_acts.py: governed_conjunct; events/party_misreadings.py: own_doer), on real sentences through the whole
pipeline.  Each case checks the coder alone first, so that the test fails when the layer stops working."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


def _event(events, trigger):
    return next(e for e in events if e.trigger.text == trigger)


@pytest.mark.parametrize("text, trigger", [
    # asked for: the investigation is what the opposition urged, not an act of the president's
    ("The opposition urged the president to dismiss the minister and order an investigation into the killings.",
     "investigation"),
])
def test_the_second_of_two_governed_acts_is_not_done(code, text, trigger):
    before = _event(code(text, layer=False), trigger)
    assert before.status == "factual" and before.confidence >= 0.9  # the coder reads it as done
    after = _event(code(text), trigger)
    assert "relevance:not_done" in after.reason
    assert after.confidence == pytest.approx(before.confidence / 2, abs=0.002)


def test_the_second_of_two_agreed_acts_is_the_agreement(code):
    # agreed to: the release is promised, not done.  Since session 29 the status stage reads the governor the two
    # conjuncts share (status.shared_conjunct), so the coder itself codes the agreement, as for the first act
    # (before, it read the release as done and the layer's not_done doubt halved it)
    for layer in (False, True):
        event = _event(code("The senators agreed to lift the blockade and release the prisoners.", layer=layer),
                       "release")
        assert event.type == "AGREE" and "control:agree" in event.reason


@pytest.mark.parametrize("text, trigger", [
    # no governing verb: both acts are reported done
    ("The army arrested the rebel leader and charged him with treason.", "charged"),
    # a conjunct with its own subject is a clause of its own
    ("The minister refused to resign, and the opposition called a general strike.", "general strike"),
])
def test_coordinated_acts_with_no_shared_governor_are_not_doubted(code, text, trigger):
    after = _event(code(text), trigger)
    assert "relevance:not_done" not in after.reason and after.confidence >= 0.9


def test_an_event_noun_is_not_its_own_doer(code):
    # (session 47: the coder no longer reads a lower-case adjective the tagger took for a name as the noun's doer -
    # noun_roles.noun_actor; before, the layer halved the event with relevance:actor_not_a_party)
    text = ("The leaders condemned the burning of the train, followed by barbaric massacre of women and children "
            "across the state.")
    after = _event(code(text), "massacre")
    assert not any(p.start <= after.trigger.start < p.end for p in after.actor)


@pytest.mark.parametrize("text, trigger, doubt", [
    # the price sense of "charge" accuses no one
    ("The rebels finance their war by charging farmers to cross the river.", "charging", "fee"),
    # "try one's hand" is an idiom of attempting, no trial
    ("The visiting minister tried his hand at cooking local bread.", "tried", "idiom"),
    # a thing drawn out by hand is no withdrawal
    ("Police pulled out eight more bodies from the river on Wednesday.", "pulled out", "extraction"),
])
def test_a_price_an_idiom_or_a_thing_pulled_out_is_doubted(code, text, trigger, doubt):
    before = _event(code(text, layer=False), trigger)
    assert before.type in ("ACCUSE", "RETREAT") and before.confidence >= 0.85
    after = _event(code(text), trigger)
    assert f"relevance:{doubt}" in after.reason
    assert after.confidence == pytest.approx(before.confidence / 2, abs=0.002)


def test_a_trial_in_court_is_not_an_idiom(code):
    e = _event(code("A court in Cairo tried the former minister for corruption."), "tried")
    assert "relevance:idiom" not in e.reason and e.confidence >= 0.9


def test_troops_pulled_out_are_a_withdrawal(code):
    e = _event(code("The army pulled out its troops from the border town."), "pulled out")
    assert e.type == "RETREAT" and "relevance:extraction" not in e.reason and e.confidence >= 0.85


def test_a_doerless_shooting_in_an_article_that_calls_it_an_accident_is_a_mishap(code):
    text = "A 4-year-old boy was shot at his home on Monday. Police said the gun discharged while his uncle was cleaning it."
    before = _event(code(text, layer=False), "shot")
    assert before.type == "ASSAULT" and not before.actor and before.confidence >= 0.8
    after = _event(code(text), "shot")
    assert "relevance:mishap" in after.reason
    assert after.confidence == pytest.approx(before.confidence / 2, abs=0.002)


def test_a_doerless_shooting_is_violence_when_no_accident_is_told(code):
    e = _event(code("A man was shot outside a bar on Monday. Police are looking for the gunman."), "shot")
    assert "relevance:mishap" not in e.reason and e.confidence >= 0.8


@pytest.mark.parametrize("text, trigger", [
    ("Children would be offered free sports lessons by a future Labour government, the party said.", "offered"),
    ("The proposed commission will investigate the killings.", "investigate"),
])
def test_a_body_still_to_come_does_not_act(code, text, trigger):
    before = _event(code(text, layer=False), trigger)
    assert before.confidence >= 0.9
    after = _event(code(text), trigger)
    assert "relevance:planned" in after.reason
    assert after.confidence == pytest.approx(before.confidence / 2, abs=0.002)
