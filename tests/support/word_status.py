"""The status stage's reading of one word of a sentence: ``status_at(nlp, text, word)`` is the
``events.status.modality`` of the first token whose text is ``word`` (the status tests of sessions 35-37)."""

from __future__ import annotations

from dateline.events.status import modality


def status_at(nlp, text: str, word: str):
    doc = nlp(text)
    return modality(next(t for t in doc if t.text == word))
