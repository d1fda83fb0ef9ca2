"""Relevance doubts of session 30 (helper PREC, samples A, F, U, e, f, g): clauses that report no event.

* a description of what kind of thing an indefinite predicate noun or appositive is ("the junta is *a regime that jails*
  its critics": relevance:characterization) - a dated or simple-past clause, or one on an object, reports an event;
* an event noun on a timetable ("the *meeting* ... *begins* on Monday": relevance:planned);
* a complaint made in words typed PROTEST ("parties *protested that* ...": relevance:verbal_protest);
* advice or an opinion offered typed AGREE ("the panel *offered several recommendations*": relevance:advice);
* a reported "should be a ..." taken for a demand ("the massacre *should be a warning*": relevance:not_a_demand).

Sentences written for the test, through the whole pipeline.  The doubted case checks that the coder alone gives the
event at confidence >= 0.5 (so that the test fails when the doubt stops working), then that the layer lowers it below
0.5 with the doubt's reason; contrast cases keep it.
"""

from __future__ import annotations

import pytest

from coded_events import halved_by_layer as _halved, not_doubted as _not_doubted


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text, trigger", [
    ("Amnesty said the junta is a regime that jails and tortures its critics.", "jails"),
    ("The opposition says the president is a tyrant who has tortured his critics.", "tortured"),
])
def test_a_description_of_a_kind_is_no_event(code, text, trigger):
    _halved(code, text, trigger, "relevance:characterization")


@pytest.mark.parametrize("text, trigger", [
    ("The police arrested a man who attacked two soldiers near the border.", "attacked"),
    ("Amnesty said the junta was a regime that tortured its critics in 2010.", "tortured"),
])
def test_a_reported_act_in_a_relative_clause_keeps_the_event(code, text, trigger):
    event = _not_doubted(code, text, trigger, "relevance:characterization")
    assert event.type == "ASSAULT" and event.confidence >= 0.5


def test_a_meeting_on_a_timetable_is_still_to_come(code):
    text = ("The ministers flew to Delhi on Sunday. The meeting between the foreign ministers of India and Pakistan "
            "begins in Delhi on Monday.")
    _halved(code, text, "meeting", "relevance:planned")


def test_a_meeting_that_began_keeps_the_event(code):
    text = ("The ministers flew to Delhi on Sunday. The meeting between the foreign ministers of India and Pakistan "
            "began in Delhi on Monday.")
    event = _not_doubted(code, text, "meeting", "relevance:planned")
    assert event.type == "CONSULT" and event.confidence >= 0.5


def test_protesting_that_is_a_complaint_in_words(code):
    _halved(code, "Opposition parties protested that the election commission had ignored their complaints.",
            "protested", "relevance:verbal_protest")


def test_a_street_protest_keeps_the_event(code):
    event = _not_doubted(code, "Thousands of students protested in the capital against the new law.", "protested",
                         "relevance:verbal_protest")
    assert event.type == "PROTEST" and event.confidence >= 0.5


def test_recommendations_offered_are_no_offer_to_cooperate(code):
    _halved(code, "The United Nations panel offered several recommendations to the government of Chad.", "offered",
            "relevance:advice")


def test_talks_offered_keep_the_event(code):
    event = _not_doubted(code, "The government offered talks to the rebels.", "offered", "relevance:advice")
    assert event.type == "AGREE" and event.confidence >= 0.5


def test_should_be_a_warning_is_no_demand(code):
    _halved(code, '"The massacre should be a warning to every government," the minister said.', "said",
            "relevance:not_a_demand")


def test_should_release_is_a_demand(code):
    event = _not_doubted(code, '"The government should release the prisoners," the minister said.', "said",
                         "relevance:not_a_demand")
    assert event.type == "REQUEST" and event.confidence >= 0.5


def test_a_failure_to_defend_is_no_rejection(code):
    _halved(code, "The European Union has failed to defend a common policy towards Russia, the report said.", "failed",
            "relevance:failure")


def test_a_failure_to_agree_keeps_the_rejection(code):
    event = _not_doubted(code, "The two governments failed to agree on a ceasefire.", "failed", "relevance:failure")
    assert event.type == "REJECT" and event.confidence >= 0.5
