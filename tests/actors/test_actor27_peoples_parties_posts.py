"""Actor coding on news (session 27, helper ACTOR): the Karen as a people of Myanmar (and "Karen" as a given name),
movements named after a people and their members, the Conservatives' adjective before a role noun, the opposition's
leader, chairmen, and officers of a body named as a firm.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from actor_mentions import mentions as _mentions, one as _one

pytestmark = pytest.mark.model


def _code(m):
    return (m.actor.country, m.actor.sector)


def test_karen_refugees_are_a_people_of_myanmar(nlp):
    text = "Hundreds of Karen refugees crossed the river into Thailand on Monday."
    assert _code(_one(_mentions(nlp, text), "Karen refugees")) == ("MMR", "REF")


def test_a_movement_named_after_a_people_is_not_a_listed_body_with_shared_words(nlp):
    # "National Liberation Army" alone is Colombia's ELN; after a people's name it is that people's army
    text = "The Karen National Liberation Army said its fighters had clashed with the Burmese army."
    army = _one(_mentions(nlp, text), "Karen National Liberation Army")
    assert army.actor.sector == "REB" and army.actor.country == "MMR"


def test_fighters_of_a_peoples_movement_are_that_movements(nlp):
    text = "Fighters of the Karen National Liberation Army ambushed a patrol near the Thai border."
    fighters = _one(_mentions(nlp, text), "Fighters")
    assert _code(fighters) == ("MMR", "REB")


def test_fighters_of_a_listed_armed_group_are_that_groups(nlp):
    text = "Fighters of the Taliban attacked a police checkpoint in Kandahar province."
    fighters = _one(_mentions(nlp, text), "Fighters")
    assert fighters.actor.sector == "REB"


@pytest.mark.parametrize("text, start", [
    ("Karen Hughes, the State Department's public diplomacy chief, met Egyptian officials in Cairo.", "Karen Hughes"),
    ("Karen Armstrong, a writer on religion, spoke at the festival in Jaipur.", "Karen Armstrong"),
])
def test_karen_before_a_surname_is_a_given_name(nlp, text, start):
    person = [m for m in _mentions(nlp, text) if m.text.startswith(start)]
    assert not person or person[0].actor.country != "MMR"


@pytest.mark.parametrize("text, start", [
    ("Conservative leader Michael Howard attacked the prime minister over the hospital waiting lists.",
     "Conservative leader"),
    ("The Conservative spokesman on health said the plan would fail.", "Conservative spokesman"),
])
def test_a_conservative_leader_is_a_party_man(nlp, text, start):
    leader = _one(_mentions(nlp, text), start)
    assert leader.actor.sector == "PTY"


def test_conservative_mps_stay_legislators(nlp):
    # guard: a role noun with a sector of its own keeps it
    text = "Britain's Conservative MPs voted against the bill in parliament on Tuesday."
    mps = _one(_mentions(nlp, text), "Britain's Conservative MPs")
    assert mps.actor.sector == "LEG"


def test_conservative_estimates_at_a_sentence_start_are_no_party(nlp):
    text = "Conservative estimates put the cost of the new bridge at two billion dollars."
    assert not [m for m in _mentions(nlp, text) if m.text.startswith("Conservative")]


@pytest.mark.parametrize("text, start", [
    ("The opposition leader accused the ruling party of rigging the vote in Zimbabwe.", "opposition leader"),
    ("Kenya's opposition leaders called for fresh protests on Thursday.", "Kenya's opposition leaders"),
])
def test_the_opposition_leader_is_opposition(nlp, text, start):
    leader = _one(_mentions(nlp, text), start)
    assert leader.actor.sector == "OPP"


def test_the_ruling_party_stays_government(nlp):
    # guard: PLOVER puts governing parties in GOV
    text = "The opposition leader accused the ruling party of rigging the vote in Zimbabwe."
    assert _one(_mentions(nlp, text), "ruling party").actor.sector == "GOV"


@pytest.mark.parametrize("text, start, sector", [
    ("Harold Smith, chairman of Datapoint Corp., said the company would fight the bid.", "chairman of Datapoint", "BUS"),
    ("Fairchild Semiconductor Corp president Donald Brooks said the deal was off.", "Fairchild", "BUS"),
])
def test_an_officer_of_a_body_named_as_a_firm_is_business(nlp, text, start, sector):
    officer = _one(_mentions(nlp, text), start)
    assert officer.actor.sector == sector


def test_a_chairman_is_an_agent_noun(nlp):
    text = "Egypt's football federation met on Monday. The Egyptian chairman of the panel said the report was ready."
    chairman = [m for m in _mentions(nlp, text) if "chairman" in m.text]
    assert chairman and chairman[0].actor.country == "EGY"


def test_a_chairman_of_an_unknown_body_takes_no_state_sector(nlp):
    # guard: "chairman" names a post, not a government one, when an unknown body's name stands before it
    text = "Intelogic chairman Asher Edelman said he would sell his stake."
    chairman = _one(_mentions(nlp, text), "Intelogic")
    assert chairman.actor.sector != "GOV"


@pytest.mark.parametrize("text, start", [
    ("The banker was cross-examined by lawyers for former Worldcom chief executive Bernard Ebbers.", "lawyers"),
    ("An attorney representing the family said police had used excessive force in Chicago.", "attorney"),
])
def test_lawyers_of_a_private_client_are_no_court(nlp, text, start):
    counsel = _one(_mentions(nlp, text), start)
    assert (counsel.actor.country, counsel.actor.sector) == (None, None)


def test_lawyers_of_a_placed_client_take_the_clients_country(nlp):
    # session 33: a client the text places in a country (Skilling, by his US firm) gives the lawyers that country
    # and the lawyer noun's JUD (counsel.resolve_counsel_clients; tests/actors/test_actors33.py)
    text = "The banker was cross-examined by lawyers for former Enron chief executive Jeffrey Skilling in Houston."
    counsel = _one(_mentions(nlp, text), "lawyers")
    assert (counsel.actor.country, counsel.actor.sector) == ("USA", "JUD")


def test_lawyers_for_the_government_stay_judiciary(nlp):
    # guard: a state's lawyers
    text = "Lawyers for the government said the detainees had no right to a hearing, US officials said."
    assert _one(_mentions(nlp, text), "Lawyers").actor.sector == "JUD"
