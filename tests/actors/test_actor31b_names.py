"""Actor coding on news (session 31, helper ACTOR2): bodies named by their kind, outlets, firms' arms, clubs.
A non-governmental organisation named by its kind ("the rights group", "aid agencies") is a civil-society party of
the story's country, as "protesters" are; "Bloomberg" alone is the news outlet, "Michael Bloomberg" the man; a listed
firm followed by a noun of firms' names ("Gazprom Bank", "Toyota Group") is one firm, not the listed firm with a word
after it; a place's name with a word of clubs' names ("Real Madrid", "Bolton Wanderers") is a club, no state and no
person.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from actor_mentions import mentions as _mentions, one as _one

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, noun, country", [
    ("The rights group accused the army of torturing detainees in Syria.", "rights group", "SYR"),
    ("A human rights organisation said the police beat students in Cairo.", "human rights organisation", "EGY"),
    ("Aid agencies said the militia had blocked food convoys in Sudan.", "Aid agencies", "SDN"),
    ("A local rights watchdog condemned the arrests in Egypt.", "local rights watchdog", "EGY"),
])
def test_an_organisation_named_by_its_kind_is_civil_society_of_the_story(nlp, text, noun, country):
    body = _one(_mentions(nlp, text), noun)
    assert (body.actor.country, body.actor.sector) == (country, "SOC")


def test_an_organisation_named_by_its_kind_has_no_country_in_a_story_without_one(nlp):
    body = _one(_mentions(nlp, "The aid group said the convoy had been turned back."), "aid group")
    assert (body.actor.country, body.actor.sector) == (None, "SOC")


def test_a_rights_group_accusing_is_the_events_source(nlp):
    from dateline.actors import resolve
    from dateline.events import extract

    doc = nlp("The rights group accused the army of torturing prisoners.")
    events = extract(doc, doc_id="t", mentions=resolve(doc, None).mentions)
    accusing = [e for e in events if e.trigger.text == "accused"]
    assert accusing and [a.sector for a in accusing[0].actor] == ["SOC"]


def test_a_person_named_charity_is_no_charity(nlp):
    minister = _one(_mentions(nlp, "Kenyan minister Charity Ngilu met the president."), "Kenyan minister")
    assert minister.actor.sector != "SOC"


@pytest.mark.parametrize("text", [
    "Bloomberg reported that the bank would cut 2,000 jobs.",
    "The ministry told Bloomberg that the plan had been dropped.",
])
def test_bloomberg_alone_is_the_outlet(nlp, text):
    outlet = _one(_mentions(nlp, text), "Bloomberg")
    assert (outlet.actor.sector, outlet.actor.person) == ("JRN", None)


def test_a_founder_named_like_his_outlet_is_the_person(nlp):
    man = _one(_mentions(nlp, "Michael Bloomberg said the city would sue the landlord."), "Michael")
    assert man.text == "Michael Bloomberg" and man.actor.sector != "JRN"


@pytest.mark.parametrize("text, name, country", [
    ("Gazprom Bank froze the accounts of the trading company.", "Gazprom Bank", "RUS"),
    ("Toyota Group agreed to buy the plant from the state.", "Toyota Group", "JPN"),
    ("Gazprombank froze the accounts of the trading company.", "Gazprombank", "RUS"),
])
def test_a_listed_firm_with_a_firm_noun_is_one_firm(nlp, text, name, country):
    firm = _one(_mentions(nlp, text), name)
    assert (firm.text, firm.actor.country, firm.actor.sector) == (name, country, "BUS")


def test_a_listed_firm_alone_stays_itself(nlp):
    firm = _one(_mentions(nlp, "Gazprom halted gas deliveries to the region."), "Gazprom")
    assert (firm.text, firm.actor.country) == ("Gazprom", "RUS")


@pytest.mark.parametrize("text, club", [
    ("Real Madrid signed the striker for a record fee.", "Real"),
    ("Bolton Wanderers sacked their manager on Monday.", "Bolton"),
    ("Manchester United sacked their manager on Monday.", "Manchester"),
])
def test_a_club_is_no_state_and_no_person(nlp, text, club):
    ms = [m for m in _mentions(nlp, text) if m.text.startswith(club) or m.text in ("Madrid", "Bolton", "Manchester")]
    assert not any(m.actor.sector == "GOV" or m.actor.country or m.actor.person for m in ms), \
        [(m.text, m.actor.country, m.actor.sector, m.actor.person) for m in ms]


@pytest.mark.parametrize("text, name, country", [
    ("The Spanish government said Madrid would not pay the fine.", "Madrid", "ESP"),
    ("Mexico City police arrested the man.", "Mexico City police", "MEX"),
])
def test_a_place_without_a_club_word_stays_the_place(nlp, text, name, country):
    assert _one(_mentions(nlp, text), name).actor.country == country


@pytest.mark.parametrize("text, name", [
    ("Amnesty International accused the army of beating prisoners.", "Amnesty"),
    ("Human Rights Watch accused the police of killing protesters.", "Human Rights Watch"),
])
def test_a_non_governmental_body_commands_no_army(nlp, text, name):
    ms = _mentions(nlp, text)
    assert _one(ms, name).actor.country == "NGO"
    forces = [m for m in ms if m.actor.sector in ("MIL", "COP")]
    assert forces and all(m.actor.country != "NGO" for m in forces)


def test_a_state_deploying_its_army_keeps_it(nlp):
    army = _one(_mentions(nlp, "Syria deployed the army in the north."), "army")
    assert army.actor.country == "SYR"
