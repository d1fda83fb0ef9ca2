"""The test for verbs the lexicon does not know, as one function (``extract._unknown_kept``, after ``decide``):
kept only when the type model is >= 0.5 sure and the verb joins two named parties.  tools/train_eventness.py
replaces this function to measure what lies behind the gate, so its behaviour is pinned here."""

from __future__ import annotations

import importlib

ex = importlib.import_module("dateline.events.extract")  # (the package's ``extract`` is the function)


def test_unknown_verb_kept_only_when_the_model_is_sure(decided_unknown):
    cand, doc, cands = decided_unknown("France outmanoeuvred Germany at the summit in Brussels.", "outmanoeuvred")
    assert not cand.hits and ex._unknown_verb(cand, keep_all=False)
    assert cand.actor and cand.recipient
    cand.confidence = 0.7
    assert ex._unknown_kept(cand, doc, cands)
    cand.confidence = 0.45  # below the bar: dropped whatever the participants
    assert not ex._unknown_kept(cand, doc, cands)


def test_unknown_verb_needs_a_named_recipient(decided_unknown):
    cand, doc, cands = decided_unknown("France outmanoeuvred Germany at the summit in Brussels.", "outmanoeuvred")
    cand.confidence = 0.9
    cand.recipient = []
    assert not ex._unknown_kept(cand, doc, cands)
