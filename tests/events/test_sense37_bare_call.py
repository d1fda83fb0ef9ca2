"""Senses, session 37 (lead): the noun "call" with nothing asked is a telephone call, no demand (relevance:bare_call,
data/layer_doubts.tsv, sense_doubts._call_content); a call for something, on a party, to do something or named by the
act called for stays a REQUEST.  And a phrase match whose last word opens a time of another word is no phrase ("a shots
fired *call on* Tuesday": lexicon._time_neighbour).  Sentences written for the test, through the whole pipeline."""

from __future__ import annotations

import pytest

from coded_events import at_trigger, not_doubted as _not_doubted

from dateline.events.lexicon import _time_neighbour, lexicon


def test_a_call_that_asks_nothing_is_doubted(code_in_pipeline):
    text = "Houston police made the discovery after receiving a call from a Houston family about a missing woman."
    event = at_trigger(code_in_pipeline(text), "call")
    assert event is not None and "relevance:bare_call" in event.reason, event


def test_a_call_cut_from_its_time_is_no_demand(code_in_pipeline):
    text = "Deputies responded to a shots fired call on Tuesday at the block of Sierra Drive, police said."
    assert not [e for e in code_in_pipeline(text) if e.type == "REQUEST"]


@pytest.mark.parametrize("text, trigger", [
    ("The UN repeated its call on both sides to stop the fighting in Gaza.", "call on"),
    ("Labour urged the Lib Dems to support Miliband's call last week for a mansion tax.", "call"),
    ("The strike call given by the VHP shut the markets of Ahmedabad.", "call"),
])
def test_a_call_that_asks_something_is_not_doubted(code_in_pipeline, text, trigger):
    _not_doubted(code_in_pipeline, text, trigger, "relevance:bare_call")


def _phrase_spans(nlp, text, words):
    doc = nlp(text)
    by_lemma, _ = lexicon().matchers(doc.vocab)
    return [doc[s:e] for _, s, e in by_lemma(doc) if doc[s:e].text == words]


def test_a_phrase_cut_by_a_time_is_no_phrase(nlp):
    cut = _phrase_spans(nlp, "Deputies responded to a shots fired call on Tuesday at the block of Sierra Drive.",
                        "call on")
    assert cut and all(_time_neighbour(s) for s in cut)
    whole = _phrase_spans(nlp, "The council called on the army to withdraw from the city.", "called on")
    assert whole and not any(_time_neighbour(s) for s in whole)
