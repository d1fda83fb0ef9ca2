"""Session 53, from the blind sample 6 and probes of unjudged news: words or a measure said to amount to an act are a
label, no act (labelled_acts.labelled_measure); remarks that blame speak for their author (document_nouns); a thing a
purpose clause takes up again is no doer of it (roles._taken_up_again); acts said to be common or rare are a habit
(habit_adverbs); a count of acts a year saw is a statistic (generic_acts.counted_over_period); who responds with an act
does it (wrong_doers.responder_as_doer); the later of coordinated nouns an aim names is aimed at too
(foreseen_acts.in_purpose_clause); a deed described by a participle of force is no party using it
(force_participles.party_using_force); a bullet that hits after a relative clause of firing a gun is the shooter's
(roles._violent_clause_before); a news dateline the parser made a passive subject is no one acted on
(roles._dateline_before_subject) nor any party at all (extract._opening_dateline); those investigating "after" someone was shot were not shot
(roles._subject_read_as_conjunction_object); and table rows: training with no one trained, fuel burned, animals rescued, ranks
closed, a charge of dynamite, "blow it", a bomb placed, principles laid down, a note's contents released, guards taken hostage, force used against a party.  Sentences written for the test, through
the whole pipeline.
"""

from __future__ import annotations

import pytest

from coded_events import at_trigger, halved_by_layer, not_doubted, parties


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text, trigger", [
    ('Nath said these remarks of the chief minister amounted to a "great assault" on parliament.', "assault"),
    ("Critics said the decision amounted to an attack on parliament.", "attack"),
    ("The opposition said the new law was tantamount to an assault on parliament.", "assault"),
    ("Lawyers said his comments constituted an attack on parliament.", "attack"),
])
def test_words_or_a_measure_said_to_amount_to_an_act_are_a_label(code, text, trigger):
    assert halved_by_layer(code, text, trigger, "relevance:characterization")


@pytest.mark.parametrize("text, trigger", [
    ("The shelling of the market amounted to an attack on civilians.", "attack"),
    ("The opposition said the shelling was tantamount to an assault on parliament.", "assault"),
])
def test_violence_that_amounted_to_an_attack_is_no_label(code, text, trigger):
    assert not_doubted(code, text, trigger, "relevance:characterization")


def test_remarks_that_blame_speak_for_their_author(code):
    event = at_trigger(code("Chief minister Narendra Modi's recent remarks blaming the riots on the opposition "
                            "angered members."), "blaming")
    assert event is not None and event.type == "ACCUSE" and parties(event)[0] == ["Chief minister Narendra Modi's"]


def test_a_thing_a_purpose_clause_takes_up_again_is_no_doer(code):
    event = at_trigger(code("The SP said the Maoists might have driven away a few JCB machines from project work sites "
                            "in the area to use them for damaging the buildings."), "damaging")
    assert event is not None and parties(event)[0] == ["the Maoists"]


def test_people_a_purpose_clause_takes_up_again_still_act(code):
    event = at_trigger(code("The police persuaded the gunmen to free them."), "free")
    assert event is not None and parties(event)[0] == ["the gunmen"]


@pytest.mark.parametrize("text, trigger", [
    ("It is plausible that these items are more commonly seized because the gangs have networks.", "seized"),
    ("Protesters are rarely arrested in the capital.", "arrested"),
])
def test_acts_said_to_be_common_or_rare_are_a_habit(code, text, trigger):
    assert halved_by_layer(code, text, trigger, "relevance:habitual")


@pytest.mark.parametrize("text, trigger", [
    ("Women in Libya are training to defend Moammar Gadhafi's regime.", "training"),
    ("There is argument about whether people burn fossil fuels.", "burn"),
])
def test_no_aid_or_attack_in_a_drill_or_fuel_burned(code, text, trigger):
    event = at_trigger(code(text), trigger)
    assert event is None or event.type not in ("AID", "ASSAULT")


@pytest.mark.parametrize("text, trigger, type_", [
    ("US advisers trained Iraqi forces in Baghdad.", "trained", "AID"),
    ("The massacres were carried out by groups trained by British mercenaries.", "trained", "AID"),
    ("Rioters burned cars and shops.", "burned", "ASSAULT"),
])
def test_trainees_trained_and_property_burned_stay(code, text, trigger, type_):
    event = at_trigger(code(text), trigger)
    assert event is not None and event.type == type_


def test_a_count_of_acts_a_year_saw_is_a_statistic(code):
    assert halved_by_layer(code, "In 2012, Honduras saw its highest number of homicides on record, with over 7,000 "
                                 "killings.", "killings", "relevance:statistic")


def test_who_responds_with_an_act_does_it(code):
    assert not_doubted(code, "On Tuesday the army responded with two attacks on rebel bases.", "attacks",
                       "relevance:responder_not_the_doer")


def test_animals_rescued_are_no_aid(code):
    event = at_trigger(code("In 2012 alone, Colombia's environmental police rescued 46,637 illegally trafficked "
                            "animals."), "rescued")
    assert event is None or event.type != "AID"


def test_people_rescued_are_aided(code):
    event = at_trigger(code("Firefighters rescued 20 people from the flood."), "rescued")
    assert event is not None and event.type == "AID"


def test_every_noun_an_aim_names_is_aimed_at(code):
    assert halved_by_layer(code, "Security agencies say ten ULFA militants have sneaked into the district to carry out "
                                 "subversive strikes, extortion and abduction.", "abduction", "relevance:purpose")


def test_supporters_who_close_ranks_restrict_no_one(code):
    event = at_trigger(code("The film failed to find funding after the politician's supporters closed ranks."), "closed")
    assert event is None or event.type != "COERCE"


def test_a_charge_of_dynamite_placed_is_no_accusation(code):
    event = at_trigger(code("As has been reported, the terrorists placed a charge of dynamite under a bus."), "charge")
    assert event is None or event.type != "ACCUSE"


def test_those_who_blow_it_bomb_nothing(code):
    event = at_trigger(code("Every time the Republicans do that, they blow it."), "blow")
    assert event is None or event.type != "ASSAULT"


def test_a_bomb_placed_is_a_bombing(code):
    event = at_trigger(code("The terrorists placed a bomb under a bus."), "placed")
    assert event is not None and event.type == "ASSAULT" and event.mode == "explosives"


def test_a_bombing_its_victims_were_injured_in_is_no_doer(code):
    event = at_trigger(code("At least two soldiers were killed and four others were injured in a bombing targeting a "
                            "police vehicle near Bannu town."), "injured in a bombing")
    assert event is not None and parties(event) == ([], ["four others"])


def test_police_whose_firing_injured_are_the_doers(code):
    event = at_trigger(code("Two students were killed in police firing."), "killed")
    assert event is not None and parties(event)[0] == ["police"]


def test_a_bullet_hitting_after_a_gun_fired_is_the_shooter_s(code):
    event = at_trigger(code("Officers responded on a report of a child that had accidently discharged a firearm, striking "
                            "the child's finger."), "striking")
    assert event is not None and parties(event)[0] == ["a child"]


@pytest.mark.parametrize("text, trigger, kept", [
    ("The tax is contrary to internationally accepted principles, laid down by the United Nations and the OECD.",
     "laid down", False),
    ("The court laid down strict guidelines for arrests.", "laid down", False),
    ("The guerrillas laid down their weapons on Monday.", "laid down", True),
])
def test_rules_laid_down_are_no_arms_laid_down(code, text, trigger, kept):
    event = at_trigger(code(text), trigger)
    assert (event is not None and event.type == "RETREAT") == kept


@pytest.mark.parametrize("text, trigger, acted_on", [
    ("SCOTTSDALE, AZ - A 28-year-old man is accused of shooting his co-worker in the face at a business.", "accused",
     "A 28-year-old man"),
    ("VERNON, Conn. (WTNH)– A 19-year-old man has been arrested for allegedly shooting a boy in the head.", "arrested",
     "A 19-year-old man"),
])
def test_a_dateline_is_no_one_acted_on(code, text, trigger, acted_on):
    event = at_trigger(code(text), trigger)
    assert event is not None and parties(event)[1] == [acted_on]


def test_contents_released_are_no_captives_freed(code):
    event = at_trigger(code("The anguish of the former vice-chairman was revealed when the police released the contents of "
                            "his suicide note."), "released")
    assert event is None or event.type != "RETREAT"


def test_guards_taken_hostage_are_abducted(code):
    events = code("Inmates at a prison in Guatemala rioted for over 24 hours and took guards hostage, yet more evidence "
                  "of how lax government control and poor conditions fuel violence.")
    took = at_trigger(events, "took")
    assert took is None or took.type != "COERCE"
    hostage = at_trigger(events, "hostage")
    assert hostage is not None and hostage.type == "ASSAULT" and hostage.mode == "abduct"


@pytest.mark.parametrize("text, type_", [
    ("Police used force against the protesters on Monday.", "ASSAULT"),
    ("The army vowed to use force against protesters.", "THREATEN"),
    ("The army promised not to use force against protesters.", "AGREE"),
])
def test_force_used_against_a_party_is_an_assault(code, text, type_):
    events = code(text)
    assert any(e.type == type_ for e in events) and not any(e.type == "THREATEN" for e in events if type_ != "THREATEN")


def test_an_opening_dateline_is_no_party(code):
    event = at_trigger(code("HAMPTON, Va. – Police are asking for the public's help to identify suspects in connection "
                            "with a shooting that happened Monday night."), "asking")
    assert event is not None and parties(event) == (["Police"], [])


def test_a_spaced_hyphen_inside_a_name_is_no_dateline(code):
    event = at_trigger(code("Vice - president Dick Cheney 's refusal to release details of his meetings to the "
                            "congressional watchdog provides the focus."), "refusal")
    assert event is not None and parties(event)[0] == ["Vice - president Dick Cheney 's"]


def test_police_investigating_after_a_shooting_were_not_shot(code):
    event = at_trigger(code("Police are investigating after a 15-year-old was shot while playing with a gun."), "shot")
    assert event is None or "Police" not in parties(event)[1]
