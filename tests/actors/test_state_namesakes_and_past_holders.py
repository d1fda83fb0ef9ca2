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


# Session 44: a titled name whose sector is only its title's default takes the sector of the force it is "of"
# (document.share_force_of_titled_names); a party's general secretary is no general (agents_extra.tsv); Colombia's
# "Army of National Liberation" (organisations.tsv).

def test_a_commander_of_the_police_is_police(nlp):
    codes = _codes(nlp, "Commander John Smith of the Metropolitan Police arrested two men.")
    assert codes["Commander John Smith"][1] == "COP"


def test_a_commander_of_the_army_stays_military(nlp):
    assert _codes(nlp, "Commander John Smith of the army arrested two men.")["Commander John Smith"][1] == "MIL"


def test_a_partys_general_secretary_is_no_general(nlp):
    codes = _codes(nlp, "Samajwadi Party general secretary Amar Singh visited the victims.")
    assert all(sector != "MIL" for _, sector in codes.values())


def test_the_army_of_national_liberation_is_colombias(nlp):
    codes = _codes(nlp, "Two members of the Army of National Liberation (ELN) were killed in a clash with troops.")
    assert ("COL", "REB") in codes.values() and not any(c == "FRA" for c, _ in codes.values())


def test_a_south_asian_paper_cited_after_the_story_is_an_outlet(nlp):
    codes = _codes(nlp, "Militants killed two policemen in Peshawar on March 30, reports Daily Times.")
    assert codes.get("Daily Times") == ("PAK", "JRN")


def test_a_hindu_body_in_lower_case_copy_is_no_paper(nlp):
    codes = _codes(nlp, "ahmedabad: vishwa hindu parishad has given a 24-hour ultimatum to the state government.")
    assert all(sector != "JRN" for _, sector in codes.values())


def test_a_dawn_raid_in_lower_case_copy_names_no_paper(nlp):
    codes = _codes(nlp, "police arrested him in a dawn raid on his home in karachi on saturday.")
    assert all(sector != "JRN" for _, sector in codes.values())
