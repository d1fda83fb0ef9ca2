"""Actor coding on news (session 22, helper ACTOR): provinces and cities in lower-case copy, party adjectives
("Tory leader", "Liberal Democrat leader")."""

from __future__ import annotations

import pytest

from dateline.actors import resolve

pytestmark = pytest.mark.model

# lower-case wire copy (as India Police Events' Times of India text), written for this test
LOWER = ("this story is from march 9, 2002\n\n"
         "lucknow: the kanpur police arrested eleven men on friday after a clash near a temple. "
         "officials said the district administration had deployed more police in the town. "
         "the state government ordered an inquiry into the clash, officials in lucknow said. "
         "police said the men were produced before the allahabad high court on saturday.")


def _mentions(nlp, text, date="2002-03-09"):
    return resolve(nlp(text), date)


def test_a_city_in_lower_case_copy_gives_the_police_its_country(nlp):
    analysis = _mentions(nlp, LOWER)
    police = [m for m in analysis.mentions if m.text == "kanpur police"]
    assert police and police[0].actor.country == "IND" and police[0].actor.sector == "COP"
    court = [m for m in analysis.mentions if "allahabad" in m.text]
    assert court and court[0].actor.country == "IND" and court[0].actor.sector == "JUD"


def test_cities_in_lower_case_copy_make_the_focus_country(nlp):
    # no country is named: the cities (a place line, "in lucknow") make the story Indian, and so its bare agents
    analysis = _mentions(nlp, LOWER)
    assert analysis.focus_country == "IND"
    officials = [m for m in analysis.mentions if m.text == "officials"]
    assert officials and all(m.actor.country == "IND" for m in officials)


def test_a_place_name_inside_a_persons_name_is_no_place(nlp):
    # "milan" (a word of the model's tables, and a city) modifies a name here, not an agent noun
    text = (LOWER + " the delegation included mahant vishwanath das shastri, mahant kaushal sharan das and mahant ram "
            "milan das among others. mahant devendra prasad acharya told reporters here that the magistrate met them.")
    ms = _mentions(nlp, text).mentions
    assert not any(m.actor.country == "ITA" for m in ms)


def test_a_place_name_that_is_a_common_noun_needs_a_place_position(nlp):
    # "coast" is a city in the table (and a noun): "to the coast" is no place name, no country
    text = ("the fishermen went back to the coast on monday after the storm. officials said the boats were safe. "
            "the fishermen said they would return to the coast next week. the officials said the coast was calm.")
    analysis = _mentions(nlp, text)
    assert analysis.focus_country is None


def test_tory_and_liberal_democrat_name_british_parties(nlp):
    text = ("Tory leader Michael Howard attacked the plans, while Liberal Democrat leader Charles Kennedy said "
            "they came too late. Labour dismissed the Tory claims.")
    ms = resolve(nlp(text), "2005-03-01").mentions
    tory = [m for m in ms if m.text.startswith("Tory leader")]
    assert tory and tory[0].actor.country == "GBR" and tory[0].actor.sector == "PTY"
    libdem = [m for m in ms if m.text.startswith("Liberal Democrat")]
    assert libdem and libdem[0].actor.country == "GBR" and libdem[0].actor.sector == "PTY"
    claims = [m for m in ms if m.text == "Tory"]
    assert claims and claims[0].actor.country == "GBR"


def test_peacekeepers_are_not_the_host_states_forces(nlp):
    # a force sent by other states (UN, AU, a regional body): neither the focus country's nor the last army named
    text = ("Mali's army said gunmen attacked peacekeepers near the border. The peacekeepers returned fire, the Malian "
            "army said. Mali's government condemned the attack, and the regional peacekeeping force sent more troops "
            "to Mali.")
    ms = resolve(nlp(text), "2019-05-01").mentions
    keepers = [m for m in ms if "peacekeep" in m.text]
    assert len(keepers) == 3 and all(m.actor.country == "IGO" and m.actor.sector == "MIL" for m in keepers)
    # an adjective still names the sending state
    ms = resolve(nlp("Nigerian peacekeepers arrived in Liberia on Monday."), "2003-08-04").mentions
    assert [m.actor.country for m in ms if "peacekeepers" in m.text] == ["NGA"]


def test_congressmen_in_an_indian_story_are_the_party(nlp):
    # lower-case Indian copy: the party's members and officers, not a legislature
    text = ("lucknow: congressmen staged a protest in lucknow on monday against the state government of uttar pradesh. "
            "the youth congress president said india's ruling coalition had failed. police in lucknow detained "
            "twenty congressmen, officials in india said.")
    ms = resolve(nlp(text), "2002-03-11").mentions
    congress = [m for m in ms if "congress" in m.text]
    assert congress and all(m.actor.country == "IND" and m.actor.sector == "PTY" for m in congress)
    # in an American story congressmen are lawmakers
    ms = resolve(nlp("Congressmen in Washington criticised the plan. The United States will vote on it."),
                 "2002-03-11").mentions
    assert [m.actor.sector for m in ms if m.text == "Congressmen"] == ["LEG"]


def test_an_acronym_in_brackets_inside_a_name_joins_the_mention(nlp):
    # "X (ABC) personnel": the bracketed acronym is no word of the phrase; the force's personnel are the force's
    text = ("Central Reserve Police Force (CRPF) personnel arrested two men in Sukma District of Chhattisgarh in India. "
            "Two Security Force (SF) personnel were injured in the clash.")
    ms = resolve(nlp(text), "2015-06-01").mentions
    crpf = [m for m in ms if m.text.endswith("personnel") and "CRPF" in m.text]
    assert crpf and crpf[0].text.startswith("Central Reserve") and crpf[0].actor.sector == "COP" \
        and crpf[0].actor.country == "IND"
    sf = [m for m in ms if "(SF) personnel" in m.text]
    assert sf and sf[0].actor.sector == "COP"


def test_a_name_followed_only_by_its_acronym_stays_two_mentions(nlp):
    text = "The Farabundo Marti National Liberation Front (FMLN) attacked the army. Later FMLN units fired on a patrol."
    ms = resolve(nlp(text), "1989-11-12").mentions
    assert [m.text for m in ms][:2] == ["Farabundo Marti National Liberation Front", "FMLN"]


def test_an_unknown_organisation_before_brackets_keeps_the_role_noun_alone(nlp):
    # no knowledge-base name before the brackets: "personnel" reads as before (the focus country's officials)
    text = ("Pakistan's army said three Frontier Corps (FC) personnel were injured in Kalat District of Pakistan. "
            "Pakistan's government condemned the attack in Pakistan.")
    ms = resolve(nlp(text), "2015-02-03").mentions
    personnel = [m for m in ms if m.text.endswith("personnel")]
    assert personnel and personnel[0].actor.country == "PAK"
