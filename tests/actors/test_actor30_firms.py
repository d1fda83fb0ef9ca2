"""Actor coding on news (session 30, helper ACTOR): firms acting, weapons used, publications. A firm the tables know by
name ("BP", "Toyota", firms.tsv) is a business actor of its home country, whose home is not the story's country; a
name the tables do not know that the article uses as a firm's (its profits, its shareholders, shares in it, "oil giant
X", "X, the largest mobile operator") is a business actor of no country, wherever the article names it alone. A weapon
or war machine after "with" ("ambushed with rocket launchers") is what the doer used, no actor; "warplanes struck"
stays one. A name opening with a newspaper title's article that "reported" ("El Heraldo reported") is the publication.
Sentences written for these tests; the firm names of the second group are made up."""

from __future__ import annotations

import pytest

from actor_mentions import mentions as _mentions, one as _one

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, name, country", [
    ("Toyota recalled a million cars after the brakes failed.", "Toyota", "JPN"),
    ("Gazprom halted gas deliveries to the region on Monday.", "Gazprom", "RUS"),
    ("The minister met executives from Siemens in Berlin.", "Siemens", "DEU"),
])
def test_a_listed_firm_is_business_of_its_home(nlp, text, name, country):
    firm = _one(_mentions(nlp, text), name)
    assert (firm.actor.country, firm.actor.sector) == (country, "BUS")


def test_a_firms_home_is_not_the_storys_country(nlp):
    ms = _mentions(nlp, "BP agreed on Friday to pay the government $20 billion for the spill.")
    government = _one(ms, "government")
    assert government.actor.country != "GBR"


def test_a_lowercase_word_is_no_listed_firm(nlp):
    ms = _mentions(nlp, "The volkswagen parked outside was hit by a shell.")
    assert not any(m.actor.sector == "BUS" for m in ms)


@pytest.mark.parametrize("text, name", [
    ("Zentrica's profits fell sharply, and Zentrica said it would cut jobs.", "Zentrica"),
    ("Oil giant Quorvex agreed to pay the regional government $2 billion.", "Quorvex"),
    ("Zentrica, the country's largest mobile phone operator, signed a deal with the ministry.", "Zentrica"),
])
def test_a_name_used_as_a_firms_is_business(nlp, text, name):
    ms = _mentions(nlp, text)
    firms = [m for m in ms if m.text == name]
    assert firms, [(m.text, m.actor.sector) for m in ms]
    assert all(m.actor.sector == "BUS" and m.actor.person is None for m in firms)


def test_a_persons_full_name_is_no_firm(nlp):
    ms = _mentions(nlp, "Analysts said Peter Halloway's shares in the bank were worth little.")
    assert not any(m.actor.sector == "BUS" and "Halloway" in m.text for m in ms)


@pytest.mark.parametrize("text", [
    "Rebels ambushed the convoy with rocket launchers and machine guns on Sunday.",
    "The insurgents attacked the base with RPG-7 rocket launchers before dawn.",
])
def test_a_weapon_after_with_is_no_actor(nlp, text):
    ms = _mentions(nlp, text)
    assert not any("launchers" in m.text for m in ms), [(m.text, m.actor.sector) for m in ms]


def test_warplanes_that_strike_stay_an_actor(nlp):
    warplanes = _one(_mentions(nlp, "Warplanes struck the rebel town on Tuesday."), "Warplanes")
    assert warplanes.actor.sector == "MIL"


def test_a_title_with_a_newspapers_article_that_reports_is_the_publication(nlp):
    outlet = _one(_mentions(nlp, "El Heraldo reported that soldiers had arrested three union leaders."), "El Heraldo")
    assert (outlet.actor.sector, outlet.actor.person) == ("JRN", None)


def test_a_nickname_with_an_article_is_no_publication(nlp):
    ms = _mentions(nlp, "El Chapo escaped from the prison on Saturday.")
    assert not any(m.actor.sector == "JRN" for m in ms)
