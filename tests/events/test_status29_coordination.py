"""Status shared by coordinated verbs and negation said around the verb (session 29, helper STATUS):
"would not elaborate or *comment*", "will meet and *sign*", "promised to withdraw and *release*", "neither approves
nor *disapproves*", "*no longer* makes".  Sentences written for these tests, run through the real spaCy model."""

from __future__ import annotations

import pytest

from dateline.events.status import modality, shared_conjunct


def _tok(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize("text, word, status", [
    ("The spokesman would not confirm or comment on the arrests.", "comment", "negated"),
    ("The army did not attack or shell the village.", "shell", "negated"),
    ("The two leaders will meet on Monday and sign the accord.", "sign", "future"),
    ("The delegates will gather, debate and vote on the plan.", "vote", "future"),
    ("The court neither approves nor disapproves the decision.", "approves", "negated"),
    ("The court neither approves nor disapproves the decision.", "disapproves", "negated"),
    ("Such bombings no longer make the national news.", "make", "negated"),
])
def test_shared_negation_and_future(nlp, text, word, status):
    assert modality(_tok(nlp, text, word)).status == status


@pytest.mark.parametrize("text, word", [
    ("The rebels did not flee but stayed in the town.", "stayed"),  # "but" contrasts
    ("The army shelled the town and killed ten people.", "killed"),  # nothing to share
    ("The talks did not collapse, and the envoys signed a truce.", "signed"),  # its own subject
])
def test_no_sharing_where_english_does_not_share(nlp, text, word):
    assert modality(_tok(nlp, text, word)).status == "factual"


def test_governor_shared_by_a_coordinated_verb(nlp):
    # the release is promised as the withdrawal is: a promise (AGREE recode), not a release that happened
    tok = _tok(nlp, "Iraq promised to withdraw its troops and release the prisoners.", "release")
    assert shared_conjunct(tok).text == "withdraw"
    assert modality(tok).recode == "AGREE"


def test_refused_cooperation_shared(nlp):
    # "did not meet or call the envoy": the call refused as the meeting is (REJECT, as "did not call the envoy")
    assert modality(_tok(nlp, "The minister did not meet or call the envoy.", "call")).recode == "REJECT"


def test_inability_shared_is_no_refusal(nlp):
    # "could not meet or talk": an inability, negated, not a rejection of talks
    mod = modality(_tok(nlp, "The two envoys could not meet or talk last week.", "talk"))
    assert mod.status == "negated" and mod.recode is None
