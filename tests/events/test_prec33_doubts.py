"""Relevance doubts of session 33 (helper PREC, samples i and j): acts a clause only considers or labels.

* a gerund after "of" / "about" on a verb of musing is an option weighed ("had *thought of resigning*":
  relevance:considered, considered_acts.thought_of, word class musing_verbs);
* a second prepositional phrase coordinated with a governed first one is governed like it ("a demand for his
  resignation *and for an inquiry*": relevance:not_done, considered_acts.governed_prepositional_conjunct);
* an event noun predicated by "be" of a measure is a label ("this *announcement* is a humiliating *retreat*":
  relevance:characterization, labelled_acts.labelled_measure, word class measure_nouns).

Sentences written for the test, through the whole pipeline.  The doubted case checks that the coder alone gives the
event at confidence >= 0.5 (so that the test fails when the doubt stops working), then that the layer lowers it below
0.5 with the doubt's reason; contrast cases keep it.
"""

from __future__ import annotations

import pytest

from coded_events import at_trigger as _at, halved_by_layer as _halved, not_doubted as _not_doubted


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    """The whole pipeline, relevance layer on or off (``layer=False``)."""
    return code_in_pipeline


@pytest.mark.parametrize("text, trigger", [
    ("The prime minister told reporters he had thought of resigning over the scandal.", "resigning"),
    ("The general said he often dreamed of attacking the capital.", "attacking"),
    ("The senator thought about boycotting the vote.", "boycotting"),
    ("Rebel leaders have talked about releasing the hostages.", "releasing"),
])
def test_an_act_thought_of_is_not_done(code, text, trigger):
    _halved(code, text, trigger, "relevance:considered")


@pytest.mark.parametrize("text, trigger", [
    ("The prime minister resigned after thinking about the scandal for a week.", "resigned"),
    ("Troops attacked the capital after the general had thought about it for months.", "attacked"),
])
def test_an_act_done_after_thinking_is_done(code, text, trigger):
    _not_doubted(code, text, trigger, "relevance:considered")


@pytest.mark.parametrize("text, trigger", [
    ("The minister rejected an opposition demand for his resignation and for an inquiry by a retired judge into the riots.",
     "inquiry"),
    ("Students renewed their demand for the resignation of the rector and for an investigation by the prosecutor into "
     "the beatings.", "investigation"),
])
def test_a_second_phrase_of_a_demand_is_asked_for(code, text, trigger):
    _halved(code, text, trigger, "relevance:not_done")


def test_a_second_phrase_of_evidence_is_reported(code):
    _not_doubted(code, "The court heard evidence of the killing and of the investigation by the police.",
                 "investigation", "relevance:not_done")


@pytest.mark.parametrize("text, trigger", [
    ("Critics said the announcement is a humiliating retreat by the government.", "retreat"),
    ("Opposition leaders said the decision was a retreat by the junta.", "retreat"),
])
def test_an_act_noun_said_of_a_measure_is_a_label(code, text, trigger):
    _halved(code, text, trigger, "relevance:characterization")


def test_an_act_noun_said_of_a_happening_is_reported(code):
    _not_doubted(code, "The blast was an attack by militants on the convoy.", "attack", "relevance:characterization")


# Session 33 (lead, after helper STATUS2): the aim of an instrument used is hypothetical by its status (purpose.py,
# TimeML) but usually reached, so the layer does not doubt it; an act a law or treaty obliges still is.
def test_the_aim_of_an_instrument_used_is_not_doubted(code):
    event = _not_doubted(code, "Israeli troops used bulldozers to demolish the houses in the village.", "demolish",
                         "relevance:unreal")
    assert event.status == "hypothetical" and event.confidence >= 0.5


def test_an_act_obliged_is_still_doubted(code):
    event = _at(code("The ceasefire agreement requires the army to withdraw its troops from the border town."), "withdraw")
    assert event is not None and "relevance:unreal" in event.reason
