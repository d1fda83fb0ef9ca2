"""Place errors found on hand-judged real news (bench/judgments/actors_places_20261201.tsv)."""

from __future__ import annotations

import pytest

from dateline.places import resolve

pytestmark = pytest.mark.model


def texts(nlp, text):
    return [(p.text, p.name) for p in resolve(nlp(text))]


def test_office_title_makes_a_person_not_a_town(nlp):
    # "President Bush" is the president, not Bush in Egypt's Beni Suef governorate
    found = texts(nlp, "The job gains mean that President Bush can celebrate a net growth in jobs in the US economy.")
    assert not any(t == "Bush" for t, _ in found)
    assert ("US", "United States") in found


def test_name_inside_an_organisation_in_a_foreign_country_is_no_place(nlp):
    # Cesar is a Colombian department; "France's Cesar film awards" are French
    found = texts(nlp, "The French film has received 12 nominations for France's Cesar film awards, despite a "
                       "ruling by a Paris court.")
    assert not any(t == "Cesar" for t, _ in found)
    assert ("Paris", "Paris") in found


def test_name_inside_an_organisation_of_the_story_country_stays(nlp):
    found = dict(texts(nlp, "Officers from the Edmonton Police Service arrested two men in Calgary, Alberta."))
    assert found.get("Edmonton") == "Edmonton"


def test_pronoun_is_no_place(nlp):
    assert not texts(nlp, "Us and them: the minister spoke of a divided nation.")


def test_office_in_a_seat_of_government_is_no_place(nlp):
    assert not texts(nlp, "Voters want a Democrat in the White House.")
    assert ("White House", "White House") in texts(nlp, "The meeting was held in the White House on Monday.")


def test_toledo_is_ohio_not_belize(nlp):
    found = [p for p in resolve(nlp("Toledo police are looking for a woman after her daughter was shot in "
                                    "West Toledo.")) if p.text == "Toledo"]
    assert found and all(p.country == "USA" for p in found)
