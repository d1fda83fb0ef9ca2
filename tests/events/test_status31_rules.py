"""Status rules of session 31 (helper STATUS): a conditional perfect ("would have chosen") is counterfactual however
it is reported; an active doer that is no one or nothing ("no country has recognised ...") denies the act.
Sentences written for these tests, run through the real spaCy model."""

from __future__ import annotations

import pytest

from dateline.events.status import modality


def _tok(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize("text, word, status", [
    # a conditional perfect is a past that did not come about, not the future of a reported statement
    ("The minister said he would have chosen a different envoy.", "chosen", "hypothetical"),
    ("The spokesman said the army would have attacked the town without the truce.", "attacked", "hypothetical"),
    ("The envoy said his government would have held talks with the rebels.", "talks", "hypothetical"),
    # an active doer that is no one or nothing, on a verb the lexicon codes as an act
    ("No country has recognised the new government.", "recognised", "negated"),
    ("No one attacked the convoy on Sunday.", "attacked", "negated"),
    ("None of the rebels attacked the convoy.", "attacked", "negated"),
])
def test_status31_status(nlp, text, word, status):
    assert modality(_tok(nlp, text, word)).status == status


@pytest.mark.parametrize("text, word, status", [
    ("The minister said the government would hold talks with the rebels.", "hold", "future"),  # reported future
    ("No fewer than ten soldiers attacked the base.", "attacked", "factual"),  # "no" on "fewer", not on the doer
    ("Nobody knows the answer.", "knows", "factual"),  # a verb the lexicon does not code: an absence, no act denied
])
def test_status31_left_as_they_were(nlp, text, word, status):
    assert modality(_tok(nlp, text, word)).status == status


def test_status31_no_refusal_from_a_doer_no(nlp):
    # "no country has recognised": the recognition is negated, but no announced refusal (REJECT) is read from it
    mod = modality(_tok(nlp, "No country has recognised the new government.", "recognised"))
    assert mod.recode is None and "nsubj:no" in mod.cues


def test_status31_no_threat_from_a_conditional_perfect(nlp):
    # "said the army would have attacked": a counterfactual attack is no threat announced
    mod = modality(_tok(nlp, "The spokesman said the army would have attacked the town without the truce.", "attacked"))
    assert mod.recode is None
