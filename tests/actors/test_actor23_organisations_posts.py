"""Actor coding on news (session 23, helper ACTOR): national organisations as data (organisations.tsv), parties and
movements of several states take the story's country, a post in a firm the knowledge base does not know is not the
story's country's, the first conjunct's adjective, people and police where the clause puts them.  Sentences written
for these tests."""

from __future__ import annotations

import pytest

from dateline.actors import resolve

pytestmark = pytest.mark.model


def _mentions(nlp, text, date="2011-08-30"):
    return resolve(nlp(text), date).mentions


def _one(ms, start):
    found = [m for m in ms if start.lower() in m.text.lower()]
    assert found, [m.text for m in ms]
    return found[0]


def test_indian_organisations_in_lower_case_copy(nlp):
    text = ("lucknow: members of the vhp and the bajrang dal staged a protest outside the district office on monday. "
            "rss leaders said the police had failed to act against the accused in the case.")
    ms = _mentions(nlp, text)
    assert (_one(ms, "bajrang dal").actor.country, _one(ms, "bajrang dal").actor.sector) == ("IND", "REL")
    assert (_one(ms, "rss").actor.country, _one(ms, "rss").actor.sector) == ("IND", "SOC")


def test_indian_organisations_in_mixed_case(nlp):
    ms = _mentions(nlp, "The Bajrang Dal and the ABVP called a strike, and RSS chief Mohan Bhagwat urged calm.")
    assert _one(ms, "Bajrang Dal").actor.sector == "REL"
    assert (_one(ms, "ABVP").actor.country, _one(ms, "ABVP").actor.sector) == ("IND", "EDU")
    assert _one(ms, "RSS chief").actor.country == "IND"


def test_rss_feeds_are_no_organisation(nlp):
    # guard: the web format is not the Sangh
    ms = _mentions(nlp, "Readers can follow the new blog through RSS feeds on their phones.")
    assert not any(m.actor.country == "IND" for m in ms)


def test_a_cartel_is_its_countrys_criminals(nlp):
    text = ("Ecuador reinforced its border on Monday. The interior minister said members of the Medellin Cartel may "
            "have fled to Ecuador.")
    cartel = _one(_mentions(nlp, text), "members of the Medellin Cartel")
    assert (cartel.actor.country, cartel.actor.sector) == ("COL", "CRM")


def test_a_movement_of_several_states_takes_the_storys_country(nlp):
    text = ("Egypt's government banned a march in Cairo on Friday. Egyptian police arrested leaders of the Muslim "
            "Brotherhood, and Egypt's prosecutors charged them.")
    brotherhood = _one(_mentions(nlp, text), "leaders of the Muslim Brotherhood")
    assert brotherhood.actor.country == "EGY"


def test_a_post_in_an_unknown_firm_is_not_the_storys_country(nlp):
    text = ("Germany's exports fell in March, German officials said. Germany's central bank said the euro was strong. "
            "John Smith, deputy chief economist at BMO Financial Group, said the Canadian dollar would rise.")
    economist = _one(_mentions(nlp, text), "deputy chief economist")
    assert economist.actor.country is None and economist.actor.sector == "BUS"


def test_a_post_in_a_state_body_keeps_the_storys_country(nlp):
    # guard: "at the Interior Ministry" is a state body the knowledge base knows
    text = ("Germany's exports fell in March, German officials said. Germany's central bank said the euro was strong. "
            "A spokesman at the Interior Ministry said ten people were held.")
    spokesman = _one(_mentions(nlp, text), "spokesman")
    assert spokesman.actor.country == "DEU"


def test_the_first_conjuncts_adjective_is_the_seconds(nlp):
    text = ("Counterfeit notes often end up in Miami, where Venezuelan businesses and individuals try to deposit "
            "them at American banks.")
    people = _one(_mentions(nlp, text), "individuals")
    assert people.actor.country == "VEN"


def test_protesters_are_where_the_clause_puts_them(nlp):
    text = ("Washington said on Monday it would send more aid, and American officials met in Washington. "
            "Protesters gathered in Baghdad on Friday.")
    protesters = _one(_mentions(nlp, text), "Protesters")
    assert protesters.actor.country == "IRQ"


def test_troops_are_not_where_the_clause_puts_them(nlp):
    # guard: forces may be foreign where they are
    text = ("Washington said on Monday it would send more aid, and American officials met in Washington. "
            "Troops gathered in Baghdad on Friday.")
    troops = _one(_mentions(nlp, text), "Troops")
    assert troops.actor.country != "IRQ"


def test_south_asian_regional_parties(nlp):
    text = ("chennai: dmk and aiadmk workers clashed near the collectorate on tuesday evening, and the cpi(m) "
            "condemned the violence. police said ten people were injured in the clash near the bus stand.")
    ms = _mentions(nlp, text)
    assert (_one(ms, "dmk").actor.country, _one(ms, "dmk").actor.sector) == ("IND", "PTY")
    assert _one(ms, "cpi(m)").actor.country == "IND"
    pmlq = _one(_mentions(nlp, "The PML-Q said it would contest the by-election in Lahore."), "PML-Q")
    assert (pmlq.actor.country, pmlq.actor.sector) == ("PAK", "PTY")


def test_members_of_a_named_body_take_its_sector(nlp):
    ms = _mentions(nlp, "BJP workers and Bajrang Dal activists blocked the road, and Hamas fighters fired rockets.")
    assert _one(ms, "BJP workers").actor.sector == "PTY"
    assert _one(ms, "Bajrang Dal activists").actor.sector == "REL"
    assert _one(ms, "Hamas fighters").actor.sector == "REB"


def test_troops_of_a_body_stay_troops(nlp):
    # guard: "troops" are no members' noun: ECOWAS troops are a military force
    troops = _one(_mentions(nlp, "ECOWAS troops arrived in the capital on Monday."), "ECOWAS troops")
    assert (troops.actor.country, troops.actor.sector) == ("IGO", "MIL")


def test_the_boss_of_a_named_body_takes_its_sector(nlp):
    ms = _mentions(nlp, "Labour boss John Smith met the family of Sinaloa Cartel boss Joaquin Guzman.")
    assert _one(ms, "Labour boss").actor.sector == "PTY"
    assert _one(ms, "Sinaloa Cartel boss").actor.sector == "CRM"
