"""The readings ruled out for a word (lexicon.force_ruled_out) are read off the sentence look-up that
find_triggers made, not worked out again; both ways give the same answer.  Real spaCy model."""

from __future__ import annotations

from dateline.events import lexicon
from dateline.events.lexicon import find_triggers, force_ruled_out


def test_looked_up_and_worked_out_readings_agree(nlp):
    doc = nlp("Two senior figures attacked the impeachment inquiry, and customs seized two tons of cocaine.")
    words = [t for t in doc if t.text in ("attacked", "seized", "inquiry")]
    worked_out = [force_ruled_out(t) for t in words]  # (this doc is not the last sentence looked up)
    assert lexicon._LAST_SENTENCE[0] is not doc
    find_triggers(doc[:])
    assert lexicon._LAST_SENTENCE[0] is doc
    assert [force_ruled_out(t) for t in words] == worked_out
    assert worked_out == [frozenset({"ASSAULT"}), frozenset(), frozenset({"ASSAULT"})]
