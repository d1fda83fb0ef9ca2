"""Relevance doubt of session 35 (helper SENSE): a circumstance, a loss, a feeling or a force of nature that "forces"
an act (events/causes_as_doers.py) causes it; no party coerces anyone (PLOVER COERCE).  Sentences written for the test,
through the whole pipeline: each case first checks that the coder alone gives the event at confidence >= 0.5, then that
the layer halves it below 0.5; the contrast cases, parties that force, stay.
"""

from __future__ import annotations

import pytest

from coded_events import halved_by_layer as _halved, not_doubted as _not_doubted


@pytest.mark.parametrize("text, trigger", [
    ("Heavy floods forced the Kenyan government to postpone the election.", "forced"),
    ("A shortage of ballot papers forced the Kenyan electoral commission to postpone the vote.", "forced"),
    ("Accounting errors forced the Kenyan finance ministry to withdraw its budget.", "forced"),
    ("The Kenyan feelings which I represent compelled me to visit you, the president said.", "compelled"),
    ("Rising debts forced the Kenyan government to sell the state airline.", "forced"),
])
def test_a_cause_that_forces_coerces_no_one(code_in_pipeline, text, trigger):
    _halved(code_in_pipeline, text, trigger, "relevance:caused_compulsion")


@pytest.mark.parametrize("text, trigger", [
    ("The Kenyan army forced the rebels to retreat into the jungle.", "forced"),
    ("Kenyan police forced the protesters to leave the square.", "forced"),
    ("The gunmen forced the Kenyan villagers to leave their homes.", "forced"),
])
def test_a_party_that_forces_stays(code_in_pipeline, text, trigger):
    _not_doubted(code_in_pipeline, text, trigger, "relevance:caused_compulsion")
