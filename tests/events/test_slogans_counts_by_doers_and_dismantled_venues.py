"""Session 58, blind sample β: the words of a quoted slogan are a call, not an act ('shouting slogans like "arrest the
minister"'); "the number of people killed by rebels" counts a party's acts (a statistic) while "the number killed by
the blast" is one blast's toll; a habit adverb on a verb covers the infinitive that says what it is used for ("often use
threats to force"); the party after "orders from" gave the orders; authorities who "dismantled brothels" act on a trade
(COERCE), they give up no weapons.  Sentences written for the test, through the whole pipeline."""

from __future__ import annotations

import pytest

from coded_events import at_trigger, halved_by_layer, not_doubted, parties


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text, trigger", [
    ('Opposition members stormed the well of the house shouting slogans like "arrest the minister" on Thursday.',
     "arrest"),
    ('Protesters waved placards reading "Free the prisoners" and "Arrest the killers" outside the court.', "Arrest"),
])
def test_the_words_of_a_quoted_slogan_are_no_act(code, text, trigger):
    halved_by_layer(code, text, trigger, "relevance:slogan")


def test_a_quoted_statement_is_not_a_slogan(code):
    not_doubted(code, 'The minister said "police arrested the killers" on Thursday.', "arrested", "relevance:slogan")


@pytest.mark.parametrize("text", [
    "The ambush raised to 36 the number of people killed by rebels during the first week of June.",
    "The number of people killed by police has doubled since 2019.",
])
def test_the_number_of_people_a_party_killed_is_a_statistic(code, text):
    halved_by_layer(code, text, "killed", "relevance:statistic")


def test_the_toll_of_one_blast_is_no_statistic(code):
    event = at_trigger(code("The number of people killed by the bombing in the market rose to 40 on Sunday."), "killed")
    assert event is None or "relevance:statistic" not in event.reason


@pytest.mark.parametrize("text, trigger", [
    ("Smugglers often use beatings to force migrants to pay more.", "force"),
    ("Riot police usually use tear gas to disperse protesters in the capital.", "disperse"),
])
def test_a_habit_covers_what_its_verb_is_used_for(code, text, trigger):
    halved_by_layer(code, text, trigger, "relevance:habitual")


def test_a_single_use_is_no_habit(code):
    not_doubted(code, "Riot police used tear gas to disperse protesters in the capital on Monday.", "disperse",
                "relevance:habitual")


def test_the_party_after_orders_from_gave_them(code):
    text = "The 2011 murder of the mayor was carried out by corrupt police acting on orders from a drug trafficker."
    event = at_trigger(code(text, layer=False), "orders")
    assert event is not None
    actors, _ = parties(event)
    assert actors and all("trafficker" in a for a in actors), actors


@pytest.mark.parametrize("text", [
    "Authorities in the port city have dismantled four brothels this year.",
    "Federal agents dismantled a smuggling ring in the border town on Monday.",
])
def test_venues_and_rings_dismantled_are_policing(code, text):
    event = at_trigger(code(text, layer=False), "dismantled")
    assert event is not None and event.type == "COERCE", event
