"""The test for verbs the lexicon does not know, as one function (``extract._unknown_kept``, after ``decide``):
kept only when the type model is >= 0.5 sure and the verb joins two named parties.  tools/train_eventness.py
replaces this function to measure what lies behind the gate, so its behaviour is pinned here."""

from __future__ import annotations

import importlib

import pytest

from dateline.events.arguments import find_arguments
from dateline.events.model import default_model
from dateline.events.status import modality

ex = importlib.import_module("dateline.events.extract")  # (the package's ``extract`` is the function)


@pytest.fixture(scope="module")
def unknown(nlp):
    """The candidate at "outmanoeuvred", a verb the lexicon does not know, between two named parties."""
    def at(text: str, word: str):
        doc = nlp(text)
        model = default_model()
        cands = ex.candidates(next(doc.sents), model)
        cand = next(c for c in cands if doc[c.token].text == word)
        cand.modality = modality(doc[cand.token])
        find_arguments(cand, doc, {})
        ex.decide(cand, doc, model, {})
        return cand, doc, cands
    return at


def test_unknown_verb_kept_only_when_the_model_is_sure(unknown):
    cand, doc, cands = unknown("France outmanoeuvred Germany at the summit in Brussels.", "outmanoeuvred")
    assert not cand.hits and ex._unknown_verb(cand, keep_all=False)
    assert cand.actor and cand.recipient
    cand.confidence = 0.7
    assert ex._unknown_kept(cand, doc, cands)
    cand.confidence = 0.45  # below the bar: dropped whatever the participants
    assert not ex._unknown_kept(cand, doc, cands)


def test_unknown_verb_needs_a_named_recipient(unknown):
    cand, doc, cands = unknown("France outmanoeuvred Germany at the summit in Brussels.", "outmanoeuvred")
    cand.confidence = 0.9
    cand.recipient = []
    assert not ex._unknown_kept(cand, doc, cands)
