"""Relevance doubts of session 28 (helper PREC): what the clause does not report as done - a clause governed by a verb
under "must", "should" or "ought" ("must announce that it is willing to reach an agreement"), a negation the parser hung
on the trigger's auxiliary ("will not be solely funding"), the modal of a verb the trigger is coordinated with ("would
freeze the assets and prohibit Americans from trading"), and the infinitive of a passive verb that sets something going
("the offensive was launched to protest the measures").  Sentences written for the test, through the whole pipeline.

Each case first checks that the coder alone gives the event at confidence >= 0.5 (so that the test fails when the doubt
stops working), then that the layer lowers it below 0.5 with the doubt's reason; contrast cases keep it.
"""

from __future__ import annotations

import pytest

from coded_events import halved_by_layer as _halved, not_doubted as _not_doubted


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text, trigger, reason", [
    ("The commission must announce that it is willing to reach an agreement with the rebels.", "reach",
     "relevance:unreal"),
    ("The European Union said that they themselves will not be solely funding development.", "funding",
     "relevance:unreal"),
    ("The campaign has been launched to oppose the new security law.", "oppose", "relevance:purpose"),
    ("The offensive was launched to protest the government's economic measures.", "protest", "relevance:purpose"),
    ("The Treasury said it would freeze the assets of the two men and prohibit Americans from trading with them.",
     "prohibit", "relevance:unreal"),
    ("The smuggler will now be processed and deported to Mexico.", "deported", "relevance:unreal"),
])
def test_the_doubt_lowers_the_event(code, text, trigger, reason):
    _halved(code, text, trigger, reason)


@pytest.mark.parametrize("text, trigger, reason", [
    ("The commission announced that it is willing to reach an agreement with the rebels.", "reach",
     "relevance:unreal"),
    ("The European Union said that it funded the development of the region.", "funded", "relevance:unreal"),
    ("The troops quelled the riots in the capital.", "quelled", "relevance:purpose"),
    ("The minister was forced to resign after the scandal.", "resign", "relevance:purpose"),
    ("The Treasury froze the assets of the two men and prohibited Americans from trading with them.", "prohibited",
     "relevance:unreal"),
    ("The smuggler was processed and deported to Mexico.", "deported", "relevance:unreal"),
    ("The smuggler will stand trial and was deported to Mexico last year.", "deported", "relevance:unreal"),
])
def test_the_contrast_keeps_the_event(code, text, trigger, reason):
    event = _not_doubted(code, text, trigger, reason)
    assert event.confidence >= 0.5
