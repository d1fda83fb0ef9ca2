"""Session 46 (lead, sample z and probes of unjudged news): what a party is "known to" or "said to" do is a habit
(generic_acts._reputed_habit, word_classes.tsv repute_verbs); a toll of years with no doer named is a statistic
(generic_acts.crowd_over_period); a count "in the history of" a country is no particular act; what infects and kills is
a disease (harm_doers._infects_too); those missing in clashes did not clash (layer_doubts.tsv harmed); a clause after
the main one keeps its own doer however the parser hung its subject (roles.subject_of); those killed in a protest were
not killed by the protest's own party (noun_roles._protest_only); an event noun named with a label ("called the
Democrats' investigation a witch hunt") is the thing named, neither a call for it nor a label with no doer
(status.modality, frame_roles.label_given); a reduced relative the parser read as a main verb ("the six others
*wounded* received ...") and a gapped passive in prose ("and three others wounded") are done to their subject
(roles.reduced_relative_read_as_root, roles.gapped_passive); papers sent to jails, a crime committed, a feeling
appealed to and a party's influence restored are no arrest, aid, request or release (not_triggers.tsv); resigning "in
protest" is the resignation (words_not_deeds.resigned_in_protest); forces "poised to" strike have not struck
(modality.tsv); drug crops burned by police are no attack (not_triggers.tsv); a bare infinitive joined to an aim is an
aim (foreseen_acts._bare_complement); a conviction expressed is a belief; thinkers attack in words; insects are no
doers; hacking off limbs is no cyber attack. Real spaCy model, the actors stage's mentions and the shipped type model;
sentences written for the test."""

from __future__ import annotations

import pytest

from coded_events import all_at, halved_by_layer, not_doubted, parties


@pytest.mark.parametrize("text, trigger", [
    ("Drivers complain to the police, but the gangs have been known to burn buses in reprisal.", "burn"),
    ("Army officers in the border state are known to attack smugglers who refuse to pay them.", "attack"),
])
def test_what_a_party_is_known_to_do_is_a_habit(code_in_pipeline, text, trigger):
    halved_by_layer(code_in_pipeline, text, trigger, "relevance:habitual")


@pytest.mark.parametrize("text, trigger", [
    ("The gunman is believed to have killed five members of his family on Sunday.", "killed"),
    ("Rebels attacked the army post near the border on Sunday, officials said.", "attacked"),
])
def test_one_act_believed_or_told_is_no_habit(code_in_pipeline, text, trigger):
    not_doubted(code_in_pipeline, text, trigger, "relevance:habitual")


def test_a_toll_of_years_with_no_doer_is_a_statistic(code_in_pipeline):
    halved_by_layer(code_in_pipeline, "In the past four years at least 350 transportation sector employees have been "
                    "killed, the newspaper reported.", "killed", "relevance:statistic")


@pytest.mark.parametrize("text", [
    "During the last six months, five judges have been killed by hired assassins in Medellin.",
    "At least 35 transportation sector employees were killed in the capital on Sunday.",
])
def test_a_toll_with_its_killers_or_of_one_day_stays(code_in_pipeline, text):
    not_doubted(code_in_pipeline, text, "killed", "relevance:statistic")


def test_a_count_in_a_countrys_history_is_no_particular_act(code_in_pipeline):
    halved_by_layer(code_in_pipeline, "The House has only impeached two presidents in the history of the United "
                    "States.", "impeached", "relevance:habitual")


def test_those_killed_in_a_protest_were_not_killed_by_its_marchers(code):
    killed = all_at(code("Ten protesters were killed in Syrian protests on Friday."), "killed")
    assert killed and all(not parties(e)[0] for e in killed)


def test_those_killed_in_a_strike_of_force_keep_its_doer(code):
    killed = all_at(code("Five civilians were killed in an Israeli air strike on Friday."),
                    "killed in an Israeli air strike")
    assert killed and parties(killed[0])[0] == ["Israeli"]


def test_an_event_named_with_a_label_keeps_its_own_doer(code):
    events = code("Trump repeatedly called the Democrats' investigation a witch hunt.")
    investigation = all_at(events, "investigation")
    assert investigation and parties(investigation[0])[0] == ["the Democrats"]
    assert not any("control:call" in e.reason for e in investigation)


def test_a_call_for_an_investigation_stays_a_call(code):
    investigation = all_at(code("The senator called for an investigation into the killings."), "investigation")
    assert investigation and "control:call" in investigation[0].reason


def test_those_wounded_are_no_doers_where_the_parser_made_them_subjects(code):
    # (in context the parser reads "wounded" as the main verb with "The six others" its subject and "received" its
    # complement: roles.reduced_relative_read_as_root)
    text = ("Two of the shooting victims are in critical condition, according to Calumet City Police, one of whom is a "
            "15-year-old girl. The six others wounded received non-life threatening injuries.")
    assert not any(e.trigger.text == "wounded" and "The six others" in parties(e)[0] for e in code(text))


def test_a_circular_sent_to_jails_jails_no_one(code):
    text = "The inspector general of police has sent a circular to 22 jails in the state to take appropriate measures."
    assert not any(e.type == "COERCE" for e in code(text))
    assert any(e.type == "COERCE" and e.trigger.text == "sent" for e in code("The court sent the two men to jail."))


def test_a_crime_committed_is_no_contribution(code):
    assert not any(e.type == "AID" for e in code("He said the crime was committed by the armed forces."))
    assert any(e.type == "AID" for e in code("Britain committed 1,000 troops to the mission."))


def test_resigning_in_protest_is_the_resignation(code_in_pipeline):
    text = "The deputy minister resigned in protest on Monday."
    halved_by_layer(code_in_pipeline, text, "protest", "relevance:resigned_in_protest")
    assert any(e.type == "RETREAT" for e in code_in_pipeline(text))


def test_walking_out_in_protest_stays_a_protest(code_in_pipeline):
    not_doubted(code_in_pipeline, "Opposition MPs walked out in protest.", "protest", "relevance:resigned_in_protest")


def test_a_gapped_passive_in_prose_is_done_to_its_subject(code):
    # (not the text's first line, which headline_passives reads as a headline: prose, where only the gapped "be" makes
    # "three others" the ones wounded - roles.gapped_passive)
    text = ("Police gave no further details.\nOne person was killed and three others wounded in a shooting at a mobile "
            "home park, police said Saturday.")
    wounded = [e for e in code(text) if e.trigger.text.startswith("wounded")]
    assert wounded and all(not parties(e)[0] and parties(e)[1] == ["three others"] for e in wounded)


def test_appealing_to_a_feeling_asks_nothing(code):
    assert not any(e.type == "REQUEST" for e in code("He said the two parties appealed to the same voting instincts."))
    assert any(e.type == "REQUEST" for e in code("The mayor appealed to residents to stay calm."))


def test_a_party_restoring_its_influence_releases_nothing(code):
    assert not any(e.type == "RETREAT" for e in code("The drug cartel is restoring its influence in Mexico."))
    assert any(e.type == "RETREAT" for e in code("The government restored the seized land to the farmers."))


def test_what_infects_and_kills_is_a_disease(code_in_pipeline):
    halved_by_layer(code_in_pipeline, "The new virus was first reported in Wuhan. Officials confirmed it has infected "
                    "over 200 people and killed three people.", "killed", "relevance:natural_doer")


def test_those_missing_in_clashes_did_not_clash(code_in_pipeline):
    halved_by_layer(code_in_pipeline, "A tourist has been killed and two others were missing in communal clashes in the "
                    "state, a spokesman said.", "clashes", "relevance:harmed_not_the_doer")


def test_a_clause_after_the_main_one_keeps_its_own_doer(code):
    # (the parser reads "after" as a preposition taking "an explosion", and leaves "killed" with no subject)
    text = ("Crews have begun the final process of closing the well, after an explosion there in April killed 11 people "
            "and caused a huge spill.")
    assert not any(e.type == "ASSAULT" and "Crews" in parties(e)[0] for e in code(text))


def test_a_participle_after_a_copula_of_state_is_done_to_someone(code):
    # ("three people are dead and a fourth wounded": the "be" left out; roles._after_copula_state)
    text = "Police said so.\nThree people are dead and a fourth wounded in a shooting inside a suburban apartment."
    assert not any(e.trigger.text.startswith("wounded") and "Three people" in parties(e)[0] for e in code(text))


def test_forces_poised_to_strike_have_not_struck(code):
    strike = all_at(code("By the end of the week, the government's forces were poised to strike the rebel city."), "strike")
    assert strike and strike[0].status == "future"


def test_drug_crops_burned_by_police_are_no_attack(code):
    assert not any(e.type == "ASSAULT" for e in code("Police burned over 200,000 marijuana plants in central Peru."))
    assert any(e.type == "ASSAULT" for e in code("Rebels burned a power plant near the border."))


def test_a_bare_infinitive_joined_to_an_aim_is_an_aim_too(code_in_pipeline):
    halved_by_layer(code_in_pipeline, "The Shooters party is running on a platform to increase access to public land "
                    "for recreational shooters, as well as reduce Australia's foreign aid budget.", "reduce",
                    "relevance:purpose")


def test_a_conviction_expressed_is_a_belief(code):
    text = "The ambassador expressed his conviction that the ties between the two countries will not be affected."
    assert not any(e.type == "ACCUSE" for e in code(text))


def test_thinkers_attack_in_words(code_in_pipeline):
    halved_by_layer(code_in_pipeline, "Western intellectuals have launched a new attack against Cuba.", "attack",
                    "relevance:verbal_attack")


def test_insects_are_no_doers(code_in_pipeline):
    halved_by_layer(code_in_pipeline, "Locusts destroyed crops across the region last month.", "destroyed",
                    "relevance:natural_doer")


def test_hacking_off_limbs_is_no_cyber_attack(code):
    text = "The rebels were notorious for hacking off the hands and legs of civilians during the war."
    assert not any(e.mode == "cyber" for e in code(text))
    assert any(e.mode == "cyber" for e in code("Chinese hackers hacked the ministry's computers last week."))
