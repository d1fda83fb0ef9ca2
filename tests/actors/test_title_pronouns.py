"""A subject "he"/"she" after a person named only by a title ("the prime minister ... he said")
takes that mention's country and sector when no named person comes between (session 9, helper Z)."""

from __future__ import annotations

import pytest

from dateline.actors import resolve

pytestmark = pytest.mark.model


def _pronoun(nlp, text, word):
    ms = resolve(nlp(text), "2020-01-01").mentions
    return next((m for m in ms if m.text == word), None)


def test_he_after_the_prime_minister(nlp):
    m = _pronoun(nlp, "The French prime minister said the plan was sound. He added that talks would go on.", "He")
    assert m is not None and (m.actor.country, m.actor.sector) == ("FRA", "GOV")
    assert "pronoun" in m.flags


def test_she_after_the_interior_minister(nlp):
    m = _pronoun(nlp, "Pakistan's interior minister visited the border on Monday. She said troops would stay.",
                 "She")
    assert m is not None and m.actor.country == "PAK"


def test_a_named_person_between_wins(nlp):
    m = _pronoun(nlp, "The French prime minister said the plan was sound. Angela Merkel disagreed. "
                      "She said talks would fail.", "She")
    assert m is None or m.actor.country != "FRA"


def test_no_title_no_antecedent(nlp):
    # an institution is no "he"
    assert _pronoun(nlp, "The French government said the plan was sound. He added nothing.", "He") is None


def test_a_title_that_is_not_a_subject_is_skipped(nlp):
    # "a meeting chaired by the prime minister": the "he" after it is the sentence's own subject
    assert _pronoun(nlp, "The priest promised a meeting chaired by the French prime minister, and he would "
                         "attend it.", "he") is None
