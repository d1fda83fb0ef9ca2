"""Relevance doubt of session 29 (helper PREC, samples X and e): a doer of violence that is only the object of a
preposition of place.  The coder can take the nearest noun for the doer of a participle hung on a clause ("a third
explosion occurred within the Raj Bhavan compound, injuring ..."): the place where an attack happens is not who did it
(relevance:place_not_the_doer, which already doubted places the actors stage knows as such).  Sentences written for the
test, through the whole pipeline.

The doubted case first checks that the coder alone gives the event at confidence >= 0.5 (so that the test fails when the
doubt stops working), then that the layer lowers it below 0.5 with the doubt's reason; the contrast keeps it.
"""

from __future__ import annotations

import pytest

from coded_events import halved_by_layer as _halved, not_doubted as _not_doubted


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


def test_a_place_is_not_the_doer(code):
    _halved(code, "A third explosion occurred within the Raj Bhavan compound injuring four Assam Rifles personnel, "
            "officials said.", "injuring", "relevance:place_not_the_doer")


def test_a_doer_placed_by_its_own_phrase_is_kept(code):
    event = _not_doubted(code, "Militants hiding inside the building opened fire on the police, injuring two officers.",
                         "injuring", "relevance:place_not_the_doer")
    assert event.type == "ASSAULT" and event.confidence >= 0.5
