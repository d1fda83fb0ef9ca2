"""Session 21's doubts of the relevance layer (helper PREC), each on a real parse and judged with ``relevance.judge``
on an event built over the sentence the way extract would code it: a weapon, a shot or a vehicle of war as the doer
of violence (relevance:instrument_doer, harm_doers.harmless_force), "target" with no force named
(relevance:aim_only, sense_doubts.sense_doubt), an event noun dated in a time still to come (relevance:planned,
undone_acts.planned_noun), a negative quantifier as the one acted on (relevance:unreal, undone_acts.no_party), the
second of two coordinated infinitives of purpose (relevance:purpose, foreseen_acts.in_purpose_clause), an event noun
awaited (relevance:planned, undone_acts.planned_noun), an event noun governed by "without" (relevance:unreal,
governed_acts.without_object) and an order named with no one ordered and nothing ordered (relevance:bare_order); the
doubts of sense_doubts read data/layer_doubts.tsv."""

from __future__ import annotations

from judged_events import doubted as _doubted, judged


def test_bullets_are_not_the_doer_of_a_shooting(nlp):
    d = judged(nlp, "Someone in the other car opened fire, and the bullets hit his daughter.", "hit", "the bullets",
               "ASSAULT")
    assert _doubted(d, "instrument_doer")


def test_a_named_explosive_device_is_not_the_doer(nlp):
    d = judged(nlp, "Three soldiers were killed when an Improvised Explosive Device hit their truck in the valley.",
               "hit", "an Improvised Explosive Device", "ASSAULT")
    assert _doubted(d, "instrument_doer")


def test_a_countrys_planes_name_the_party(nlp):
    d = judged(nlp, "Israeli planes bombed a house in the south of the town on Monday.", "bombed", "Israeli planes",
               "ASSAULT", "ISR", "MIL")
    assert "relevance:instrument_doer" not in d.reason


def test_an_armys_tanks_name_the_party(nlp):
    d = judged(nlp, "The army's tanks shelled the rebel district for three hours.", "shelled", "The army's tanks",
               "ASSAULT")
    assert "relevance:instrument_doer" not in d.reason


def test_a_gunman_is_no_instrument(nlp):
    d = judged(nlp, "A gunman shot two guards outside the bank on Friday.", "shot", "A gunman", "ASSAULT")
    assert "relevance:instrument_doer" not in d.reason


def test_targeted_by_the_government_names_no_force(nlp):
    d = judged(nlp, "The activists said they were being watched and targeted by the government.", "targeted",
               "the government", "ASSAULT", "IND", "GOV")
    assert _doubted(d, "aim_only")


def test_targeted_and_set_on_fire_is_force(nlp):
    d = judged(nlp, "Two schools were targeted and set on fire by the mob overnight.", "targeted", "the mob", "ASSAULT")
    assert "relevance:aim_only" not in d.reason


def test_targeted_with_grenades_is_force(nlp):
    d = judged(nlp, "The police station was targeted with grenades by unknown men.", "targeted", "unknown men",
               "ASSAULT")
    assert "relevance:aim_only" not in d.reason


def test_rebels_targeting_a_patrol_is_force(nlp):
    d = judged(nlp, "Maoist rebels targeted a police patrol near the village.", "targeted", "Maoist rebels", "ASSAULT",
               "IND", "REB")
    assert "relevance:aim_only" not in d.reason


def test_next_weeks_talks_are_still_to_come(nlp):
    d = judged(nlp, "Traders were cautious ahead of next week's talks between the two governments.", "talks",
               "the two governments", "CONSULT")
    assert _doubted(d, "planned")


def test_last_weeks_talks_happened(nlp):
    d = judged(nlp, "Traders were cautious after last week's talks between the two governments.", "talks",
               "the two governments", "CONSULT")
    assert "relevance:planned" not in d.reason


def test_nobody_arrested_is_no_arrest(nlp):
    d = judged(nlp, "Nobody was arrested during the march, a police officer said.", "arrested", "a police officer",
               "COERCE", "IND", "COP")
    assert _doubted(d, "unreal")


def test_no_soldiers_injured_is_no_assault(nlp):
    d = judged(nlp, "No soldiers were injured in the clash, the army said.", "injured", "the army", "ASSAULT", "IND",
               "MIL")
    assert _doubted(d, "unreal")


def test_two_arrested_is_an_arrest(nlp):
    d = judged(nlp, "Two men were arrested during the march, a police officer said.", "arrested", "a police officer",
               "COERCE", "IND", "COP")
    assert "relevance:unreal" not in d.reason


def test_the_second_of_two_purposes_is_a_purpose(nlp):
    d = judged(nlp, "The armed forces are on alert to avoid any incidents and to guarantee the country's sovereignty.",
               "guarantee", "The armed forces", "AGREE", "HND", "MIL")
    assert _doubted(d, "purpose")


def test_an_awaited_extradition_is_still_to_come(nlp):
    d = judged(nlp, "The former governor awaits extradition to Mexico from Spain.", "extradition", "Spain", "COOPERATE",
               "ESP")
    assert _doubted(d, "planned")


def test_an_extradition_that_took_place_is_no_plan(nlp):
    d = judged(nlp, "The former governor's extradition to Mexico from Spain took place in May.", "extradition", "Spain",
               "COOPERATE", "ESP")
    assert "relevance:planned" not in d.reason


def test_objections_not_raised_were_not_made(nlp):
    d = judged(nlp, "All parties should follow the ruling without raising any objections to it, the cleric said.",
               "objections", "All parties", "ACCUSE")
    assert _doubted(d, "unreal")


def test_released_without_charge_is_no_charge(nlp):
    d = judged(nlp, "The two students were released without charge by the police on Sunday.", "charge", "the police",
               "ACCUSE", "GBR", "COP")
    assert _doubted(d, "unreal")


def test_objections_raised_were_made(nlp):
    d = judged(nlp, "The opposition party raised objections to the ruling on Monday.", "objections",
               "The opposition party", "ACCUSE", "IND", "PTY")
    assert "relevance:unreal" not in d.reason


def test_a_point_of_order_is_no_demand(nlp):
    d = judged(nlp, "Raising a point of order, the MP said the leak was a discourtesy to the House.", "order", "the MP",
               "REQUEST", "GBR", "LEG")
    assert _doubted(d, "bare_order")


def test_a_courts_earlier_order_is_no_new_demand(nlp):
    d = judged(nlp, "The court issued a clarification to its March 13 order on Friday.", "order", "The court",
               "REQUEST", "IND", "JUD")
    assert _doubted(d, "bare_order")


def test_an_order_to_leave_is_a_demand(nlp):
    d = judged(nlp, "The governor gave an order to the villagers to leave the area by Sunday.", "order", "The governor",
               "REQUEST", "IND", "GOV")
    assert "relevance:bare_order" not in d.reason
