"""Actor coding on news (session 32, helper ACTOR): a charity named by its kind, posts named by their policy area,
bare club names.  "The charity" is a civil-society body like "charities" ("Charity" before a capitalised name is a
given name); "local government spokesman X" speaks on local government (a party's frontbencher in British copy), no
government's spokesman; a name the tables do not know playing another in a sports report is a club or a player, no
actor.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from actor_mentions import mentions as _mentions, one as _one

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, noun, country", [
    ("The charity said the militia had burned food stores in Sudan.", "charity", "SDN"),
    ("A local charity accused the police of beating street children in Kenya.", "local charity", "KEN"),
])
def test_a_charity_is_civil_society_of_the_story(nlp, text, noun, country):
    body = _one(_mentions(nlp, text), noun)
    assert (body.actor.country, body.actor.sector) == (country, "SOC")


def test_a_british_charity_is_british_civil_society(nlp):
    body = _one(_mentions(nlp, "A British charity said the rebels had looted its warehouse in Mali."), "British")
    assert body.text == "British charity" and (body.actor.country, body.actor.sector) == ("GBR", "SOC")


@pytest.mark.parametrize("text, name", [
    ("Kenyan lawmaker Charity Mwangi criticised the budget.", "Kenyan lawmaker"),
    ("Charity Ngilu said the water project would go ahead.", "Charity"),
])
def test_charity_before_a_surname_is_a_given_name(nlp, text, name):
    assert all(m.actor.sector != "SOC" for m in _mentions(nlp, text))


def test_a_charity_accusing_is_the_events_source(nlp):
    from dateline.actors import resolve
    from dateline.events import extract

    doc = nlp("The charity accused the army of shelling a refugee camp.")
    events = extract(doc, doc_id="t", mentions=resolve(doc, None).mentions)
    accusing = [e for e in events if e.trigger.text == "accused"]
    assert accusing and [a.sector for a in accusing[0].actor] == ["SOC"]


@pytest.mark.parametrize("text", [
    "Local government spokesman Tom Brake said the council tax rise in Britain was unfair.",
    "The party's local government spokeswoman, Jane Hart, said councils in Britain were short of money.",
])
def test_a_post_named_by_its_policy_area_is_no_government_post(nlp, text):
    post = next(m for m in _mentions(nlp, text) if "spokes" in m.text)
    assert post.actor.sector is None and post.actor.country == "GBR"


def test_a_local_government_minister_is_still_a_minister(nlp):
    post = _one(_mentions(nlp, "Local Government Minister Tom Brake said councils in Britain would get more money."),
                "Government Minister")
    assert post.actor.sector == "GOV"


def test_a_local_government_is_still_a_government(nlp):
    body = _one(_mentions(nlp, "The local government in Kenya said it would build a school."), "local government")
    assert body.actor.sector == "GOV"


def test_a_bare_club_name_playing_in_a_sports_report_is_no_actor(nlp):
    assert not [m for m in _mentions(nlp, "Chelsea beat Arsenal 2-1 on Saturday.") if m.text.startswith("Chelsea")]


def test_a_player_named_with_his_country_in_a_sports_report_keeps_it(nlp):
    player = _one(_mentions(nlp, "Norway's Lars Dahl beat Tomas Berdych 7-5 6-3 in the quarter-final."), "Norway")
    assert player.actor.country == "NOR"


def test_a_name_beating_rebels_outside_sport_stays_a_mention(nlp):
    assert _one(_mentions(nlp, "Smith defeated the rebels in Sudan."), "Smith")

