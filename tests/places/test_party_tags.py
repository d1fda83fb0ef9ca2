"""A legislator's party tag names a home town ("Marty Seifert, R-Marshall"): detect.PARTY_HOMETOWN."""

from __future__ import annotations

import pytest

from dateline.places import resolve

pytestmark = pytest.mark.model


def places(nlp, text):
    return {p.text: p for p in resolve(nlp(text))}


def test_party_tag_closed_by_a_dash(nlp):
    found = places(nlp, "House Minority Leader Marty Seifert, R-Marshall \u2014 joined by House Majority Leader "
                        "Tony Sertich, DFL-Chisholm \u2014 brought a motion to the floor.")
    assert found["Marshall"].country == "USA" and found["Chisholm"].country == "USA"
    # the same dash decoded with the wrong charset, as scraped pages often have it
    found = places(nlp, "Marty Seifert, R-Marshall \u00e2\u20ac\u201d joined by Tony Sertich.")
    assert found["Marshall"].country == "USA"


def test_d_day_is_no_party_tag(nlp):
    found = places(nlp, "He landed on D-Day, the 6th of June, in Normandy.")
    assert "Day" not in found
    assert found["Normandy"].country == "FRA"  # a town "Day" in South Dakota pulled it to Missouri


def test_party_tags_after_comma_parenthesis_and_both(nlp):
    found = places(nlp, "Sen. Jay Rockefeller and Robert Byrd, both D-W. Va., each called. "
                        "Speaker Nancy Pelosi (D-Calif.) spoke.")
    assert found["W. Va."].country == "USA" and found["Calif."].country == "USA"
