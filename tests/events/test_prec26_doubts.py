"""Relevance doubts of session 26 (helper PREC): blame laid on no party, an act done in mockery, the modal on the copula of
an adjective's infinitive ("would be able to"), a bare infinitive the parser coordinated with a finite verb (it shares the
nearest "to" and its aim), a crackdown on an act ("cracked down on protests"), a plan in the past perfect ("had planned
to attack") and another's act expected ("did not expect the sanctions to be lifted").  Sentences written for the test, through
the whole pipeline.

Each case first checks that the coder alone gives the event at confidence >= 0.5 (so that the test fails when the doubt
stops working), then that the layer lowers it below 0.5 with the doubt's reason; contrast cases keep it.
"""

from __future__ import annotations

import pytest

from coded_events import at_trigger as _event, halved_by_layer as _halved


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text, trigger, reason", [
    ("The finance ministry blamed rising oil prices and weak demand for the slowdown in growth.", "blamed",
     "relevance:blamed_circumstance"),
    ("The opposition leader mockingly welcomed the prime minister back to the election campaign.", "welcomed",
     "relevance:mocked"),
    ("Officials said the inspectors would be able to investigate the ministry within a year.", "investigate",
     "relevance:unreal"),
    ("The spokesman highlighted the party's promises to raise the basic state pension, provide free long-term care for "
     "the elderly and replace council tax.", "provide", "relevance:purpose"),
    ("On Sunday, the police cracked down on protests in the capital.", "protests", "relevance:countered_act"),
    ("The rebels had planned to attack the garrison on Monday, the army said.", "attack", "relevance:unreal"),
    ("The envoy said he did not expect the sanctions to be lifted by the council this year.", "lifted",
     "relevance:predicted"),
])
def test_the_doubt_lowers_the_event(code, text, trigger, reason):
    _halved(code, text, trigger, reason)


@pytest.mark.parametrize("text, trigger, reason", [
    ("The defence minister blamed the rebels for the attack on the train.", "blamed", "relevance:blamed_circumstance"),
    ("The president blamed the killings on militants.", "blamed", "relevance:blamed_circumstance"),
    ("The opposition leader warmly welcomed the prime minister back to the election campaign.", "welcomed",
     "relevance:mocked"),
    ("The inspectors were able to investigate the ministry last week.", "investigate", "relevance:unreal"),
    ("The government raised pensions and provided aid to the refugees.", "provided", "relevance:purpose"),
    ("Thousands of students staged protests in the capital on Sunday.", "protests", "relevance:countered_act"),
    ("The senator had met the president on Friday before he spoke to reporters.", "met", "relevance:unreal"),
    ("The council lifted the sanctions this year, the envoy said.", "lifted", "relevance:predicted"),
])
def test_the_contrast_keeps_the_event(code, text, trigger, reason):
    event = _event(code(text), trigger)
    assert event is not None and reason not in event.reason
