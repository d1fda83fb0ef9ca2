"""Session 38 (lead): "intelligence" shared, gathered or passed on is information, no spy agency (agent_contexts.tsv,
context information); the agencies stay actors where they act.  One Maoist or Naxalite is a member of India's CPI
(Maoist) as the plural is (igos.tsv aliases).  Sentences written for the test."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, word", [
    ("Mexico and the United States exchanged intelligence on the cartel's movements.", "intelligence"),
    ("Japan and South Korea signed an agreement to share military intelligence.", "military intelligence"),
    ("The informant passed intelligence to the police for years.", "intelligence"),
])
def test_intelligence_shared_is_no_actor(mention_codes, text, word):
    assert not any(word in m for m in mention_codes(text)), mention_codes(text)


@pytest.mark.parametrize("text, mention, sector", [
    ("Pakistani intelligence arrested the journalist on Monday.", "Pakistani intelligence", "SPY"),
    ("Syrian military intelligence detained the activist in Damascus.", "Syrian military intelligence", "MIL"),
])
def test_intelligence_agencies_acting_stay_actors(mention_codes, text, mention, sector):
    assert mention_codes(text)[mention][1] == sector


@pytest.mark.parametrize("text, mention", [
    ("A hardcore Maoist surrendered before the police in the district on Monday.", "Maoist"),
    ("Police arrested a Naxalite in Gaya on Friday.", "Naxalite"),
])
def test_one_maoist_is_the_rebel_group(mention_codes, text, mention):
    assert mention_codes(text)[mention] == ("IND", "REB"), mention_codes(text)
