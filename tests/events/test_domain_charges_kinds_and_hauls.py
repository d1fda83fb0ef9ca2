"""Session 44 (lead, sample x): a charge, arrest or wounding with no doer named in business or culture news is the
police's or an attacker's and stays (relevance._judge_parties, ``agentless_force``), while sport's charges are its
bodies'; recognising a fact or a need is no SUPPORT (not_triggers.tsv support.verb:recognize); a haul counted in
millions over a year is a statistic (generic_acts.weighed_over_period, word_classes.tsv haul_scales); a participle on
"anyone" names a kind of person (generic_acts.kind_by_participle, kind_pronouns).  Real spaCy model, the actors stage's
mentions and the shipped type model; sentences written for the test."""

from __future__ import annotations

import pytest

from coded_events import all_at as _at, halved_by_layer, not_doubted, rows

# A culture story: its words (rapper, album, charts, award, singer) make the article culture news.
ARTIST_STABBING = ("Rapper Young Buck has been charged after allegedly stabbing a man who hit Dr Dre. Dr Dre was about "
                   "to receive a lifetime achievement award. The rapper, whose new album topped the charts, was arrested "
                   "after the show. The man who was stabbed is in a stable condition in hospital. The singer and the "
                   "rapper are due at the Grammy awards in February.")
SPORT_CHARGE = ("Millwall, who lost the match 3-0, have also been charged over alleged racist behaviour by their "
                "supporters. The FA said the club had failed to control its fans at the Premier League match. The "
                "referee and the goalkeeper were unhurt.")


@pytest.mark.parametrize("trigger", ["charged", "arrested", "stabbed"])
def test_an_agentless_charge_arrest_or_wounding_in_culture_news_stays(code_in_pipeline, trigger):
    assert _at(code_in_pipeline(ARTIST_STABBING, layer=False), trigger)
    coded = _at(code_in_pipeline(ARTIST_STABBING), trigger)
    assert coded and all(e.confidence >= 0.5 and not e.actor for e in coded)


def test_a_sport_charge_is_its_governing_bodys_and_dropped(code_in_pipeline):
    assert _at(code_in_pipeline(SPORT_CHARGE, layer=False), "charged")
    assert not _at(code_in_pipeline(SPORT_CHARGE), "charged")


def test_a_doer_named_in_culture_news_still_needs_a_political_party(code_in_pipeline):
    assert _at(code_in_pipeline(ARTIST_STABBING, layer=False), "hit")
    assert not _at(code_in_pipeline(ARTIST_STABBING), "hit")


@pytest.mark.parametrize("text", [
    "The Honduran government is now taking a tougher approach, recognizing the political and economic toll it is "
    "having on the population.",
    "The minister recognised the need for reform of the police.",
])
def test_recognising_a_fact_or_a_need_is_no_support(code, text):
    assert not any(t == "SUPPORT" for t, *_ in rows(code, text))


@pytest.mark.parametrize("text", [
    "Britain recognized the new government of Libya.",
    "The minister recognised the contribution of the army.",
])
def test_recognising_a_government_or_a_partys_work_stays_support(code, text):
    assert any(t == "SUPPORT" for t, *_ in rows(code, text))


def test_a_years_haul_counted_in_millions_is_a_statistic(code_in_pipeline):
    halved_by_layer(code_in_pipeline, "Authorities in Brazil seized over eight million packs of contraband cigarettes "
                    "in just one state in 2013, providing an indication of the size of the trade.", "seized",
                    "relevance:statistic")


def test_a_haul_counted_in_millions_on_one_day_is_a_seizure(code_in_pipeline):
    not_doubted(code_in_pipeline, "Police seized two million dollars from the gang on Tuesday.", "seized",
                "relevance:statistic")


def test_anyone_accused_of_a_crime_is_a_kind(code_in_pipeline):
    halved_by_layer(code_in_pipeline, "The government proposed an amendment to a law to allow China to extradite anyone "
                    "accused of a crime to the mainland.", "accused", "relevance:generic_act")


def test_everyone_arrested_in_the_protests_is_a_particular_group(code_in_pipeline):
    not_doubted(code_in_pipeline, "Everyone arrested in the protests was released on Monday.", "arrested",
                "relevance:generic_act")


# Found by coding unjudged news (session 44 probes): a race or a test named "trial", violence a place owns, what an
# indefinite body "works to" do, empty promises.

@pytest.mark.parametrize("text", [
    "US Postal clocked the third-best average speed in a Tour de France team time trial with 53.71 kph.",
    "The clinical trial of the vaccine began in May with 300 volunteers.",
])
def test_a_race_or_a_test_called_a_trial_is_no_accusation(code, text):
    assert not any(t == "ACCUSE" for t, *_ in rows(code, text))


def test_a_court_trial_stays_an_accusation(code):
    assert any(t == "ACCUSE" for t, *_ in rows(code, "Prosecutors opened the trial of the former minister on Monday."))


@pytest.mark.parametrize("text", [
    # (session 51: "tackling El Salvador's violence" was the first sentence here; violence "tackled" names no attack
    # now, not_triggers.tsv, and the place's doubt is pinned on another verb)
    "Finding out where the weapons come from is crucial to understanding El Salvador's violence.",
    "Mexico's violence has spread to the tourist resorts.",
])
def test_a_place_owning_violence_is_not_its_doer(code_in_pipeline, text):
    halved_by_layer(code_in_pipeline, text, "violence", "relevance:place_not_the_doer")


def test_a_country_owning_violence_against_someone_is_its_doer(code_in_pipeline):
    not_doubted(code_in_pipeline, "The government condemned Russia's violence against protesters.", "violence",
                "relevance:place_not_the_doer")


def test_what_an_indefinite_body_works_to_do_describes_it(code_in_pipeline):
    halved_by_layer(code_in_pipeline, "CATW-LAC is a regional coalition that works to prevent sexual exploitation of "
                    "women and children through awareness campaigns.", "prevent", "relevance:characterization")


def test_empty_promises_are_no_pledge(code):
    assert not any(t == "AGREE" for t, *_ in rows(code, "The gangs lured the children with empty promises of jobs."))


def test_cartridges_seized_by_troops_are_a_seizure_not_an_attack(code):
    text = ("In recent military operations, armed forces units killed one rebel, seized 45,000 cartridges and other war "
            "materiel, and destroyed an underground hideout.")
    assert [t for t, trig, *_ in rows(code, text) if trig == "seized"] == ["COERCE"]


def test_its_repeats_the_owner_of_the_coordinated_noun(code):
    text = ("US Secretary of State Mike Pompeo sent a letter to Elaine Chao, the Secretary of Transportation. In the "
            "letter, Pompeo cited the Cuban government's ongoing repression of the Cuban people and its support for "
            "Nicolas Maduro in Venezuela as his motivation.")
    at = _at(code(text), "support")
    assert at and [p.text for p in at[0].actor] == ["the Cuban government's"]


def test_a_question_put_to_the_main_subject_is_no_request(code_in_pipeline):
    halved_by_layer(code_in_pipeline, "Asked the rationale of his optimism, the party leader alluded to new allies "
                    "coming to the party's help.", "Asked", "relevance:question")


def test_what_any_state_which_does_it_is_a_kind(code_in_pipeline):
    halved_by_layer(code_in_pipeline, "The proposed changes would make it harder for the European Commission to launch "
                    "infringement action against any state which breaches the pact's rules.", "breaches",
                    "relevance:generic_act")


def test_what_the_state_which_did_it_did_is_reported(code_in_pipeline):
    not_doubted(code_in_pipeline, "The state which attacked its neighbour was sanctioned.", "attacked",
                "relevance:generic_act")


@pytest.mark.parametrize("text", [
    "The company is under attack from President Obama for its plans to pay a dividend.",
    "The minister came under attack from the government over the budget.",
])
def test_office_holders_attacking_over_a_matter_attack_in_words(code_in_pipeline, text):
    halved_by_layer(code_in_pipeline, text, "attack", "relevance:verbal_attack")


@pytest.mark.parametrize("text", [
    "The rebels came under attack from the government over the weekend.",
    "The village came under attack from the army over the weekend.",
])
def test_an_attack_on_armed_men_or_by_the_army_stays_force(code_in_pipeline, text):
    not_doubted(code_in_pipeline, text, "attack", "relevance:verbal_attack")


def test_a_shooting_in_a_hunting_accident_is_a_mishap(code_in_pipeline):
    halved_by_layer(code_in_pipeline, "A man shot his friend in a hunting accident on Sunday.", "shot",
                    "relevance:mishap")


def test_troops_shooting_protesters_is_no_mishap(code_in_pipeline):
    not_doubted(code_in_pipeline, "Troops shot two protesters in the square.", "shot", "relevance:mishap")


def test_what_parties_are_likely_to_do_is_a_forecast(code_in_pipeline):
    halved_by_layer(code_in_pipeline, "EU member states are likely to reach agreement on the measures on 27 February.",
                    "reach", "relevance:predicted")


def test_blasting_a_structure_is_an_attack_not_criticism(code):
    text = "According to railway sources 50 to 60 armed Maoists blasted the signal point around 2AM."
    assert [t for t, trig, *_ in rows(code, text) if trig == "blasted"] == ["ASSAULT"]


def test_blasting_a_budget_is_criticism(code):
    assert [t for t, *_ in rows(code, "The opposition blasted the government's budget.")] == ["ACCUSE"]


def test_a_clause_subject_read_as_an_object_conjunct_is_the_subject(code):
    evs = rows(code, "The United States has already shut its embassy and France, the UK and Italy have recalled their "
                     "ambassadors for consultations.")
    assert [(trig, actors) for t, trig, actors, _ in evs if trig == "recalled"] == [
        ("recalled", ["France", "the UK", "Italy"])]
    assert [recipients for t, trig, _, recipients in evs if trig == "shut"] == [["its embassy"]]


def test_names_coordinated_as_objects_stay_objects(code):
    evs = rows(code, "The army shelled the town and the villages near the border on Monday.")
    assert [recipients for t, trig, _, recipients in evs if trig == "shelled"] == [["the town", "the villages"]]


def test_a_partys_general_secretary_is_no_general(code):
    evs = code('Samajwadi Party general secretary Amar Singh said: "When we visited Godhra victims, a kid told me."')
    at = _at(evs, "visited")
    assert at and [p.sector for p in at[0].actor] == ["PTY"]


def test_two_parties_announcing_support_for_a_third_support_the_third(code):
    evs = rows(code, "Britain and France announced their support for the rebels.")
    assert [(actors, recipients) for t, trig, actors, recipients in evs if t == "SUPPORT"] == [
        (["Britain", "France"], ["the rebels"])]


def test_two_parties_signing_an_agreement_stay_a_dyad(code):
    evs = rows(code, "The US and China signed an agreement on trade.")
    assert [(actors, recipients) for t, trig, actors, recipients in evs if t == "SUPPORT"] == [(["The US"], ["China"])]


def test_the_number_of_people_harmed_is_a_statistic(code_in_pipeline):
    halved_by_layer(code_in_pipeline, "The annual report noted an increase in the number of human rights workers "
                    "murdered, from 69 in 2012 to 78 in 2013.", "murdered", "relevance:statistic")


def test_regular_meetings_are_a_habit(code_in_pipeline):
    halved_by_layer(code_in_pipeline, "The prime minister has regular meetings with both of them.", "has",
                    "relevance:habitual")


def test_men_found_shot_dead_are_the_ones_shot(code):
    evs = rows(code, "Police found three men shot dead in different parts of Karachi on June 3.")
    assert [(actors, recipients) for t, trig, actors, recipients in evs if t == "ASSAULT"] == [([], ["three men"])]


def test_visitors_named_together_all_visit(code):
    evs = rows(code, "The interior minister, legislators and church officials visited the hospital.")
    assert [actors for t, trig, actors, _ in evs if t == "CONSULT"] == [
        ["The interior minister", "legislators", "church officials"]]


def test_two_refusing_to_hand_over_documents_refuse_together(code):
    evs = rows(code, "Barr and Ross, however, refused to hand over the documents to Congress.")
    assert all(recipients != ["Ross"] for t, trig, actors, recipients in evs if t == "REJECT")


def test_two_failing_to_reach_a_deal_stay_a_dyad(code):
    evs = rows(code, "Israel and Syria failed to reach a deal.")
    assert [(actors, recipients) for t, trig, actors, recipients in evs if t == "REJECT"] == [(["Israel"], ["Syria"])]


def test_a_victims_condition_released_is_no_release(code):
    assert not rows(code, "Police did not release the victim's condition.")


def test_a_wrong_that_must_stop_is_no_demand_on_a_party(code_in_pipeline):
    halved_by_layer(code_in_pipeline, '"This scandal must stop," Oxfam\'s Barbara Stocking said.', "said",
                    "relevance:not_a_demand")


def test_what_weapons_are_carried_for_is_an_aim(code_in_pipeline):
    halved_by_layer(code_in_pipeline, "The rebels carried weapons for shooting down helicopters.", "shooting down",
                    "relevance:purpose")


def test_what_men_are_arrested_for_is_not_a_weapons_use(code_in_pipeline):
    not_doubted(code_in_pipeline, "Police arrested the men for shooting two officers.", "shooting", "relevance:purpose")


def test_a_participle_before_its_noun_read_as_a_verb_is_a_kind(code_in_pipeline):
    halved_by_layer(code_in_pipeline, "The charity helps abused children.", "abused", "relevance:generic_act")


def test_a_bare_infinitive_after_help_is_an_act(code_in_pipeline):
    not_doubted(code_in_pipeline, "Police helped arrest the suspects.", "arrest", "relevance:generic_act")


def test_a_politician_attacking_a_party_for_what_it_wants_attacks_in_words(code_in_pipeline):
    halved_by_layer(code_in_pipeline, "Mr Howard will also attack the Lib Dems for wanting to abolish faith schools.",
                    "attack", "relevance:verbal_attack")


def test_a_mob_attacking_party_workers_for_their_support_is_force(code_in_pipeline):
    not_doubted(code_in_pipeline, "A mob attacked BJP workers for supporting the strike.", "attacked",
                "relevance:verbal_attack")


def test_a_party_leader_on_the_offensive_over_comments_attacks_in_words(code_in_pipeline):
    halved_by_layer(code_in_pipeline, "Tory leader Michael Howard went on the offensive over comments Mr Blunkett is "
                    "alleged to have made in a new biography.", "offensive", "relevance:verbal_attack")


def test_a_government_offensive_over_the_weekend_is_force(code_in_pipeline):
    not_doubted(code_in_pipeline, "The government launched an offensive over the weekend.", "offensive",
                "relevance:verbal_attack")


@pytest.mark.parametrize("text", [
    "Fourteen companies of CRPF and Uttar Pradesh police marched through the town's roads.",
    "Troops marched into the city on Monday.",
])
def test_police_or_troops_marching_are_no_protest(code_in_pipeline, text):
    halved_by_layer(code_in_pipeline, text, "marched", "relevance:forces_marching")


@pytest.mark.parametrize("text", [
    "Police officers marched to demand higher pay.",
    "Thousands of students marched through the capital.",
])
def test_a_march_for_a_demand_or_by_civilians_stays_a_protest(code_in_pipeline, text):
    not_doubted(code_in_pipeline, text, "marched", "relevance:forces_marching")


def test_people_filling_prison_spaces_occupy_no_territory(code):
    assert not rows(code, "17,942 people occupied the country's 6,412 prison spaces.")


def test_rebels_occupying_a_square_stay_an_assault(code):
    assert [t for t, *_ in rows(code, "Rebels occupied the town's main square.")] == ["ASSAULT"]


def test_it_in_a_coordinated_clause_keeps_the_first_clauses_subject(code):
    evs = code("Last year, the EU banned crude oil imports from Syria and in February it expanded sanctions to block "
               "trade in gold.")
    at = _at(evs, "expanded")
    assert at and [p.text for p in at[0].actor] == ["the EU"]


def test_what_it_is_unusual_to_do_is_said_in_general(code_in_pipeline):
    halved_by_layer(code_in_pipeline, "It is unusual for sitting senators to be ousted.", "ousted",
                    "relevance:generic_act")


def test_what_it_is_clear_was_done_is_reported(code_in_pipeline):
    not_doubted(code_in_pipeline, "It is clear that the army attacked the village.", "attacked", "relevance:generic_act")


@pytest.mark.parametrize("text, trigger", [
    ("The union government did not bother to consult the allies.", "consult"),
    ("The government did not dare to attack the rebels.", "attack"),
])
def test_what_a_party_did_not_bother_or_dare_to_do_is_not_done(code, text, trigger):
    at = _at(code(text), trigger)
    assert at and all(e.status == "negated" for e in at)
