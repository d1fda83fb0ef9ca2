"""A bare shooting noun in an article whose only harm is self-inflicted (events/self_inflicted.py, session 34, helper
PREC).  Sentences written for these tests; the real spaCy model and the whole pipeline (conftest ``code_in_pipeline``)."""

from __future__ import annotations

import pytest

SELF_HARM_ARTICLES = [
    "A 15-year-old boy shot himself in the foot while cleaning a hunting rifle at his home in Ohio on Sunday. "
    "Officers said the shooting happened shortly after noon. He was taken to hospital.",
    "Police said a 30-year-old man died of a self-inflicted gunshot wound at his flat in Leeds. "
    "Officers said the shooting happened shortly after midnight.",
]

# harm done to another in the same article: the bare noun may be that violence
OTHER_HARM_ARTICLES = [
    "A man shot his neighbour and then shot himself at a farm in Ohio on Sunday. "
    "Officers said the shooting happened shortly after noon.",
    "A soldier was shot dead at a checkpoint in Kandahar. Officers said the shooting happened shortly after noon.",
]


def _bare_shooting(events):
    return [e for e in events if e.type == "ASSAULT" and e.trigger.text == "shooting" and not e.actor and not e.recipient]


@pytest.mark.parametrize("text", SELF_HARM_ARTICLES)
def test_bare_shooting_after_self_harm_is_doubted(code_in_pipeline, text):
    assert [e.confidence >= 0.5 for e in _bare_shooting(code_in_pipeline(text, layer=False))] == [True]
    coded = _bare_shooting(code_in_pipeline(text))
    assert len(coded) == 1 and coded[0].confidence < 0.5 and "relevance:mishap" in coded[0].reason


@pytest.mark.parametrize("text", OTHER_HARM_ARTICLES)
def test_bare_shooting_beside_harm_to_another_is_kept(code_in_pipeline, text):
    coded = _bare_shooting(code_in_pipeline(text))
    assert len(coded) == 1 and coded[0].confidence >= 0.5 and "relevance:mishap" not in coded[0].reason
