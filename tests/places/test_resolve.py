"""Toponym resolution on real-style news sentences, with the real spaCy model.

Gold GeoNames ids are in the comments.
"""

from __future__ import annotations

import pytest

from dateline.model import Actor, Mention
from dateline.places import resolve

pytestmark = pytest.mark.model


def places(nlp, text, **kw):
    return {p.text: p for p in resolve(nlp(text), **kw)}


def test_founding_example_niamey_and_niger(nlp, sample_path):
    text = sample_path.read_text(encoding="utf-8")
    found = resolve(nlp(text))
    niamey = [p for p in found if p.text == "Niamey"]
    assert niamey and niamey[0].geonameid == 2440485  # Niamey, Niger
    assert niamey[0].country == "NER" and niamey[0].kind == "city"
    niger = [p for p in found if p.text == "Niger"]
    assert niger and all(p.geonameid == 2440476 and p.kind == "country" for p in niger)  # Niger (country)
    for name, iso3 in [("Mali", "MLI"), ("Burkina Faso", "BFA"), ("Russia", "RUS"), ("France", "FRA")]:
        assert any(p.text == name and p.country == iso3 and p.kind == "country" for p in found), name


def test_metonym_mentions_are_not_places(nlp):
    text = "Washington said it was aware of the statement, and Moscow welcomed it."
    doc = nlp(text)
    mentions = [Mention(0, 10, "Washington", Actor("United States government", "USA", "GOV"),
                        flags=("metonym:capital",))]
    found = {p.text for p in resolve(doc, mentions=mentions)}
    assert "Washington" not in found


def test_qualifier_picks_the_small_namesake(nlp):
    found = places(nlp, "She grew up in Paris, Texas, and later moved to Springfield, Ill., to teach.")
    assert found["Paris"].geonameid == 4717560  # Paris, Texas
    assert found["Springfield"].geonameid == 4250542  # Springfield, Illinois
    assert found["Ill."].name == "Illinois"


def test_country_at_the_end_of_a_comma_chain_qualifies_the_town(nlp):
    # The county between them has no British reading in the gazetteer; the country still places
    # the town, which must not follow the county to Massachusetts.
    found = places(nlp, "Police in Reading, Berkshire, UK, arrested a man after a stabbing in the town centre.")
    assert found["Reading"].country == "GBR" and found["Reading"].admin1 == "England"
    assert places(nlp, "A man from Reading, Pennsylvania, was arrested.")["Reading"].country == "USA"


def test_country_beats_towns_named_after_it(nlp):
    found = places(nlp, "Foreign ministers met in Jordan on Tuesday to discuss aid for refugees.")
    assert found["Jordan"].geonameid == 248816 and found["Jordan"].kind == "country"  # Jordan


def test_document_context_georgia_state_or_country(nlp):
    us = places(nlp, "The storm hit Atlanta before moving across Georgia into South Carolina.")
    assert us["Georgia"].geonameid == 4197000  # Georgia, US state
    caucasus = places(nlp, "Russian troops advanced from South Ossetia toward Tbilisi, the capital of Georgia.")
    assert caucasus["Georgia"].geonameid == 614540  # Georgia, the country


def test_local_news_resolves_near_its_other_places(nlp):
    text = ("Alexandria police arrested a man on Tuesday after a fire near Pineville. "
            "The Rapides Parish sheriff said the fire destroyed two homes in Alexandria.")
    found = resolve(nlp(text))
    alexandria = [p for p in found if p.text == "Alexandria"]
    assert alexandria and all(p.geonameid == 4314550 for p in alexandria)  # Alexandria, Louisiana


def test_focus_country_from_actors_breaks_ties(nlp):
    # Without context "Niger" the country is the reading; the Nigerian state needs the qualifier.
    found = places(nlp, "Gunmen attacked a village in Niger State, Nigeria, on Sunday.")
    assert found["Nigeria"].geonameid == 2328926


def test_demonyms_are_adjectival_country_references(nlp):
    found = places(nlp, "A Turkish court jailed two Russian journalists.")
    assert found["Turkish"].country == "TUR" and found["Turkish"].reason.startswith("adjectival")
    assert found["Russian"].geonameid == 2017370


def test_the_documents_country_outweighs_population(nlp):
    found = places(nlp, "Hundreds marched through London on Saturday, urging Canada to accept more refugees.")
    assert found["London"].geonameid == 6058560  # London, Ontario


def test_focus_country_does_not_override_the_documents_places(nlp):
    # TR-News: a story about London and Paris whose actors are mostly American
    text = "Police in London and Paris questioned two men on Monday, officials in both cities said."
    found = {p.text: p for p in resolve(nlp(text), focus_country="USA")}
    assert found["London"].country == "GBR" and found["Paris"].country == "FRA"
    alone = places(nlp, "Police in Hamilton questioned two men.", focus_country="NZL")
    assert alone["Hamilton"].country == "NZL"  # nothing else in the text: the focus breaks the tie
