"""Session 58, probes of unjudged news: a word in "-s" is not read as its stem plus "e" ("she *raps*" is no "rape":
a base in "e" keeps it before "s"), while an "-ed" form still is ("raped", which the small model lemmatises "rap");
and a simple present of requiring laid on a bare plural is a rule in force ("Parliament *requires television owners*
to pay a licence fee"), not a demand made that day - of a named party it still is one."""

from __future__ import annotations

import pytest

from coded_events import at_trigger, halved_by_layer, not_doubted
from dateline.events.lexicon import base_forms


def _token(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


def test_a_word_in_s_is_not_its_stem_plus_e(nlp):
    assert "rape" not in base_forms(_token(nlp, "In the video she raps about her childhood.", "raps"))


def test_a_word_in_ed_still_gets_its_stem_plus_e(nlp):
    assert "rape" in base_forms(_token(nlp, "Soldiers raped women in the village.", "raped"))


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text", [
    "The BBC is paid for by a licence fee. Parliament requires television owners to pay a licence fee every year.",
    "The rules date from 2001. The government requires companies to report every accident at work.",
])
def test_a_requirement_laid_on_a_class_of_people_is_a_rule_in_force(code, text):
    halved_by_layer(code, text, "requires", "relevance:generic_present")


def test_a_requirement_laid_on_a_named_party_is_a_demand(code):
    not_doubted(code, "The talks went on. The Security Council requires Iran to halt enrichment.", "requires",
                "relevance:generic_present")
