"""A verb of annulling whose object is a restrictive measure, or a ruling on one, eases it (session 34, helper PLV).

CAMEO 081 'Ease administrative sanctions' (CAMEO2PLOVER CONCEDE); PLOVER codebook CONCEDE 'easing administrative or
legal restrictions on persons and organizations'.  ``triggers.tsv`` concede.annul_measure; the ruling's measure is read
through "on" and the compound of a noun of a ruling (``ruled_measures.py``).  Sentences written for this test.
"""

from __future__ import annotations

import pytest


def _types(events, word):
    return {e.type for e in events if e.trigger.text == word}


@pytest.mark.parametrize("text, word", [
    ("The appeals court revoked the decision on the house arrest of the opposition leader.", "revoked"),
    ("The court quashed the deportation order against the journalist.", "quashed"),
    ("The court overturned the ban on the opposition party.", "overturned"),
    ("The appeals court overturned the conviction of the opposition leader.", "overturned"),
])
def test_annulled_restriction_is_a_concession(code, text, word):
    assert _types(code(text), word) == {"CONCEDE"}


@pytest.mark.parametrize("text, word, kept", [
    ("The parliament overturned the election result.", "overturned", "REJECT"),  # no restriction annulled
    ("The government revoked the licence of the broadcaster.", "revoked", "SANCTION"),  # a permission taken away
])
def test_annulling_what_is_no_restriction_keeps_its_reading(code, text, word, kept):
    assert _types(code(text), word) == {kept}


def test_on_is_read_only_after_a_noun_of_a_ruling(nlp):
    from dateline.events.ruled_measures import ruled_measures

    doc = nlp("The minister cut the tax on imports and the decision on detention.")
    tax = next(t for t in doc if t.text == "tax")
    decision = next(t for t in doc if t.text == "decision")
    assert ruled_measures(tax) == []
    assert [t.text for t in ruled_measures(decision)] == ["detention"]
