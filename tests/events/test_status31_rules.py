"""Status rules of session 31 (helper STATUS): a conditional perfect ("would have chosen") is counterfactual however
it is reported; an active doer that is no one or nothing ("no country has recognised ...") denies the act; the act a
verb of ordering or permitting takes as its clause is not done, and an order to a named party is a demand.
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
    # the act ordered or allowed (its own clause) is not reported done
    ("The general ordered his troops to withdraw from the town.", "withdraw", "hypothetical"),
    ("Embassies were ordered to tighten security.", "tighten", "hypothetical"),
    ("The general ordered his troops to begin withdrawing from the town.", "withdrawing", "hypothetical"),
    ("The police allowed the protesters to march to the square.", "march", "hypothetical"),
    ("The new law will enable the army to shoot down drug flights.", "shoot", "hypothetical"),
    ("The court did not allow the journalists to attend the trial.", "attend", "negated"),
])
def test_status31_status(nlp, text, word, status):
    assert modality(_tok(nlp, text, word)).status == status


@pytest.mark.parametrize("text, word, status", [
    ("The minister said the government would hold talks with the rebels.", "hold", "future"),  # reported future
    ("No fewer than ten soldiers attacked the base.", "attacked", "factual"),  # "no" on "fewer", not on the doer
    ("Nobody knows the answer.", "knows", "factual"),  # a verb the lexicon does not code: an absence, no act denied
    ("The president ordered the strikes on Friday.", "strikes", "factual"),  # an object ordered: what was done
    ("The board authorized the purchase of new shares.", "purchase", "factual"),
    ("The rebels were forced to withdraw from the town.", "withdraw", "factual"),  # forcing reports the act done
    ("Reporters were allowed inside for the first time since the explosion.", "explosion", "factual"),  # not its clause
    ("Low rates have allowed companies to continue investing in new plants.", "investing", "factual"),
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


def test_status31_an_order_to_a_named_party_is_a_demand(nlp):
    mod = modality(_tok(nlp, "The court ordered Israel to release the prisoners.", "release"))
    assert mod.recode == "REQUEST" and "control:order" in mod.cues
