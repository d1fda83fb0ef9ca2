"""Status rules of session 32 (helper STATUS): the main clause of a condition said with "would" ("said Iran would
retaliate if ...", "would sell the plant unless ...") is hypothetical, as TimeML marks both sides of an SLINK
CONDITIONAL - not the future of a reported statement; a threat or a refusal made on a condition is still made now.
Sentences written for these tests, run through the real spaCy model."""

from __future__ import annotations

import pytest

from dateline.events.status import modality


def _tok(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize("text, word", [
    # a reported "would" with an if/unless clause of its own: a conditional, not the statement's future
    ("The army said it would withdraw its troops if the rebels laid down their arms.", "withdraw"),
    ("The minister said the company would sell the factory unless the workers accepted lower wages.", "sell"),
    ("Officials said the president would visit the region if his health allowed it.", "visit"),
    # an event noun takes the condition of its support verb
    ("The envoy said his government would hold talks with the rebels if the fighting stopped.", "talks"),
    # the verb coordinated after the one with the auxiliary and the condition shares both
    ("The spokesman said the state would free the prisoners and return their land if the court agreed.", "return"),
    ("The spokesman said the state would free the prisoners and return their land if the court agreed.", "free"),
])
def test_status32_reported_conditional_is_hypothetical(nlp, text, word):
    mod = modality(_tok(nlp, text, word))
    assert mod.status == "hypothetical" and "condition:consequent" in mod.cues


@pytest.mark.parametrize("text, word, status", [
    # no condition: the reported future stays a future
    ("The minister said the government would hold talks with the rebels.", "hold", "future"),
    # a concession ("even if") leaves the reported future as it was
    ("The minister said the government would hold the vote even if the opposition boycotted it.", "hold", "future"),
    # a past verb with an "if" clause is a speech or a decision made: its condition belongs to what it reports
    ("The president told reporters that the blockade would be lifted if the port reopened.", "told", "factual"),
    ("The bank agreed last year to pay the fine if the court upheld the ruling.", "agreed", "factual"),
])
def test_status32_not_a_reported_conditional(nlp, text, word, status):
    assert modality(_tok(nlp, text, word)).status == status


def test_status32_a_conditional_refusal_is_made_now(nlp):
    # "would not release them unless ...": the refusal (REJECT) is stated now, whatever the condition
    mod = modality(_tok(nlp, "The kidnappers said they would not release the hostages unless a ransom was paid.",
                        "release"))
    assert mod.recode == "REJECT" and mod.status == "factual"


def test_status32_a_conditional_threat_is_made_now(nlp):
    # "said it would impose sanctions if ...": a threat announced on a condition is a threat made now (THREATEN, factual)
    mod = modality(_tok(nlp, "The government said it would impose sanctions on the company if it broke the rules.",
                        "impose"))
    assert mod.recode == "THREATEN" and mod.status == "factual"
