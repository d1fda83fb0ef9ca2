"""Taking part in a harm, said of a party (events/reported.py ``reported_blame`` with ``_involvement``; data/modality.tsv
where ``blame``: "complicit", "involved", "implicated"): "X said Y was involved in the killing" is ACCUSE allege from the
speaker to Y (CAMEO 112 'Accuse'; PLOVER codebook ACCUSE allege), beside the harm itself.  Only when what Y took part in
is force or coercion (a noun the trigger lexicon types ASSAULT or COERCE).  Real spaCy model and actors stage;
sentences written for these tests, none copied from an evaluation article.  The positive tests fail without the rule."""

from __future__ import annotations

import pytest
from coded_events import in_dyad, rows as _events


@pytest.mark.parametrize("text, actor, recipient", [
    ("The opposition said the president was involved in the killing of the journalist.", "opposition", "president"),
    ("Iran said Saudi Arabia was implicated in the bombing.", "Iran", "Saudi Arabia"),
    ("The minister said the army was complicit in the massacre.", "minister", "army"),
])
def test_taking_part_in_a_harm_said_of_a_party_is_an_accusation(code, text, actor, recipient):
    evs = _events(code, text)
    assert in_dyad(evs, "ACCUSE", actor, recipient, ("said",)), evs


@pytest.mark.parametrize("text", [
    "The opposition said the president was involved in the peace talks.",  # no harm taken part in
    "The opposition said the president was not involved in the killing.",  # negated
    "The opposition said the president may have been involved in the killing.",  # doubted
])
def test_no_accusation_without_a_harm_taken_part_in(code, text):
    evs = _events(code, text)
    assert not any(t == "ACCUSE" and trig == "said" for t, trig, *_ in evs), evs
