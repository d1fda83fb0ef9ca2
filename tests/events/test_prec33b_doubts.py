"""Relevance doubt of session 33 (helper PREC3): an act asked about through an adjective of ability.

"it is unclear *whether* the regime will be able to contain the unrest and *suppress* the protests": the question's
"whether" hangs on "be", above the adjective "able"; the act is asked about, not reported (relevance:question,
questioned_ability.question_through_ability).  Sentences written for the test, through the whole pipeline.
"""

from __future__ import annotations

import pytest

from coded_events import halved_by_layer as _halved, not_doubted as _not_doubted


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    """The whole pipeline, relevance layer on or off (``layer=False``)."""
    return code_in_pipeline


@pytest.mark.parametrize("text, trigger", [
    ("Diplomats doubt whether the junta will be able to arrest the rebel commanders.", "arrest"),
    ("Analysts are asking whether the army will be able to hold the city and crush the rebellion.", "crush"),
])
def test_an_act_asked_about_through_ability_is_not_reported(code, text, trigger):
    _halved(code, text, trigger, "relevance:question")


@pytest.mark.parametrize("text, trigger", [
    ("The junta was able to arrest the rebel commanders last week.", "arrest"),
    ("Officials said the army was able to hold the city and crush the rebellion.", "crush"),
])
def test_an_act_one_was_able_to_do_is_reported(code, text, trigger):
    _not_doubted(code, text, trigger, "relevance:question")
