"""Session 22 (helper RECALL): property damaged in violence with no doer named, and a concessive or contrastive
clause whose subject is no doer of the agentless act beside it.  Real spaCy model and actors stage; sentences
written for these tests.  The positive tests fail without the rules; the guards pin what must not change.

* "damage" (triggers.tsv ``assault.damage``; not_triggers: passives of property only) is PLOVER ASSAULT destroy
  'Destroy property ... as part of a conflict' (CAMEO 171 'Seize or damage property'); with no doer named it is coded
  only as destruction.py allows - property (agentless_words ``property_words``) set in violence (``riot_words``).
* agentless._contrasted: "one man was stabbed *even as police fired* tear gas", "*although* police patrolled the
  town": English sets such a clause beside the act as a second happening, not its means or cause.
"""

from __future__ import annotations

import pytest
from coded_events import has_doerless, rows as _events


@pytest.mark.parametrize("text, thing", [
    ("A place of worship was also damaged in the frenzy.", "place"),
    ("Several shops were damaged in the riots on Friday night.", "shops"),
    ("Several houses were damaged in the shelling of the town.", "houses"),
])
def test_property_damaged_in_violence_with_no_doer(code, text, thing):
    found, evs = has_doerless(code, text, "ASSAULT", thing)
    assert found, evs


def test_property_damaged_by_a_named_doer(code):
    evs = _events(code, "Two police outposts were damaged by the insurgents during the night.")
    assert any(t == "ASSAULT" and any("insurgents" in a for a in actors) for t, _, actors, _ in evs), evs


@pytest.mark.parametrize("text", [
    "Many houses were damaged in the storm.",  # a mishap, not violence
    "Relations between the two countries were damaged by the row.",  # no property
    "The scandal damaged the minister's reputation.",  # the active verb
    "The flooding damaged roads and bridges across the province.",  # the active verb, a mishap
    "The damaged vehicles were towed away on Monday.",  # a describing adjective
])
def test_no_assault_for_damage_outside_violence(code, text):
    evs = _events(code, text)
    assert not any(t == "ASSAULT" for t, *_ in evs), evs


@pytest.mark.parametrize("text, victim", [
    ("One man was stabbed to death in the old city on Sunday even as police fired tear gas shells at a mob in "
     "another district.", "man"),
    ("Two traders were shot dead in the market although police patrolled the town.", "traders"),
])
def test_contrasted_clause_names_no_doer(code, text, victim):
    found, evs = has_doerless(code, text, "ASSAULT", victim)
    assert found, evs


def test_a_clause_of_time_still_names_the_doer(code):
    # "after police raided": the raid is how the arrests came about - no doerless arrest beside the named police
    evs = _events(code, "Two men were arrested after police raided the house.")
    assert not any(t == "COERCE" and not actors for t, _, actors, _ in evs), evs
