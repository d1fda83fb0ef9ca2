"""The "to"-infinitive of a verb of seeking is an aim, not an act done (events/sought_acts.py, session 35, helper PREC).
Sentences written for these tests; the real spaCy model and the whole pipeline (conftest ``code_in_pipeline``)."""

from __future__ import annotations

import pytest

# (sentence, trigger word): the act is only sought
SOUGHT = [
    ("The finance ministry was looking to seize the assets of the cartel.", "seize"),
    ("Prosecutors in Lima are looking to arrest the former mayor, officials said.", "arrest"),
    ("The army is looking to expel the rebels from the northern province.", "expel"),
]

# the same acts done, or "look" with no infinitive of its own: not doubted
DONE = [
    ("The finance ministry seized the assets of the cartel.", "seized"),
    ("Prosecutors in Lima arrested the former mayor, officials said.", "arrested"),
    ("Police looked into the robbery and arrested the former mayor on Tuesday.", "arrested"),
]


def _at(events, word):
    return [e for e in events if e.trigger.text == word]


@pytest.mark.parametrize("text,word", SOUGHT)
def test_an_act_sought_is_doubted(code_in_pipeline, text, word):
    assert [e.confidence >= 0.5 for e in _at(code_in_pipeline(text, layer=False), word)] == [True]
    coded = _at(code_in_pipeline(text), word)
    assert len(coded) == 1 and coded[0].confidence < 0.5 and "relevance:not_done" in coded[0].reason


@pytest.mark.parametrize("text,word", DONE)
def test_an_act_done_is_not_doubted_as_sought(code_in_pipeline, text, word):
    coded = _at(code_in_pipeline(text), word)
    assert len(coded) == 1 and coded[0].confidence >= 0.5 and "relevance:not_done" not in coded[0].reason
