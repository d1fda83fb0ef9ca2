"""Session 43 (lead): a country's name that is also a region of another country is that region after a town of it
("Augusta, Georgia": actors.state_namesakes); a title and the surname of a past office-holder recalled in a later
article code the state he served ("President Nixon visited China in 1972": compose._person).  Real spaCy model."""

from __future__ import annotations

import pytest

from dateline.actors import resolve

ARTICLE_DATE = "2024-03-17"


def _codes(nlp, text: str, date: str | None = ARTICLE_DATE) -> dict[str, tuple]:
    return {m.text: (m.actor.country, m.actor.sector) for m in resolve(nlp(text), date).mentions}


@pytest.mark.parametrize("text, actor", [
    ("Sheriff deputies in Augusta, Georgia arrested a man.", "Sheriff deputies"),
    ("Police in Atlanta, Georgia, arrested two men.", "Police"),
])
def test_georgia_after_a_town_of_the_us_state_is_the_state(nlp, text, actor):
    codes = _codes(nlp, text)
    assert codes[actor][0] == "USA" and "GEO" not in {c for c, _ in codes.values()}


@pytest.mark.parametrize("text, actor", [
    ("Georgia police arrested two men in Tbilisi.", "Georgia police"),
    ("Police in Batumi, Georgia arrested two men.", "Police"),
])
def test_georgia_alone_or_after_a_georgian_town_is_the_country(nlp, text, actor):
    assert _codes(nlp, text)[actor][0] == "GEO"


@pytest.mark.parametrize("text, actor, country", [
    ("President Nixon visited China in 1972.", "President Nixon", "USA"),
    ("Prime Minister Thatcher visited Moscow in 1987.", "Prime Minister Thatcher", "GBR"),
])
def test_a_past_office_holder_by_title_codes_the_state_he_served(nlp, text, actor, country):
    assert _codes(nlp, text)[actor][0] == country


@pytest.mark.parametrize("text", [
    "The Secretary-General condemned the attack.",
    "The party secretary general resigned.",
    "The secretary general of the Arab League arrived in Cairo.",
])
def test_a_secretary_general_is_no_military_officer(nlp, text):
    assert all(sector != "MIL" for _, sector in _codes(nlp, text).values())


def test_the_general_alone_stays_an_officer(nlp):
    assert _codes(nlp, "The general was arrested on charges of plotting a coup.")["general"][1] == "MIL"


def test_a_common_surname_alone_is_no_politician(nlp):
    codes = _codes(nlp, "A sheriff's deputy fatally shot a teenage boy. Police are withholding the name of the deputy "
                        "who shot Johnson.", "2017-06-01")
    assert codes.get("Johnson", (None, None)) == (None, None)


def test_a_common_surname_after_the_full_name_is_that_politician(nlp):
    assert _codes(nlp, "Boris Johnson met Macron. Johnson said the talks were good.", "2017-06-01")["Johnson"][0] == "GBR"
