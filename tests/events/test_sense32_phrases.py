"""Relevance doubts of session 32 (helper SENSE): word senses that a particle or an object fixes
(events/sense_phrases.py) - "pull over", a visit "opened", efforts "undertaken", topics "examined", a sentence served, punishments "handed out" -
on sentences written for the test, through the whole pipeline.

Each case first checks that the coder alone gives the event at confidence >= 0.5, then that the layer halves it below
0.5 with the doubt's reason; the contrast cases keep the political sense.
"""

from __future__ import annotations

import pytest

from coded_events import halved_by_layer as _halved, not_doubted as _not_doubted


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text", [
    "Police pulled him over for speeding.",
    "The officers pulled the van over on the motorway.",
])
def test_pulled_over_is_a_stop_not_a_withdrawal(code, text):
    _halved(code, text, "pulled", "relevance:pulled_over")


def test_pulled_back_stays_a_withdrawal(code):
    _not_doubted(code, "The army pulled back from the town.", "pulled back", "relevance:pulled_over")


@pytest.mark.parametrize("text", [
    "Chancellor Gordon Brown opened a week-long visit to Africa.",
    "The prime minister opened a three-day visit to India on Monday.",
])
def test_a_visit_opened_is_begun_not_allowed(code, text):
    _halved(code, text, "opened", "relevance:opened_event")


def test_the_way_opened_for_a_visit_stays(code):
    _not_doubted(code, "The government opened the way for a visit by inspectors.", "opened", "relevance:opened_event")


def test_efforts_undertaken_are_no_promise(code):
    _halved(code, "The armed forces wholeheartedly support the efforts undertaken by our government.", "undertaken",
            "relevance:undertaken_task")


def test_topics_examined_are_research(code):
    _halved(code, "The ministers devoted their time to examining three topics.", "examining", "relevance:research")


def test_evidence_examined_by_the_police_stays(code):
    _not_doubted(code, "The police are examining the evidence.", "examining", "relevance:research")


def test_a_sentence_served_is_no_sentencing(code):
    _halved(code, "The smuggler began serving his prison sentence in Guatemala last year.", "sentence",
            "relevance:served_sentence")


@pytest.mark.parametrize("text", [
    "The first convictions for file-sharing were handed out in France in March.",
    "The court handed the company heavy penalties for the spill.",
])
def test_punishments_handed_out_are_no_release(code, text):
    _halved(code, text, "handed", "relevance:handed_thing")


def test_prisoners_handed_over_stay_released(code):
    _not_doubted(code, "The rebels handed twelve prisoners to the Red Cross.", "handed", "relevance:handed_thing")
