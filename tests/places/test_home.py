"""A local story's own town, placed by the country the text was written in (places/home.py)."""

from __future__ import annotations

import pytest

from dateline.places import resolve
from dateline.places.home import home_country

pytestmark = pytest.mark.model


def places(nlp, text):
    return {p.text: p for p in resolve(nlp(text))}


def test_home_country_from_spelling_currency_and_clock():
    assert home_country("The neighbor said the center would cost $765,000 and open at 7 p.m.") == "USA"
    assert home_country("The neighbour said the centre would cost £2m, a rise of 5 per cent.") == "GBR"
    assert home_country("The council met on Tuesday.") is None
    assert home_country("The colour of the theater") is None  # one cue each: says nothing


def test_town_of_an_american_story_is_the_american_namesake(nlp):
    # Paris, France (2.1 million, a capital) would win on population alone.
    found = places(nlp, "Paris firefighters made quick work of a kitchen fire at 3125 Clarksville St. "
                        "shortly after 10 p.m. Tuesday.")
    assert found["Paris"].country == "USA" and "home_country" in found["Paris"].reason
    found = places(nlp, "Berea police are searching for a suspect in a March 21 robbery. "
                        "The man wore a gray hooded sweatshirt and fled at 9 p.m.")
    assert found["Berea"].country == "USA"  # not Lesotho's Berea district


def test_town_of_a_british_story_is_the_british_namesake(nlp):
    found = places(nlp, "Lancaster police have appealed for witnesses. A neighbour said the colour "
                        "of the car was grey.")
    assert found["Lancaster"].country == "GBR"  # not Lancaster, California


def test_other_toponyms_still_decide(nlp):
    # A place named beside its country is that country's, whatever the spelling says.
    found = places(nlp, "Paris police said the man was arrested at 10 p.m. near the river in France.")
    assert found["Paris"].country == "FRA"
    # Not used as the story's town (no local noun, no dateline): population decides.
    found = places(nlp, "She studied painting in Paris for two years before the center opened at 9 a.m.")
    assert found["Paris"].country == "FRA"


def test_compass_abbreviation_is_no_place(nlp):
    found = places(nlp, "Fire damages S.E. Paris apartment. Paris firefighters responded at 10 p.m.")
    assert "S.E." not in found  # was Macau's parish Sé
    assert found["Paris"].country == "USA"
