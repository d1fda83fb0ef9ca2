"""Session 34, helper STATUS: a prepositional phrase of circumstance - the place, time, occasion or cause of a
governing word - is no act that word plans, asks for, promises or alleges (events/circumstances.py).  Sentences
written for these tests."""

from __future__ import annotations

import pytest

from dateline.eval.status import system_status


def _status(nlp, text, word):
    """The status the scorer reads (eval.status.system_status): a recoding governor's ("called for *talks*":
    REQUEST, hypothetical) or the word's own."""
    [tok] = [t for t in nlp(text) if t.text == word]
    return system_status(tok)[0]


# The occasion, time or cause of a request, plan, promise or allegation happened: it is not what is asked, planned,
# promised or alleged (TimeML: no SLINK from the governor to it).
@pytest.mark.parametrize("text, word", [
    ("In a televised speech, the president urged the rebels to lay down their arms.", "speech"),
    ("On a visit to Cairo, the foreign minister called for a ceasefire.", "visit"),
    ("The police named him as a suspect in the bombing of the market.", "bombing"),
    ("During the protest, the crowd demanded the release of the prisoners.", "protest"),
    ("The opposition asked the court to annul the vote because of the violence at polling stations.", "violence"),
    ("The families asked the government to reopen the inquiry after the acquittal of the officers.", "acquittal"),
])
def test_a_phrase_of_circumstance_is_no_act_governed(nlp, text, word):
    assert _status(nlp, text, word) == "factual"


# Contrasts: a preposition by which the governing word takes its act keeps the act governed.
@pytest.mark.parametrize("text, word, status", [
    ("On a visit to Cairo, the foreign minister called for a ceasefire.", "ceasefire", "hypothetical"),
    ("The rebels called for talks with the government.", "talks", "hypothetical"),
    ("The opposition leader was accused of planning the attack.", "planning", "claimed"),
    ("The army was barred from entering the city.", "entering", "negated"),
    ("The two sides plan to take part in talks next week.", "talks", "future"),
])
def test_a_complement_stays_governed(nlp, text, word, status):
    assert _status(nlp, text, word) == status


# A preposition of place below the governing word is often the complement of a verb or noun under it: the act stays
# governed ("take part in", "engage in").
@pytest.mark.parametrize("text, word, status", [
    ("The rebels threatened to take part in the fighting.", "fighting", "future"),
    ("The opposition plans to take part in the elections.", "elections", "future"),
    ("The army plans to engage in talks with the rebels.", "talks", "future"),
])
def test_a_complement_in_below_the_governor_stays_governed(nlp, text, word, status):
    assert _status(nlp, text, word) == status
