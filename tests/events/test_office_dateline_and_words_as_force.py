"""Session 50, from probes of unjudged news: the subject of a copula of office is no party to an event "during" which it
held office ("the congress was in power at the centre during the anti-sikh riots": noun_roles); a participle the parser
hung on a news dateline has no doer there ("new delhi: expressing outrage ...": roles.subject_of); an onslaught or an
attack made of words is criticism, not force ("a rhetorical onslaught against growers": triggers.tsv
accuse.words_as_force); a copula of a thing under "should" in a reported clause sets a state, no demand on a party
("the loan amount should not be more than double the damage": words_not_deeds.no_demand); a counted subject of a
participle with no "be" is its victim ("23 people killed in massacres": roles.counted_participle).  Sentences written
for the test, through the whole pipeline.
"""

from __future__ import annotations

import pytest

from coded_events import at_trigger


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text", [
    "The congress was in power at the centre during the anti-sikh riots of 1984.",
    "The Labour party was in office during the riots in Brixton.",
])
def test_who_held_office_during_an_event_is_no_party_to_it(code, text):
    riots = at_trigger(code(text), "riots")
    assert riots is None or not any("ongress" in a.text or "Labour" in a.text for a in riots.actor)


def test_those_present_during_a_gathering_stay_its_participants(code):
    riots = at_trigger(code("Thousands of demonstrators were in the streets during the riots."), "riots")
    assert riots is not None and riots.actor and "demonstrators" in riots.actor[0].text


def test_a_participle_hung_on_a_dateline_has_no_doer_there(code):
    text = ("new delhi: expressing outrage at the complete breakdown of law and order in gujarat, opposition parties, "
            "led by sonia gandhi, agitated outside parliament to demand the dismissal of home minister l k advani.")
    events = code(text)
    assert not any(a.text.lower() == "new delhi" for e in events for a in e.actor)


@pytest.mark.parametrize("text, trigger", [
    ("With the government launching a rhetorical onslaught against growers, incidents are likely.",
     "rhetorical onslaught"),
    ("The minister launched a verbal attack on the opposition on Monday.", "verbal attack"),
])
def test_an_attack_made_of_words_is_criticism(code, text, trigger):
    event = at_trigger(code(text), trigger)
    assert event is not None and event.type == "ACCUSE" and event.mode == "disapprove"


def test_a_state_prescribed_for_a_thing_is_no_demand(code):
    # (session 50) "X told the house that the loan amount should not be more than double the damage": a limit set
    text = ("Industries minister Suresh Mehta told the house that the loan amount should not be more than double the "
            "actual damage.")
    told = at_trigger(code(text), "told")
    assert told is not None and "relevance:not_a_demand" in told.reason and told.confidence < 0.5


@pytest.mark.parametrize("text", [
    "The opposition said the government should be more transparent about the deal.",
    "The international community should be ready to implement a no-fly zone over Libya, Senator John Kerry said.",
])
def test_a_state_asked_of_a_party_stays_a_demand(code, text):
    said = at_trigger(code(text), "said")
    assert said is not None and said.type == "REQUEST" and "relevance:not_a_demand" not in said.reason


@pytest.mark.parametrize("text, trigger, victims", [
    # (session 50) a counted subject of a participle with no "be" is the one it was done to
    ("In three months the press has reported 137 bodies, 23 people killed in massacres, and 143 assassinations.",
     "killed", "23 people"),
    ("5 soldiers wounded in ambush in Kashmir", "wounded", "5 soldiers"),
])
def test_a_counted_subject_of_a_bare_participle_is_its_victim(code, text, trigger, victims):
    event = next(e for e in code(text) if e.trigger.text.startswith(trigger))
    assert not event.actor and [p.text for p in event.recipient] == [victims]
