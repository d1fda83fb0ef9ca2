"""Relevance doubt of session 34 (helper SENSE): a thing offered to no one in particular (events/offered_things.py) -
an election package, opportunities or jobs put on the table - is an offering, no offer of cooperation to another party
(PLOVER AGREE).  Sentences written for the test, through the whole pipeline: each case first checks that the coder
alone gives the event at confidence >= 0.5, then that the layer halves it below 0.5; the contrast cases stay.
"""

from __future__ import annotations

import pytest

from coded_events import halved_by_layer as _halved, not_doubted as _not_doubted


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text, trigger", [
    ("The council's pension rise was smaller than what the Liberals were offering, the minister said.", "offering"),
    ("The rebels cannot use the opportunities offered by the Colombian government.", "offered"),
])
def test_a_thing_offered_to_no_one_is_no_agreement(code, text, trigger):
    _halved(code, text, trigger, "relevance:offered_thing")


@pytest.mark.parametrize("text, trigger", [
    ("The Colombian army offered an amnesty to the rebels.", "offered"),
    ("The rebels accepted the truce offered by the Colombian army.", "offered"),
    ("The Colombian government offered the rebels a seat in parliament.", "offered"),
])
def test_an_act_of_cooperation_or_someone_offered_to_stays(code, text, trigger):
    _not_doubted(code, text, trigger, "relevance:offered_thing")
