"""Session 59, probes of unjudged news: an infinitive with its own "to" coordinated with another shares its governor
("promised to withdraw from the town *and to release* the prisoners": both promised; "will use the House to advocate
reform *and to talk* on issues": both aims); and police "called out to" a place are summoned there, no criticism,
while a party "called out" for its failures is criticised; a relative clause's simple present with a time to come is
a timetable ("Medvedev, who steps down ... next month"); "reinforcing notions" moves no forces; not agreeing "on how"
things are is a view, no rejection; and a body "fighting to get" a name changed strives, no force. Sentences written
for the test, through the whole pipeline."""

from __future__ import annotations

import pytest

from coded_events import at_trigger, halved_by_layer, not_doubted


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


def test_a_second_infinitive_with_to_is_promised_too(code):
    event = at_trigger(code("The rebels promised to withdraw from the town and to release the prisoners.", layer=False),
                       "release")
    assert event is not None and event.type == "AGREE" and "control:promise" in event.reason, event


def test_a_second_infinitive_with_to_is_an_aim_too(code):
    text = "Neil Kinnock said he would use his seat to advocate reform and to talk on issues like education."
    event = at_trigger(code(text, layer=False), "talk")
    assert event is None or event.status != "factual", event


@pytest.mark.parametrize("text", [
    "Police were called out to the 900 block of Princeton Drive just after 11 p.m. Sunday.",
    "Firefighters were called out to the scene of the blaze.",
])
def test_called_out_to_a_place_is_no_criticism(code, text):
    assert at_trigger(code(text, layer=False), "called out") is None


def test_called_out_for_failures_is_criticism(code):
    event = at_trigger(code("The opposition leader called out the minister for lying to parliament.", layer=False),
                       "called out")
    assert event is not None and event.type == "ACCUSE", event


def test_a_relative_clause_present_with_a_time_to_come_is_planned(code):
    text = "The concert is a thank-you to Medvedev, who steps down as Gazprom chairman next month."
    event = at_trigger(code(text, layer=False), "steps down")
    assert event is not None and event.status == "future", event


def test_reinforcing_notions_mobilizes_no_one(code):
    text = ("Authorities in Paraguay have captured four members of a PCC cell on the border, reinforcing notions that "
            "the group is increasing its presence.")
    assert at_trigger(code(text, layer=False), "reinforcing") is None


def test_reinforcing_positions_stays_a_mobilization(code):
    event = at_trigger(code("The army reinforced its positions along the border.", layer=False), "reinforced")
    assert event is not None and event.type == "MOBILIZE", event


def test_agreeing_on_how_things_are_is_no_rejection(code):
    text = "Members of the House Judiciary Committee do not all agree on how impeachment inquiries work."
    event = at_trigger(code(text, layer=False), "agree")
    assert event is None or event.type != "REJECT", event


def test_agreeing_on_how_to_act_stays_an_agreement(code):
    event = at_trigger(code("The two parties agreed on how to share power.", layer=False), "agreed")
    assert event is not None and event.type == "AGREE", event


def test_a_body_fighting_to_get_a_name_changed_strives_no_force(code):
    text = "The FAO and OIE are fighting to get that name changed because it is an undue focus on swine."
    halved_by_layer(code, text, "fighting", "relevance:striving")


@pytest.mark.parametrize("text, trigger", [
    ("Rebels fought to retake the town on Monday.", "fought"),
    ("Government troops fought to regain control of the highway.", "fought"),
])
def test_armed_bodies_fighting_to_take_a_place_use_force(code, text, trigger):
    event = not_doubted(code, text, trigger, "relevance:striving")
    assert event.type == "ASSAULT" and event.confidence >= 0.5, event
