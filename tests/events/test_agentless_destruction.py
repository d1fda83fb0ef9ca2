"""Property destroyed with no destroyer named (issue 5, session 15, helper RECALL): an agentless passive of
deliberate destruction whose subject is property ("some shops were torched", "houses were set on fire", "nearly 30
shops were looted and destroyed in the riots") is PLOVER ASSAULT destroy 'Destroy property, demolish as part of a
conflict' (ASSAULT primitive for fire), coded with no actor and the property acted on (destruction.py, called from
agentless.py; data agentless_destruction, destruction_verbs, riot_words, property_words).  Verbs a mishap or a builder
does too (destroy, demolish, burn) only when set in violence.  Real spaCy model and actors stage; sentences written
for these tests.  The positive tests fail without the rule; the guards pin what must not change."""

from __future__ import annotations

import pytest
from coded_events import has_doerless, rows as _events


@pytest.mark.parametrize("text, thing", [
    ("Some shops and vehicles belonging to both groups were torched in the riots.", "shops"),
    ("Houses were set on fire in sector 27 on Thursday night.", "Houses"),
    ("Two cars and four motorcycles were burnt in an attack on a police check post.", "cars"),
    ("Dargahs near the water tower were demolished during the riots.", "Dargahs"),
])
def test_property_destroyed_with_no_destroyer(code, text, thing):
    found, evs = has_doerless(code, text, "ASSAULT", thing)
    assert found, evs


@pytest.mark.parametrize("text", [
    "Lots of buildings, including the national palace, were destroyed in the earthquake.",  # a mishap
    "The old stadium was demolished in 2010.",  # a builder's demolition: not set in violence
    "The drug was set on fire in the presence of judges.",  # goods, not property_words
    "The myths have been demolished at a stroke, Mr. Nadir said.",  # an idea
    "Both of its offices were set ablaze and the government banned its operations.",  # a doer named beside
])
def test_no_agentless_destruction_outside_conflict(code, text):
    evs = _events(code, text)
    assert not any(t == "ASSAULT" and not actors and recips for t, _, actors, recips in evs), evs


def test_destroyer_named_keeps_its_actor(code):
    evs = _events(code, "The mob torched the shops on Friday.")
    assert any(t == "ASSAULT" and any("mob" in a for a in actors) for t, _, actors, _ in evs), evs
