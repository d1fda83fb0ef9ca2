"""Relevance doubt of session 34 (helper SENSE): support given to a measure - a bill, a proposal, a demand - typed AID
(events/endorsed_measures.py) backs it in words (PLOVER SUPPORT), no material aid.  Sentences written for the test,
through the whole pipeline: each case first checks that the coder alone gives the AID event at confidence >= 0.5,
then that the layer halves it below 0.5; the contrast cases (support to people or a country) stay.
"""

from __future__ import annotations

import pytest

from coded_events import halved_by_layer as _halved, not_doubted as _not_doubted


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text, trigger", [
    ("By extending support to the new labour bill, the chief minister angered farmers.", "extending"),
    ("By giving support to the Maoist proposal, the Nepali Congress angered the king.", "giving"),
])
def test_support_given_to_a_measure_is_no_aid(code, text, trigger):
    _halved(code, text, trigger, "relevance:endorsed_measure")


@pytest.mark.parametrize("text, trigger", [
    ("By extending support to the flood victims, the chief minister angered farmers.", "extending"),
    ("By giving support to Haiti, the Japanese government angered China.", "giving"),
])
def test_support_given_to_people_or_a_country_stays(code, text, trigger):
    _not_doubted(code, text, trigger, "relevance:endorsed_measure")
