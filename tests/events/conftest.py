"""Shared fixture of the events tests: the coder as the pipeline runs it (real spaCy model, the actors
stage's mentions, the shipped type model).  Modules that test the lexicon alone define their own."""

from __future__ import annotations

import pytest

from dateline.actors import resolve
from dateline.events import extract


@pytest.fixture(scope="module")
def code_with_mentions(nlp):
    def run(text):
        doc = nlp(text)
        return extract(doc, doc_id="t", mentions=resolve(doc, None).mentions)

    return run
