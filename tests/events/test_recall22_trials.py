"""Session 22 (helper RECALL): a party put on trial with no prosecutor named (agentless._tried; agentless_words
``trial_nouns``, ``trial_verbs``): "X went on trial", "X faces trial", "X is on trial", "X was put on trial" - PLOVER
codebook ACCUSE allege 'bring to trial' (CAMEO 115), coded with no actor and the one tried as recipient, as the
passive "X was charged" is.  Real spaCy model and actors stage; sentences written for these tests.  The positive
tests fail without the rule; the guards pin what must not change."""

from __future__ import annotations

import pytest
from coded_events import has_doerless, rows as _events


@pytest.mark.parametrize("text, tried", [
    ("The former interior minister went on trial in Paris on Monday.", "minister"),
    ("Three soldiers face trial over the killing of a protester.", "soldiers"),
    ("The deposed president is on trial for corruption.", "president"),
    ("The opposition leader was put on trial last year.", "leader"),
])
def test_party_on_trial_is_accused(code, text, tried):
    found, evs = has_doerless(code, text, "ACCUSE", tried)
    assert found, evs


@pytest.mark.parametrize("text", [
    "The young striker went on trial with Arsenal last summer.",  # a sportsman's tryout
    "The new vaccine went on trial in Brazil.",  # a thing tested
    "The company is running a clinical trial of the drug.",
    "Police arrested the man and he went on trial a year later.",  # a doer named beside
    "A judge will decide if there is enough evidence for the doctor to stand trial for manslaughter.",  # not yet
    "The judge ordered him to continue treatment until he stands trial for assault in April.",  # still ahead
])
def test_no_doerless_accusation_for_other_trials(code, text):
    evs = _events(code, text)
    assert not any(t == "ACCUSE" and not actors for t, _, actors, _ in evs), evs
