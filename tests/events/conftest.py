"""Shared fixtures of the events tests: the coder as the pipeline runs it (real spaCy model, the actors
stage's mentions, the shipped type model), and the whole pipeline with the relevance layer on or off.  Modules that
test the lexicon alone define their own."""

from __future__ import annotations

import importlib

import pytest

from dateline.actors import resolve
from dateline.events import extract, relevance
from dateline.model import Article


@pytest.fixture(scope="module")
def code_with_mentions(nlp):
    def run(text):
        doc = nlp(text)
        return extract(doc, doc_id="t", mentions=resolve(doc, None).mentions)

    return run


@pytest.fixture(scope="module")
def code(code_with_mentions):
    """``code_with_mentions`` under the short name most events tests use; a module that codes another way (the
    lexicon alone, the whole pipeline) defines its own ``code``."""
    return code_with_mentions


@pytest.fixture(scope="module")
def code_in_pipeline(pipeline):
    """The events of a text through the whole pipeline; ``layer=False`` switches the relevance layer off (a test
    checks the coder alone first, so that it fails when the layer stops working)."""
    def run(text: str, layer: bool = True, date: str | None = "2024-03-17"):
        relevance.ENABLED = layer
        try:
            return pipeline.process(Article(id="t", text=text, date=date)).events
        finally:
            relevance.ENABLED = True

    return run


@pytest.fixture(scope="module")
def decided_unknown(nlp):
    """The decided candidate at ``word`` (for the tests of the unknown-verb gate, ``extract._unknown_kept``), with the
    sentence's candidates, each given its modality and arguments as ``code_sentence`` gives them."""
    from dateline.events.arguments import find_arguments
    from dateline.events.model import default_model
    from dateline.events.status import modality

    ex = importlib.import_module("dateline.events.extract")  # (the package's ``extract`` is the function)

    def at(text: str, word: str):
        doc = nlp(text)
        model = default_model()
        cands = ex.candidates(next(doc.sents), model)
        for c in cands:
            c.modality = modality(doc[c.token])
            find_arguments(c, doc, {})
        cand = next(c for c in cands if doc[c.token].text == word)
        ex.decide(cand, doc, model, {})
        return cand, doc, cands
    return at
