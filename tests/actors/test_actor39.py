"""Session 39 (lead): the focus-country correction of a demonym (document.correct_adjectives) only for pairs that share
a demonym or whose demonyms writers swap (confusables.tsv): "Iranian" in a story about Iraq that names no "Iran" stays
Iran's; "Nigerian" in a story about Niger is still Niger's.  "The (US) Treasury" is a state body (agents_extra.tsv).
Sentences written for the test."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, mention, country", [
    ("Iraqi Prime Minister Mohammed Shia al-Sudani met the Iranian foreign minister in Baghdad on Sunday. The Iraqi "
     "government said the talks went well. Iraqi forces arrested five suspects in Basra.",
     "Iranian foreign minister", "IRN"),
    ("Austrian police arrested two men in Sydney, Australian officials said. The Australian government thanked them.",
     "Austrian police", "AUT"),
])
def test_distinct_demonyms_are_not_corrected_to_the_focus(mention_codes, text, mention, country):
    assert mention_codes(text)[mention][0] == country


def test_a_swapped_demonym_is_still_corrected(mention_codes):
    text = ("Niger's junta expelled the French ambassador from Niamey. The Nigerian military had worked closely with "
            "France. Niger's government said the decision was final.")
    assert mention_codes(text)["Nigerian military"][0] == "NER"


@pytest.mark.parametrize("text, mention", [
    ("The US Treasury sanctioned five Iranian officials.", "US Treasury"),
    ("The Treasury Department froze the assets of three banks.", "Treasury Department"),
])
def test_the_treasury_is_a_state_body(mention_codes, text, mention):
    assert mention_codes(text)[mention][1] == "GOV", mention_codes(text)
