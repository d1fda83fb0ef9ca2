"""Session 56, blind sample 9: a participle set off after a place tells what the clause's doer did (a place demands
nothing); a "not an event" rule on the object sees the noun a relative pronoun object stands for ("the ring that police
have dismantled" is policing, no disarmament); hurting a part of one's own body is no attack; what "which killed"
takes up after "the torching of the train" is the torching, an act and no party; a place that owns a protest or a riot
is where it happens, not who protests; a "pre-emptive strike" is no labour strike; a participle coordinated with a
passive shares its subject ("the advert was directed by X and *shot* by Y": a film shot, no shooting); bargaining
over a purchase is no talks, and directives not met are no meeting refused; a name in a passive's "by" phrase that
the parser left a plain preposition is the doer; an act done with the parties one joins ("has joined Chile and
Mexico to establish relations") takes the joining verb's status, no aim; forces deployed with no sender named stand
for it, and the wounded rushed to a hospital are no force sent; "it" released is a thing; what a party "tends to" do
is a habit.  Sentences written for the test, through
the whole pipeline."""

from __future__ import annotations

import pytest

from coded_events import all_at, at_trigger, halved_by_layer, not_doubted, parties


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text, doer", [
    ("The opposition leader led a large march in Maracaibo and 12 other states, demanding new elections.",
     "The opposition leader"),
    ("Thousands of protesters marched in Caracas, demanding the release of prisoners.", "Thousands of protesters"),
])
def test_a_participle_after_a_place_is_done_by_the_clause_doer(code, text, doer):
    event = at_trigger(code(text, layer=False), "demanding")
    assert event is not None and event.type == "REQUEST"
    assert parties(event)[0] == [doer]


def test_a_participle_after_a_party_object_is_still_read_as_before(code):
    event = at_trigger(code("The United States criticised China, accusing it of abusing human rights.",
                            layer=False), "accusing")
    assert event is not None and parties(event)[0] == ["The United States"]


@pytest.mark.parametrize("text", [
    "This is the second trafficking ring that Colombian police have dismantled in the area this year.",
    "It was the third drug ring that police dismantled in the area.",
    "Police dismantled a trafficking ring in the area.",
])
def test_a_dismantled_ring_is_policing_not_disarmament(code, text):
    event = at_trigger(code(text, layer=False), "dismantled")
    assert event is not None and event.type == "COERCE"


def test_a_dismantled_arsenal_is_still_disarmament(code):
    event = at_trigger(code("The rebels dismantled their weapons under the peace deal.", layer=False), "dismantled")
    assert event is not None and event.type == "RETREAT"


@pytest.mark.parametrize("text, trigger", [
    ("Wilkinson, who has not played since injuring his bicep in October, took part in training.", "injuring"),
    ("The striker injured his knee in the first half.", "injured"),
])
def test_hurting_a_part_of_ones_own_body_is_no_attack(code, text, trigger):
    assert all_at(code(text, layer=False), trigger) == []


@pytest.mark.parametrize("text", ["The gunman injured two policemen.", "Police injured his wife."])
def test_injuring_people_is_still_an_attack(code, text):
    event = at_trigger(code(text, layer=False), "injured")
    assert event is not None and event.type == "ASSAULT"


def test_which_after_the_object_of_a_torching_takes_up_the_torching(code):
    text = "They were protesting against the torching of the train in Gujarat which killed scores of people."
    event = halved_by_layer(code, text, "killed", "relevance:actor_not_a_party")
    actors, recipients = parties(event)
    assert actors == ["the torching of the train in Gujarat"] and recipients == ["people"]


def test_who_after_a_person_still_takes_up_the_person(code):
    text = "They condemned the arrest of the gunman who killed 20 people."
    event = not_doubted(code, text, "killed", "relevance:actor_not_a_party")
    assert parties(event)[0] == ["the gunman"]


@pytest.mark.parametrize("text", [
    "AFP reported this was Colombia's first prison riot to result in deaths since 2000.",
    "France's protests against the pension reform continued on Tuesday.",
])
def test_a_place_owning_a_protest_is_not_its_doer(code, text):
    assert all(parties(e)[0] not in (["Colombia's"], ["France's"]) for e in code(text, layer=False))


def test_a_party_owning_a_strike_is_still_its_doer(code):
    event = at_trigger(code("The union's strike entered its third day.", layer=False), "strike")
    assert event is not None and event.type == "PROTEST" and parties(event)[0] == ["The union's"]


def test_a_strike_of_war_is_no_labour_strike(code):
    events = code("In a pre-emptive strike on Monday, the mayor sent a letter to the council.", layer=False)
    assert not any(e.type == "PROTEST" for e in all_at(events, "strike"))
    event = at_trigger(code("Workers began a two-day strike on Monday.", layer=False), "strike")
    assert event is not None and event.type == "PROTEST"


@pytest.mark.parametrize("text, trigger", [
    ("The advert was directed by Romain Gavras and shot by David Sims.", "shot"),
    ("The attack was carried out by gang members and was directed by three inmates.", "directed"),
])
def test_a_participle_shares_the_passive_subject_of_its_conjunct(code, text, trigger):
    assert all_at(code(text, layer=False), trigger) == []


def test_a_person_beaten_and_shot_is_still_shot(code):
    event = at_trigger(code("The journalist was beaten and shot by soldiers.", layer=False), "shot")
    assert event is not None and event.type == "ASSAULT" and parties(event)[0] == ["soldiers"]


def test_bargaining_over_a_purchase_is_no_talks(code):
    text = "An official from the tobacco company negotiated the purchase of ten million cigarettes."
    assert all_at(code(text, layer=False), "negotiated") == []
    event = at_trigger(code("Iran negotiated a deal with the United States.", layer=False), "negotiated")
    assert event is not None and event.type == "CONSULT"


def test_a_committee_that_does_not_meet_directives_refuses_no_meeting(code):
    for text in ("The party objected to the committee because it did not meet the directives of the minister.",
                 "The new committee did not meet the guidelines of the prime minister."):
        assert all_at(code(text, layer=False), "meet") == []


def test_a_passive_by_phrase_the_parser_left_a_preposition_names_the_doer(code):
    event = at_trigger(code("Four Iranian dissidents were granted asylum by Germany.", layer=False), "granted")
    assert event is not None and event.type == "AID" and parties(event) == (["Germany"], ["Four Iranian dissidents"])


@pytest.mark.parametrize("text, trigger, status", [
    ("Tunisia has joined Chile, Mexico and Jordan to establish diplomatic relations with the United States.",
     "establish", "factual"),
    ("Germany will join France to condemn the attack.", "condemn", "future"),
])
def test_the_act_done_with_joined_parties_takes_the_joining_verbs_status(code, text, trigger, status):
    event = at_trigger(code(text, layer=False), trigger)
    assert event is not None and event.status == status


def test_joining_forces_to_act_is_still_an_aim(code):
    text = "The two ministers had joined forces to fight the planned sale."
    event = at_trigger(code(text, layer=False), "fight")
    assert event is None or event.status == "hypothetical"


def test_forces_deployed_with_no_sender_named_are_not_doubted_as_a_patient(code):
    event = not_doubted(code, "More than 120 troops were deployed to the east of the island on Tuesday.", "deployed",
                        "relevance:passive_no_agent")
    assert event.type == "MOBILIZE" and event.confidence >= 0.5


def test_the_wounded_rushed_to_a_hospital_are_no_force_sent(code):
    text = "He said the injured policemen were rushed to a hospital where both of them succumbed to their injuries."
    assert all_at(code(text, layer=False), "rushed") == []


def test_it_released_is_a_thing_not_a_captive(code):
    text = "The single went straight to number one in Britain. It was released in the US and reached number 13."
    assert all_at(code(text, layer=False), "released") == []
    event = at_trigger(code("Rebels released the hostages on Monday.", layer=False), "released")
    assert event is not None and event.type == "RETREAT"


def test_what_a_party_tends_to_do_is_a_habit(code):
    halved_by_layer(code, "Rebels tend to attack army posts at night.", "attack", "relevance:habitual")
