"""Actor coding on news (session 24, helper ACTOR), second part: a person set beside an office in a body takes the
body's country and sector, a ministry "of X and Y" is the government's, an agent noun after a bracketed acronym
belongs to the named body, and the South Asian police rank "Station House Officer".  Sentences written for these
tests."""

from __future__ import annotations

import pytest

from actor_mentions import mentions as _mentions, one as _one

pytestmark = pytest.mark.model


def test_a_person_beside_a_spokesman_for_a_ministry(nlp):
    text = "The convoy escaped unhurt, said Hayatullah Hayat, a spokesman for the Afghan interior ministry."
    hayat = _one(_mentions(nlp, text), "Hayatullah Hayat")
    assert (hayat.actor.country, hayat.actor.sector) == ("AFG", "GOV")


def test_a_person_beside_the_head_of_a_police_unit(nlp):
    text = "Walter Escalante, the head of the Peruvian investigative police unit, said the notes were fake."
    escalante = _one(_mentions(nlp, text), "Walter Escalante")
    assert (escalante.actor.country, escalante.actor.sector) == ("PER", "COP")


def test_a_person_beside_a_friend_of_an_official_is_not_the_official(nlp):
    # guard: "friend" names no office in the body after it
    ms = _mentions(nlp, "John Brown, a friend of the Russian president, said he was fine.")
    assert _one(ms, "John Brown").actor.country is None


def test_a_ministry_of_two_subjects_is_the_governments(nlp):
    ms = _mentions(nlp, "Japan's exports rose in March, the Ministry of Trade and Industry said.")
    ministry = _one(ms, "Ministry of Trade")
    assert (ministry.actor.country, ministry.actor.sector) == ("JPN", "GOV")


def test_an_agent_noun_after_a_bracketed_acronym_and_an_adjective(nlp):
    text = "Awami National Party (ANP) local leader Syed Jamshaid Ali was shot dead in Mardan on Sunday."
    leader = next(m for m in _mentions(nlp, text) if "leader" in m.text)
    assert leader.text.startswith("Awami National Party")
    assert (leader.actor.country, leader.actor.sector) == ("PAK", "PTY")


def test_a_station_house_officer_is_police(nlp):
    text = "Two men opened fire at the school in Mardan, Pakistan, said Station House Officer Fayaz Khan."
    officer = next(m for m in _mentions(nlp, text) if "Fayaz Khan" in m.text)
    assert (officer.actor.country, officer.actor.sector) == ("PAK", "COP")


def test_a_person_beside_an_office_named_after_its_body(nlp):
    currie = _one(_mentions(nlp, "Betty Currie, the White House secretary, declined to comment."), "Betty Currie")
    assert (currie.actor.country, currie.actor.sector) == ("USA", "GOV")


def test_an_institution_the_generated_persons_list_is_no_person(nlp):
    # the Phoenix persons table lists "white house": the metonym must win, so the title's holder is the person
    text = ("White House spokesman Mike McCurry declined to comment on Thursday. McCurry said on Friday that he "
            "would not comment.")
    ms = _mentions(nlp, text)
    assert _one(ms, "White House spokesman").actor.person == "Mike McCurry"
    bare = [m for m in ms if m.text == "McCurry"]
    assert bare and bare[0].actor.country == "USA"
