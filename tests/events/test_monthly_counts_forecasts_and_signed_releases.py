"""Session 59, probes of unjudged news: what a thing "should be seen as" or "treated as" is a classification, no demand
(people are left); a negated raising verb ("does n't seem to object", "did not appear to criticise") negates the act;
a count of acts over a month named with its year ("182 murders *in June 2013*") is a statistic as a count over the
month alone is, and so is a haul or a count of "last year" or "this year", while acts on a day, or an attack last
year, stay; a reported "should" of an amount that changes ("revenues and earnings should increase", the president
told analysts) forecasts a trend and one of a thing states a principle ("expenditure should come from tax revenues"),
no demand, while one of a party or of people stays a demand; a yes/no question reported before "asked" asks no one to
act; and a press release signed by two commanders endorses no one, while an agreement signed stays. Sentences written
for the test, through the whole pipeline."""

from __future__ import annotations

import pytest

from coded_events import at_trigger, halved_by_layer, not_doubted


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text, trigger", [
    ("According to police officials, El Salvador had 182 murders in June 2013, up from 166 a year before.", "murders"),
    ("Police said gangs carried out 41 attacks in September 2012.", "attacks"),
])
def test_a_count_over_a_month_and_its_year_is_a_statistic(code, text, trigger):
    halved_by_layer(code, text, trigger, "relevance:statistic")


def test_acts_on_a_day_of_a_month_stay(code):
    event = not_doubted(code, "Gunmen carried out two attacks in Kabul on September 5 2012.", "attacks",
                        "relevance:statistic")
    assert event.confidence >= 0.5, event


def test_a_trend_that_should_come_is_a_forecast_not_a_demand(code):
    text = ("However, revenues and earnings should consistently increase this year, President Louis Cosentino told "
            "analysts.")
    event = at_trigger(code(text), "told")
    assert event is None or event.type != "REQUEST" or event.confidence < 0.5, event


def test_what_a_party_should_do_stays_a_demand(code):
    event = not_doubted(code, "The government should increase pensions, the union said.", "said",
                        "relevance:not_a_demand")
    assert event.type == "REQUEST", event


def test_a_signed_press_release_endorses_no_one(code):
    text = ("A press release jointly signed by rebel commander Akaho Zhimmomi and his deputy Thoiba Mangang said the "
            "attack was carried out on Monday.")
    assert at_trigger(code(text, layer=False), "signed") is None


def test_a_signed_agreement_stays(code):
    event = at_trigger(code("India and Pakistan signed an agreement on trade on Monday.", layer=False), "signed")
    assert event is not None and event.type == "SUPPORT", event


@pytest.mark.parametrize("text, trigger", [
    ("Confusingly, though, John McCain does n't seem to object to Ifill's role at all.", "object"),
    ("The minister did not appear to criticise the plan.", "criticise"),
])
def test_a_negated_seem_or_appear_negates_the_act(code, text, trigger):
    event = at_trigger(code(text, layer=False), trigger)
    assert event is not None and event.status == "negated", event


def test_an_act_that_appeared_to_happen_stays(code):
    event = at_trigger(code("The minister appeared to criticise the plan.", layer=False), "criticise")
    assert event is not None and event.status == "factual", event


def test_a_principle_for_a_thing_is_no_demand(code):
    text = '"Current government expenditure should come from tax revenues," the president said.'
    event = at_trigger(code(text), "said")
    assert event is None or event.type != "REQUEST" or "relevance:not_a_demand" in event.reason, event


@pytest.mark.parametrize("text", [
    'Police Federation chairman Jan Berry said civilian officers should act as "eyes and ears" for the police.',
    "The prisoners should be released, the minister said.",
])
def test_people_asked_to_act_or_a_passive_stay_a_demand(code, text):
    event = not_doubted(code, text, "said", "relevance:not_a_demand")
    assert event.type == "REQUEST", event


def test_a_reported_yes_no_question_is_no_request(code):
    text = "Does a war kill more people than an economic adjustment program, the Bolivian president asked."
    halved_by_layer(code, text, "asked", "relevance:question")


def test_asking_a_party_to_act_stays_a_request(code):
    event = not_doubted(code, "The opposition leader asked the government to release the prisoners.", "asked",
                        "relevance:question")
    assert event.type == "REQUEST", event


@pytest.mark.parametrize("text, trigger", [
    ("Authorities seized 347 tons of marijuana last year, 50 tons more than in 2012.", "seized"),
    ("Police made 422 arrests this year.", "arrests"),
])
def test_a_haul_or_a_count_of_last_year_or_this_year_is_a_statistic(code, text, trigger):
    halved_by_layer(code, text, trigger, "relevance:statistic")


def test_an_attack_last_year_stays(code):
    event = not_doubted(code, "Rebels attacked the town last year.", "attacked", "relevance:statistic")
    assert event.confidence >= 0.5, event


def test_a_toll_over_the_past_years_stays_a_statistic(code):
    halved_by_layer(code, "In the past four years at least 350 transportation sector employees have been killed.",
                    "killed", "relevance:statistic")


@pytest.mark.parametrize("text", [
    "The minister emphasised that diversity should not be seen as a weakness but as a source of strength.",
    "The minister said corruption in defence deals should be treated as treason.",
])
def test_what_a_thing_should_be_seen_as_is_no_demand(code, text):
    event = at_trigger(code(text), text.split()[2])
    assert event is not None and event.type == "REQUEST" and "relevance:not_a_demand" in event.reason, event


def test_how_detainees_should_be_treated_stays_a_demand(code):
    event = not_doubted(code, "The minister said the detainees should be treated as prisoners of war.", "said",
                        "relevance:not_a_demand")
    assert event.type == "REQUEST", event


def test_a_thing_to_be_treated_as_a_particular_role_stays_a_demand(code):
    event = not_doubted(code, "Amar Singh said the babri mosque should be treated as the check point.", "said",
                        "relevance:not_a_demand")
    assert event.type == "REQUEST", event
