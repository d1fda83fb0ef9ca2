"""Relevance doubts of session 23's second wave (helper PREC2), each on sentences written for the test, through the whole
pipeline.

Each case first checks that the coder alone gives the event at confidence >= 0.5 (so that the test fails when the doubt
stops working), then that the layer halves it with the doubt's reason; a contrast case keeps it.
"""

from __future__ import annotations

import pytest

from coded_events import at_trigger as _event, halved_by_layer as _halved


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text, trigger", [
    ("The three governments will set up a joint fund paid for with money seized from drug gangs.", "seized"),
    ("The new fund will be financed mostly with cash and property confiscated from smugglers.", "confiscated"),
    ("The bill would have allowed the mainland to extradite people who had been accused of crimes.", "accused"),
])
def test_a_doerless_participle_on_a_bare_noun_names_a_kind(code, text, trigger):
    _halved(code, text, trigger, "relevance:generic_act")


@pytest.mark.parametrize("text, trigger", [
    ("The two men arrested in the raid were questioned by detectives.", "arrested"),
    ("The cocaine seized by the navy on Tuesday was burned.", "seized"),
    ("Foreign suspects detained in Britain are being held at two prisons near London.", "detained"),
    ("Letters seized from the hideout of the rebel commander show that the group sold uranium.", "seized"),
])
def test_particular_things_keep_the_act(code, text, trigger):
    assert "relevance:generic_act" not in _event(code(text), trigger).reason
