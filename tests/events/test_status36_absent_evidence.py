"""Status, session 36 (lead): an event noun in the "of"-phrase of a noun of report or evidence denied by "no" ("there
were no reports of violence", "no sign of fighting") is negated (events/absent_evidence.py); nouns of knowledge or part
("no knowledge of the killing") and evidence nouns without "no" ("reports of violence") leave the event as it was.
Real spaCy model."""

from __future__ import annotations

import pytest

from word_status import status_at as _status_at


@pytest.mark.parametrize("text,word", [
    ("Officials said there were no immediate reports of violence in the two districts.", "violence"),
    ("By evening there was no sign of fighting near the border crossing.", "fighting"),
    ("The inspectors found no evidence of torture at the prison.", "torture"),
    ("There has been no word of a ceasefire between the militias.", "ceasefire"),
])
def test_an_event_with_no_evidence_of_it_is_negated(nlp, text, word):
    mod = _status_at(nlp, text, word)
    assert mod.status == "negated" and any(c.startswith("absent_evidence:") for c in mod.cues), mod


@pytest.mark.parametrize("text,word", [
    ("There were reports of violence in the two districts on Friday.", "violence"),
    ("The minister denied any knowledge of the killing of the journalist.", "killing"),
    ("The army said it had no role in the shelling of the village.", "shelling"),
])
def test_other_phrases_leave_the_event_as_it_was(nlp, text, word):
    mod = _status_at(nlp, text, word)
    assert not any(c.startswith("absent_evidence:") for c in mod.cues), mod
