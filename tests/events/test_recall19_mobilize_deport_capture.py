"""Session 19, helper RECALL (issue 5): three senses the coder missed on real news, each from the PLOVER codebook and
CAMEO rather than from one sentence.  Real spaCy model and actors stage; sentences written for these tests.  The
positive tests fail without the change; the guards pin what must not change.

* Security raised or forces posted with no doer named ("security around the embassy was reinforced"): PLOVER
  MOBILIZE police/troops (CAMEO 153/154), coded with no actor and the place it is done at (agentless._mobilized_at).
* "sent the migrants back" in the active: COERCE deport (CAMEO 174; triggers.tsv coerce.send_back).
* "captured a rebel": COERCE arrest (CAMEO 173), where "captured the town" stays ASSAULT (triggers.tsv
  coerce.capture_combatant).
"""

from __future__ import annotations

import pytest
from coded_events import has, has_doerless, rows as _events


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    """The coder as the pipeline runs it (the actors stage tells "Security" is no party), relevance layer off."""
    return lambda text: code_in_pipeline(text, layer=False)


# (the coder tells things from parties only when the actors stage found someone in the text: a party named first)
NAMED = "Peru's foreign minister Julio Linares spoke on Monday. "


@pytest.mark.parametrize("text, place", [
    # (a sentence-initial "Security" the tagger may read as a name, and a name can act: the tests put it inside)
    ("After the threats, security around the embassy was reinforced.", "embassy"),
    ("On Monday security was tightened in the capital ahead of the vote.", "capital"),
    ("After the riot, police presence was increased around the mosque.", "mosque"),
])
def test_security_raised_with_no_doer_is_mobilize(code, text, place):
    found, evs = has_doerless(code, NAMED + text, "MOBILIZE", place)
    assert found, evs


@pytest.mark.parametrize("text", [
    "After the threats, security was reinforced.",  # no place it is done at: nothing to code
    "After the threats, the rules were tightened at the airport.",  # rules are no security or force
    "Police said security was tightened in the city after the army raided the camp.",  # a doer in a clause beside it
    "After the threats, security around the embassy was reinforced by the marines.",  # the doer is named
])
def test_no_agentless_mobilize_without_security_and_place(code, text):
    evs = _events(code, NAMED + text)
    assert not any(t == "MOBILIZE" and not actors for t, _, actors, _ in evs), evs


@pytest.mark.parametrize("text, actor", [
    ("Iran sent the British journalists back to London on Friday.", "Iran"),
    ("Thailand sent 100 Uighur migrants back to China.", "Thailand"),
])
def test_people_sent_back_is_deportation(code, text, actor):
    evs = _events(code, text)
    assert any(t == "COERCE" and any(actor in a for a in actors) for t, _, actors, _ in evs), evs
    assert not any(t == "RETREAT" for t, _, _, _ in evs), evs


def test_troops_sent_back_are_no_deportation(code):
    evs = _events(code, "The government sent the troops back to their barracks.")
    assert not any(t == "COERCE" for t, _, _, _ in evs), evs


def test_a_captured_rebel_is_an_arrest_a_captured_town_an_assault(code):
    found, evs = has(code, "The army said it captured two rebels on Sunday.", "COERCE", "army")
    assert found or any(t == "COERCE" for t, _, _, _ in evs), evs
    assert not any(t == "ASSAULT" for t, _, _, _ in evs), evs
    town = _events(code, "Rebels captured the town of Kidal on Sunday.")
    assert any(t == "ASSAULT" for t, _, _, _ in town) and not any(t == "COERCE" for t, _, _, _ in town), town
