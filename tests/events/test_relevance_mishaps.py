"""The relevance layer's doubts about mishaps, the content of a charge, and acronym bodies doing state acts
(events/relevance.py, events/agentless.mishap_violence, events/words_not_deeds.charge_content), on real sentences
through the whole pipeline.  Each case checks the coder alone first, so that the test fails when the layer stops
working."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


def _event(events, trigger):
    return next(e for e in events if e.trigger.text == trigger)


@pytest.mark.parametrize("text", [
    "An 8-year-old boy shot his 17-year-old brother at their home on Sunday.",
    "A man accidentally shot his friend while cleaning a rifle at home.",
    "A woman accidently shot her neighbour in the garden.",  # the common misspelling says the same
])
def test_a_child_shooter_or_an_accident_is_a_mishap(code, text):
    assert _event(code(text, layer=False), "shot").confidence >= 0.9
    shot = _event(code(text), "shot")
    assert "relevance:mishap" in shot.reason and shot.confidence < 0.5


def test_shooting_oneself_is_a_mishap(code):
    text = "The suspect shot himself after the standoff."
    assert "relevance:mishap" in _event(code(text), "shot").reason


@pytest.mark.parametrize("text, trigger", [
    ("NATO jets accidentally bombed a hospital in Kunduz.", "bombed"),  # a state's accident is still its violence
    ("Rebels shot a 10-year-old boy in the village.", "shot"),  # the child is the victim
    ("A suicide bomber detonated the explosives he was wearing, killing himself and two accomplices.", "killing"),
])
def test_violence_by_parties_or_on_children_is_no_mishap(code, text, trigger):
    event = _event(code(text), trigger)
    assert "relevance:mishap" not in event.reason and event.confidence >= 0.8


def test_the_content_of_a_charge_is_a_claim_not_an_event(code):
    text = "Police arrested three men for attacking a journalist in Kabul."
    assert _event(code(text, layer=False), "attacking").confidence >= 0.7
    events = code(text)
    attack = _event(events, "attacking")
    assert "relevance:charge_content" in attack.reason and attack.status == "claimed" and attack.confidence < 0.5
    arrest = _event(events, "arrested")  # the arrest is the event the sentence reports
    assert arrest.type == "COERCE" and "charge_content" not in arrest.reason and arrest.confidence >= 0.9


def test_an_acronym_doing_a_state_act_is_a_state_body(code):
    text = "Police have also arrested four people, and the CID has initiated an investigation into the blast."
    probe = _event(code(text), "investigation")
    assert "relevance:acronym_state_body" in probe.reason and "no_political_actor" not in probe.reason
    assert probe.confidence >= 0.9


def test_an_acronym_in_an_article_with_domain_words_is_not_read_as_a_state_body(code):
    # one culture word in the article ("film"): the acronym may be a studio's, a firm's or a sport body's
    text = "The CID arrested two men on Friday. Police said they had stolen a film."
    arrest = _event(code(text), "arrested")
    assert "acronym_state_body" not in arrest.reason and "relevance:no_political_actor" in arrest.reason


def test_an_acronym_in_text_written_in_capitals_is_no_evidence(code):
    text = "THE CID ARRESTED TWO MEN IN THE CAPITAL ON FRIDAY."
    assert all("acronym_state_body" not in e.reason for e in code(text))
