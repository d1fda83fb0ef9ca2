"""Relevance doubt of session 34 (helper SENSE): a verb of investigating whose "whether" question is about what is
still to come ("analysts are examining whether the junta will be able to hold the capital") weighs a prospect, no
party's conduct investigated (events/weighed_prospects.py; PLOVER ACCUSE investigate).  Sentences written for the
test, through the whole pipeline: each case first checks that the coder alone gives the event at confidence >= 0.5,
then that the layer halves it below 0.5; the contrast cases (a past deed asked about) stay.
"""

from __future__ import annotations

import pytest

from coded_events import halved_by_layer as _halved, not_doubted as _not_doubted


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text, trigger", [
    ("Western diplomats are examining whether the Thai junta will be able to hold the capital.", "examining"),
    ("Intelligence officers are investigating whether the Algerian government could survive the strikes.", "investigating"),
])
def test_a_question_about_what_is_to_come_is_no_investigation(code, text, trigger):
    _halved(code, text, trigger, "relevance:weighed_prospect")


@pytest.mark.parametrize("text, trigger", [
    ("The French police are examining whether the Algerian minister took bribes.", "examining"),
    ("The French police are examining whether the blast could have been caused by the rebels.", "examining"),
])
def test_a_past_deed_asked_about_stays(code, text, trigger):
    _not_doubted(code, text, trigger, "relevance:weighed_prospect")
