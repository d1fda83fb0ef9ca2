"""Session 57, probes of unjudged news and of NGEC synthetic stories: "the country" that the actors stage reads as the
state named before it does what the sentence says ("Bahrain announced that *the country* had transferred ... aid":
Bahrain gives aid, with no doubt of a private party); support measured in percent is a poll's figure; a count
"since" a year or a month is a statistic; a campaign or concert tour is no visit; a party that "battled to recover"
struggles, it fights no one; asylum "granted in" a country, the place hung on the noun, is that state's aid; the
transfer or delivery of aid to a party is aid, of power or of goods of trade none; a joint body set up is
cooperation, and a body or a measure set up, established or formed is its maker's act (a police "special vigil" is a
watch, no protest); "gathered to protest", "took out a march to protest" report the protest done, not an aim; a
protest told as a happening ("rioting broke out") is coded with no protester named; soldiers standing guard and the
recruitment of fighters are forces posted and raised; the simple present with a time plainly to come is a plan.
Sentences written for the test, through the whole pipeline."""

from __future__ import annotations

import pytest

from coded_events import at_trigger, halved_by_layer, not_doubted, parties


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


def test_the_country_named_before_gives_the_aid(code):
    text = "Bahrain announced that the country had transferred ten tons of humanitarian aid to the Faroe Islands."
    event = at_trigger(code(text), "transferred")
    assert event is not None and event.type == "AID" and event.confidence >= 0.5
    assert event.actor[0].country == "BHR"


def test_the_country_with_no_state_before_is_still_no_doer(code):
    assert at_trigger(code("The country sent aid to Gabon."), "sent") is None


@pytest.mark.parametrize("text", [
    # (the parser makes the first senator the actor of "support": a poll's share read as his backing of the other)
    "Senator Smith had his best result ever against Senator Jones in a Gallup poll , which gave him a clear lead among "
    "those voters most likely to go to the polls in November , with 54 % support , compared with 44 % for Jones .",
    "The ruling party enjoys 30 percent support among voters.",
])
def test_support_in_percent_is_a_poll_figure(code, text):
    event = at_trigger(code(text), "support")
    assert event is None or event.confidence < 0.5


def test_the_support_of_a_state_is_still_support(code):
    not_doubted(code, "The rebels won the support of Iran for their offensive.", "support", "relevance:popular_support")


@pytest.mark.parametrize("text", [
    "About 13,000 people have been killed in Peru since 1980 as a result of political violence.",
    "Three soldiers have been killed in the province since November.",
    "Rebels have killed 40 people in the region since 2010.",
])
def test_a_count_since_a_year_or_a_month_is_a_statistic(code, text):
    halved_by_layer(code, text, "killed", "relevance:statistic")


def test_a_count_since_a_day_is_news(code):
    not_doubted(code, "Three soldiers have been killed in the province since Friday.", "killed", "relevance:statistic")


@pytest.mark.parametrize("text", [
    "John McCain yesterday extended his campaign tour in battleground states with Sarah Palin.",
    "The singer announced a farewell tour of Europe with her band.",
])
def test_a_campaign_or_concert_tour_is_no_visit(code, text):
    event = at_trigger(code(text, layer=False), "tour")
    assert event is None or event.type != "CONSULT"


def test_a_ministers_tour_is_still_a_visit(code):
    event = at_trigger(code("The foreign minister began a three-nation tour of Africa on Monday.", layer=False), "tour")
    assert event is not None and event.type == "CONSULT"


@pytest.mark.parametrize("text, trigger", [
    ("Spending picked up as Britain battled to recover from its first recession of the decade.", "battled"),
    ("Firefighters fought to contain the blaze on Tuesday.", "fought"),
])
def test_a_struggle_to_an_end_of_ones_own_is_no_fight(code, text, trigger):
    event = at_trigger(code(text, layer=False), trigger)
    assert event is None or event.type != "ASSAULT"


def test_troops_battling_to_retake_a_town_still_fight(code):
    event = at_trigger(code("Troops battled to retake the town from the rebels.", layer=False), "battled")
    assert event is not None and event.type == "ASSAULT" and parties(event)[0] == ["Troops"]


@pytest.mark.parametrize("text, place", [
    ("Four Iranian dissidents have been granted asylum in the Czech Republic, a spokeswoman said.",
     "the Czech Republic"),
    ("Four Iranian dissidents have been granted asylum in Germany.", "Germany"),
])
def test_asylum_granted_in_a_country_is_that_states_aid(code, text, place):
    # the parser hangs "in the Czech Republic" on "asylum", the object the passive keeps: the place still stands for
    # the state that granted it, as "was arrested in Germany" does
    event = at_trigger(code(text), "granted")
    assert event is not None and event.type == "AID" and parties(event)[0] == [place]


@pytest.mark.parametrize("text, doer, receiver", [
    ("The Government of Japan announced the transfer of additional humanitarian aid to Kyrgyzstan.",
     "The Government of Japan", "Kyrgyzstan"),
    ("The delivery of aid by Japan to Gaza began on Monday.", "Japan", "Gaza"),
])
def test_the_transfer_or_delivery_of_aid_is_aid(code, text, doer, receiver):
    event = next((e for e in code(text) if e.type == "AID" and e.trigger.text in ("transfer", "delivery")), None)
    assert event is not None and parties(event) == ([doer], [receiver])


@pytest.mark.parametrize("text, trigger", [
    ("Japan announced the shipment of cars to Kyrgyzstan.", "shipment"),
    ("The president announced the transfer of power to the army.", "transfer"),
    ("The firm announced the delivery of the new phone to customers.", "delivery"),
])
def test_the_transfer_of_power_or_of_goods_of_trade_is_no_aid(code, text, trigger):
    event = at_trigger(code(text, layer=False), trigger)
    assert event is None or event.type != "AID"


@pytest.mark.parametrize("text", [
    "Brazil and Argentina have set up a joint working group.",
    "Brazil and Argentina established a joint commission.",
    "Brazil set up a joint commission with Argentina.",
])
def test_a_joint_body_set_up_is_cooperation(code, text):
    event = next((e for e in code(text) if e.type == "COOPERATE"), None)
    assert event is not None and parties(event) == (["Brazil"], ["Argentina"])


@pytest.mark.parametrize("text, trigger", [
    ("Registered political parties are required to set out all donations over 5,000 pounds to their headquarters.",
     "donations"),  # "set out" is no "set up": no giver of the donations named
    ("Police have set up special vigil at the market where communal clashes occurred recently.", "vigil"),
])
def test_set_out_and_a_police_vigil_are_no_events(code, text, trigger):
    event = at_trigger(code(text), trigger)
    assert event is None or event.confidence < 0.5


def test_a_curfew_established_is_the_establishers_act(code):
    event = at_trigger(code("Military officials established a curfew in Tingo Maria on Monday."), "curfew")
    assert event is not None and event.type == "COERCE" and parties(event)[0] == ["Military officials"]


@pytest.mark.parametrize("text", [
    "Thousands of protesters gathered on Saturday to protest against violence and discrimination.",
    "Members of the citizens' forum took out a march on Sunday to protest the incidents of violence.",
    "Some 150 people threw stones at the embassy today to protest the presence of the refugees.",
])
def test_a_gathering_or_a_protest_act_to_protest_is_the_protest_done(code, text):
    event = next(e for e in code(text) if e.trigger.text.lower() == "protest")
    assert event.type == "PROTEST" and event.status == "factual" and "relevance:purpose" not in event.reason


@pytest.mark.parametrize("text", [
    "The minister resigned to protest the bloody crackdown.",
    "The rebels launched an offensive to protest the new taxes.",
])
def test_a_protest_as_the_aim_of_another_act_is_still_an_aim(code, text):
    event = next(e for e in code(text) if e.trigger.text.lower() == "protest")
    assert event.status == "hypothetical"


@pytest.mark.parametrize("text, trigger", [
    ("The peaceful demonstration took place in the main square on Sunday.", "demonstration"),
    ("Violent rioting broke out in the city on Saturday night.", "rioting"),
    ("Protests erupted in the capital on Friday.", "Protests"),
])
def test_a_protest_told_as_a_happening_is_coded_with_no_protester_named(code, text, trigger):
    event = at_trigger(code(text), trigger)
    assert event is not None and event.type == "PROTEST" and event.actor == [] and event.confidence >= 0.5


@pytest.mark.parametrize("text, trigger", [
    ("Protests may erupt if the law passes.", "Protests"),
    ("A strike took place at the factory.", "strike"),  # a military strike "takes place" too: no protest noun here
])
def test_a_protest_foreseen_or_a_strike_is_no_happening(code, text, trigger):
    event = at_trigger(code(text), trigger)
    assert event is None or event.type != "PROTEST" or event.confidence < 0.5


def test_soldiers_standing_guard_are_forces_posted(code):
    event = at_trigger(code("Soldiers stood guard outside the parliament on Monday.", layer=False), "stood")
    assert event is not None and event.type == "MOBILIZE"


def test_keeping_a_close_watch_is_no_force_posted(code):
    event = at_trigger(code("U.S. authorities were keeping a close watch on the crisis on Monday.", layer=False),
                       "keeping")
    assert event is None or event.type != "MOBILIZE"


@pytest.mark.parametrize("text, mobilized", [
    ("The president ordered the recruitment of 2,000 regular troops.", True),
    ("Rebels stepped up the recruitment of child soldiers.", True),
    ("The school announced the recruitment of 50 teachers.", False),
])
def test_the_recruitment_of_fighters_is_forces_raised(code, text, mobilized):
    event = at_trigger(code(text, layer=False), "recruitment")
    assert (event is not None and event.type == "MOBILIZE") == mobilized


@pytest.mark.parametrize("text, trigger", [
    ("U.S. and Japanese officials meet tomorrow to try to settle a dispute over trade.", "meet"),
    ("The leaders hold talks next week in Geneva.", "hold"),
])
def test_the_simple_present_of_a_timetable_is_a_plan(code, text, trigger):
    event = at_trigger(code(text, layer=False), trigger)
    assert event is not None and event.status == "future" and event.type == "AGREE"


@pytest.mark.parametrize("text, trigger", [
    ("The foreign ministers meet in Brussels on Monday.", "meet"),  # a weekday alone: maybe a headline's past
    ("Police later arrest the suspect.", "arrest"),  # a narrative's present
    ("The company expects growth of more than 10% next year.", "expects"),  # a state now
    ("Gaps remain between the two sides before next week's talks.", "talks"),
])
def test_other_presents_with_a_later_time_are_not_made_plans(code, text, trigger):
    for event in code(text, layer=False):
        assert "arranged:present" not in event.reason


def test_a_timelines_present_after_a_later_is_no_plan(code):
    events = code("Two hours later , the Swedish authorities challenge the decision to grant bail .", layer=False)
    assert events and all("arranged:present" not in e.reason for e in events)


def test_a_country_the_tagger_reads_as_a_nationality_is_still_named(code):
    # the small model tags "Myanmar" NORP; the actor is the country itself, not "an American"
    event = at_trigger(code("Myanmar resumed full diplomatic relations with the Palestinian Authority on Sunday."),
                       "resumed")
    assert event is not None and event.type == "SUPPORT" and event.confidence >= 0.5


def test_a_person_of_a_nationality_is_still_doubted(code):
    event = at_trigger(code("An American criticized Israel on Sunday."), "criticized")
    assert event is not None and "relevance:country_coded_actor" in event.reason
