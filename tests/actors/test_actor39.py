"""Session 39 (lead): the focus-country correction of a demonym (document.correct_adjectives) only for pairs that share
a demonym or whose demonyms writers swap (confusables.tsv): "Iranian" in a story about Iraq that names no "Iran" stays
Iran's; "Nigerian" in a story about Niger is still Niger's.  "The (US) Treasury" is a state body (agents_extra.tsv).  "The army's killing of protesters" names two parties,
not one (compose._possessor_and_object_of_a_noun).
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


@pytest.mark.parametrize("text, doer, done_to", [
    ("The army's killing of protesters sparked outrage.", "army", "protesters"),
    ("The police's arrest of journalists drew criticism.", "police", "journalists"),
])
def test_the_possessor_and_the_of_object_of_a_noun_are_two_parties(mention_codes, text, doer, done_to):
    codes = mention_codes(text)
    assert doer in codes and done_to in codes, codes


def test_a_title_with_of_after_a_possessor_stays_one_name(mention_codes):
    assert mention_codes("Nigeria's Minister of Defence spoke.")["Nigeria's Minister of Defence"] == ("NGA", "GOV")
