"""Session 47 (lead, a probe of unjudged news): a name right after the noun of a music group names the group, whatever
its words mean elsewhere - "rock band Queen" is no monarch, "the band The Police" no police force - and the band and its
members are no party (actors/work_titles.is_band_name, data/band_nouns.tsv).  Real spaCy model; sentences written for
the test."""

from __future__ import annotations

import pytest

from dateline.actors import resolve


@pytest.mark.parametrize("text", [
    "The remaining members of rock band Queen are to go on tour next year.",
    "Rock band Queen will tour Europe in the spring.",
    "The band The Police reunited for a world tour.",
])
def test_a_bands_name_is_no_party(nlp, text):
    mentions = resolve(nlp(text), None).mentions
    assert not mentions, [(m.text, m.actor.sector) for m in mentions]


@pytest.mark.parametrize("text, word, sector", [
    ("The Queen opened parliament on Tuesday.", "Queen", "GOV"),
    ("The police band played as President Obama arrived.", "President Obama", "GOV"),
])
def test_the_same_words_outside_a_bands_name_stay_parties(nlp, text, word, sector):
    mentions = resolve(nlp(text), None).mentions
    assert any(m.text == word and m.actor.sector == sector for m in mentions), [(m.text, m.actor.sector) for m in mentions]
