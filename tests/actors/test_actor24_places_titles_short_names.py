"""Actor coding on news (session 24, helper ACTOR): a city the model tags ORG or leaves untagged where the syntax says
place, police placed where the people they act on are, a party's president, an acronym of several tokens in brackets,
and a body's short name after its full name.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from actor_mentions import mentions as _mentions, one as _one

pytestmark = pytest.mark.model


def test_residents_of_an_untagged_city_are_its_countrys_civilians(nlp):
    # the model tags no entity on "Lahore" here
    residents = _one(_mentions(nlp, "Residents of Lahore protested against power cuts on Monday."), "Residents")
    assert (residents.actor.country, residents.actor.sector) == ("PAK", "CVL")


def test_a_city_beside_more_capitalised_words_is_no_place(nlp):
    # guard: "Lahore Qalandars" is a team named after the city, not the city
    ms = _mentions(nlp, "Fans of the Lahore Qalandars cheered on Monday.")
    assert not any(m.actor.country == "PAK" and m.text.lower().startswith("fans") for m in ms)


def test_police_act_where_the_people_they_disperse_are(nlp):
    text = ("India's foreign ministry said on Monday that talks with Pakistan would resume. India's envoy met "
            "officials in New Delhi. Police dispersed people in Karachi on Sunday.")
    police = _one(_mentions(nlp, text), "Police")
    assert (police.actor.country, police.actor.sector) == ("PAK", "COP")


def test_police_act_where_their_purpose_clause_puts_them(nlp):
    text = ("India's foreign ministry said on Monday that talks would resume. Indian officials met in New Delhi. "
            "Police used tear gas to disperse protesters in Lahore.")
    assert _one(_mentions(nlp, text), "Police").actor.country == "PAK"


def test_people_from_a_place_do_not_place_the_police(nlp):
    # guard: "from" says where the people come from, not where the police are
    text = ("Germany's interior minister said on Monday that the border would stay open. German officials met in "
            "Berlin. Police arrested ten people from Afghanistan on Sunday.")
    assert _one(_mentions(nlp, text), "Police").actor.country == "DEU"


def test_a_partys_president_is_the_partys(nlp):
    bjp = _one(_mentions(nlp, "BJP President Amit Shah said the party would contest every seat."), "BJP President")
    assert (bjp.actor.country, bjp.actor.sector) == ("IND", "PTY")


def test_a_bracketed_acronym_of_several_tokens_stays_inside_the_name(nlp):
    text = ("Pakistan Muslim League-Quaid (PML-Q) President Chaudhry Shujaat Hussain said the party would contest "
            "the polls.")
    ms = _mentions(nlp, text)
    president = next(m for m in ms if "President" in m.text)
    assert president.text.startswith("Pakistan Muslim League")
    assert (president.actor.country, president.actor.sector) == ("PAK", "PTY")


def test_a_state_presidents_sector_stays_government(nlp):
    # guard: an intergovernmental body's president is no party's
    ms = _mentions(nlp, "European Commission President Jose Manuel Barroso said the euro was safe.")
    assert _one(ms, "European Commission").actor.sector == "GOV"


def test_the_brotherhood_after_the_muslim_brotherhood(nlp):
    text = ("Egypt's army removed the president on Wednesday. The Muslim Brotherhood called protests in Cairo. "
            "The Brotherhood said its supporters would stay in the streets.")
    ms = _mentions(nlp, text)
    bare = [m for m in ms if m.text == "Brotherhood"]
    assert bare and (bare[0].actor.country, bare[0].actor.sector) == ("EGY", "REL")


def test_a_lone_brotherhood_is_left_unresolved(nlp):
    # guard: with no full name before, "the Brotherhood" may be any brotherhood (a gang, a union)
    ms = _mentions(nlp, "The Brotherhood said on Friday that it would not pay the fine.")
    assert not any(m.text == "Brotherhood" and m.actor.sector == "REL" for m in ms)
