"""Copy lower-cased by its source (India Police Events' Times of India text): the knowledge base's
names match whatever their case there, except words that are common English words in lower case;
mixed-case text keeps the normal case check (session 9, helper Z)."""

from __future__ import annotations

import pytest

from dateline.actors import resolve
from dateline.actors.match import lowercase_sentences

pytestmark = pytest.mark.model

LOWER = ("This story is from March 10, 2002\n\n"
         "new delhi: the government has told pakistan that talks will resume only after the attacks stop. "
         "officials said the european union and nato had been briefed on the matter. "
         "the minister also met us officials and said turkey was not consulted. "
         "who decided this is not known, the ministry said on saturday.")


def _by_text(nlp, text):
    return {m.text: m for m in resolve(nlp(text), "2002-03-10").mentions}


def test_lower_case_document_is_detected(nlp):
    doc = nlp(LOWER)
    flags = lowercase_sentences(doc)
    assert flags[[t.i for t in doc if t.text == "pakistan"][0]]
    assert not flags[0]  # the mixed-case header line is not lower-case copy


def test_names_found_in_lower_case_copy(nlp):
    ms = _by_text(nlp, LOWER)
    assert ms["pakistan"].actor.country == "PAK"
    assert ms["nato"].actor.country == "IGO"
    assert any(m.actor.country == "EUR" for m in ms.values())  # "the european union"


def test_common_words_are_no_names_in_lower_case_copy(nlp):
    ms = _by_text(nlp, LOWER)
    assert "turkey" not in ms and "us" not in ms and "who" not in ms


def test_mixed_case_text_keeps_the_case_check(nlp):
    ms = _by_text(nlp, "The government has told Pakistan that talks with india will resume only after the "
                       "attacks stop. Officials said nato had been briefed on the matter.")
    assert ms["Pakistan"].actor.country == "PAK"
    assert "india" not in ms and "nato" not in ms


def test_unknown_lower_case_acronym_subject_is_a_name(nlp):
    # "the vhp expressed its anger": a short unknown word without a vowel, as a subject, is an organisation
    text = LOWER + " the vhp also expressed its anger with the steps taken by the government in ayodhya."
    ms = _by_text(nlp, text)
    assert "vhp" in ms
    assert "anger" not in ms and "steps" not in ms


def test_an_english_word_subject_is_no_name(nlp):
    ms = _by_text(nlp, LOWER + " the committees will meet soon after the budget for the year is presented.")
    assert "committees" not in ms


def test_common_word_names_are_public_for_case_restoration():
    from dateline.actors import common_word_names

    assert {"turkey", "us"} <= common_word_names()
    assert "niger" not in common_word_names()
