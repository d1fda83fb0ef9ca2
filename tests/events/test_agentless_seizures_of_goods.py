"""Goods seized with no seizer named (issue 5, session 14, helper RECALL): an agentless passive of a seizure verb
whose subject is property ("47 weapons were confiscated", "two tons of cocaine were seized") is PLOVER COERCE
seize, 'Police or other authorities confiscating or seizing property' (CAMEO 1711 'Confiscate property'), coded
with no actor and the goods as what is acted on (agentless.py; what counts as goods: lexicon.confiscation over
data/seized_things.tsv, where 'a total of' and 'a number of' are measures).  Real spaCy model and actors stage;
sentences written for these tests.  The positive tests fail without the rule; the guards pin what must not change."""

from __future__ import annotations

import pytest
from coded_events import has_doerless, rows as _events


@pytest.mark.parametrize("text, goods", [
    ("A total of 47 weapons were confiscated during the operation.", "weapons"),
    ("Two tons of cocaine were seized at the port on Monday.", "cocaine"),
    ("A number of rifles were seized from the house.", "rifles"),
])
def test_goods_seized_with_no_seizer(code, text, goods):
    found, evs = has_doerless(code, text, "COERCE", goods)
    assert found, evs


@pytest.mark.parametrize("text", [
    "The building was seized.",  # no goods: whose act it was the sentence must say
    "The rebels said the town was seized on Monday.",  # a territory taken is force, not a confiscation
])
def test_no_agentless_seizure_of_places(code, text):
    assert not any(t == "COERCE" and not actors for t, _, actors, _ in _events(code, text)), _events(code, text)


def test_seizer_named_keeps_its_actor(code):
    evs = _events(code, "Police seized a total of 47 weapons in the raid.")
    assert any(t == "COERCE" and "Police" in actors for t, _, actors, _ in evs), evs
