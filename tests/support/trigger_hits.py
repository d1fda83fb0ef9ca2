"""The trigger-lexicon entries that match at a word of a parsed sentence: what the lexicon and word-sense tests
assert on (``find_triggers`` over the whole sentence, so cancels and sense rules apply as in ``extract``)."""

from __future__ import annotations

from dateline.events.lexicon import find_triggers


def entry_ids_at(doc, word: str) -> list[str]:
    """The ids of the lexicon entries matched at the first token of ``doc`` whose text is ``word``."""
    hits = find_triggers(doc[:])
    tok = next(t for t in doc if t.text == word)
    return [h.entry.id for h in hits.get(tok.i, [])]
