"""Session 21, helper RECALL (issue 5): harm done to civilians with no doer named is violence.  Real spaCy model and
actors stage; sentences written for these tests.

* An agentless "killed / wounded" codes ASSAULT when set in an attack or done to soldiers, police or officials
  (session 9).  "Civilians" names the harmed as non-combatants - news uses the word for the victims of armed conflict
  and attacks, not for those of accidents or storms ("residents", "passengers"): "several civilians were killed" is
  violence too (agentless._harm_is_violence; data/agentless_words.tsv conflict_victims).  A mishap named as the setting
  still makes it none.
"""

from __future__ import annotations

import pytest
from coded_events import has_doerless, rows as _events


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return lambda text: code_in_pipeline(text, layer=False)


@pytest.mark.parametrize("text", [
    "The army reported that several civilians were killed near the border village.",
    "Three civilians were wounded on Sunday in the northern province.",
])
def test_civilians_harmed_is_assault(code, text):
    found, evs = has_doerless(code, text, "ASSAULT", "civilians")
    assert found, evs


@pytest.mark.parametrize("text", [
    "Two civilians were killed in a road accident on Sunday.",
    "Three residents were killed near the border village.",  # (not named as non-combatants: as before)
])
def test_civilians_in_a_mishap_is_no_event(code, text):
    evs = _events(code, text)
    assert not any(t == "ASSAULT" for t, _, _, _ in evs), evs
