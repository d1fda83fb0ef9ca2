"""Session 48 (lead, sample 1 and probes of unjudged news): an event noun after a verb of taking part takes that verb's
negation and tense ("would not participate *in the agitation*": status._partaking_verb); "little" before a mass noun
denies the act ("little action was agreed to": status._next_to_nothing); agreeing "with this" shares a view
(status._mere_accord); "each time" is a habit (generic_acts._habit_mark); a present-tense "when"/"after" clause under
a main verb with "will" has not happened yet (unreal._pending); a text does not discuss as parties meet, an oil rig
that explodes kills in an accident (not_triggers.tsv; lexicon._subject_or_controller reads an active participle of
result by the main clause's subject); what a thing is formed or recruited "to" do is an aim (status_words.tsv
purpose_verbs); a party challenged "to" act is asked to (triggers.tsv request.challenge); a headline participle the
tagger took for a name is a passive ("Politician *Gunned Down*": headline_passives).  Real spaCy model, the actors
stage's mentions and the shipped type model; sentences written for the test."""

from __future__ import annotations

import pytest

from coded_events import all_at, has, parties, rows


def test_an_event_one_will_not_take_part_in_is_negated(code):
    events = all_at(code("The party said its activists would not participate in the agitation."), "agitation")
    assert events and all(e.status == "negated" for e in events), rows(code, "")


@pytest.mark.parametrize("text, trigger, status", [
    ("Thousands of students participated in the protest on Monday.", "protest", "factual"),
    ("Rebels will take part in the talks next week.", "talks", "future"),
    ("The rebels did not take part in the attack on the base.", "attack", "negated"),
])
def test_taking_part_passes_its_tense_and_negation(code, text, trigger, status):
    events = all_at(code(text), trigger)
    assert events and all(e.status == status for e in events), rows(code, text)


def test_a_pledge_not_to_engage_in_attacks_is_still_a_pledge(code):
    text = "The rebel leaders pledged not to engage in attacks that might injure civilians."
    assert any(e.type == "AGREE" for e in all_at(code(text), "attacks")), rows(code, text)


def test_little_action_agreed_is_next_to_none(code):
    text = "A no-fly zone was discussed by the Security Council but little action was agreed to, officials said."
    events = [e for e in all_at(code(text), "agreed") if e.type == "AGREE"]
    assert events and all(e.status == "negated" for e in events), rows(code, text)


def test_a_little_boy_is_no_negation(code):
    text = "Police said a little boy was killed in the shooting."
    events = [e for e in code(text) if e.type == "ASSAULT"]
    assert events and all(e.status == "factual" for e in events), rows(code, text)


def test_agreeing_with_what_was_said_is_no_deal(code):
    text = "No doubt the prime minister will agree with this."
    assert not [e for e in all_at(code(text), "agree") if e.status in ("future", "factual") and e.type == "AGREE"
                and "statement:accord" not in e.reason and e.confidence >= 0.5], rows(code, text)


def test_agreeing_with_a_party_on_a_deal_stays(code):
    found, evs = has(code, "Iran agreed with Russia to hold a ceasefire.", "AGREE", "Iran")
    assert found, evs


def test_killings_each_time_are_a_habit(code_in_pipeline):
    text = "We observe a bandh after innocent Hindus are killed each time, the party chief said."
    assert not [e for e in all_at(code_in_pipeline(text), "killed") if e.confidence >= 0.5], rows(code_in_pipeline, text)


def test_a_verdict_when_a_court_delivers_it_later_is_not_yet_given(code_in_pipeline):
    text = ("Julian Assange will discover on Wednesday whether he is to be deported to Sweden when the supreme court "
            "rejects his appeal.")
    events = all_at(code_in_pipeline(text), "rejects")
    assert events and all(e.confidence < 0.5 for e in events), rows(code_in_pipeline, text)


def test_a_when_clause_of_the_past_happened(code_in_pipeline):
    text = "The minister resigned when the supreme court rejected his appeal."
    assert any(e.confidence >= 0.5 for e in all_at(code_in_pipeline(text), "rejected")), rows(code_in_pipeline, text)


@pytest.mark.parametrize("text, trigger", [
    ("Another State Department cable also discusses the problem of arms trafficking across the border.", "discusses"),
    ("The report talks about the war in the north.", "talks"),
    ("BP's Deepwater Horizon rig exploded on 20 April, killing 11 workers.", "killing"),
])
def test_texts_and_installations_do_not_act(code, text, trigger):
    assert not [e for e in all_at(code(text), trigger) if e.type in ("CONSULT", "ASSAULT")], rows(code, text)


@pytest.mark.parametrize("text, trigger, type_", [
    ("The ministers discussed the problem of arms trafficking.", "discussed", "CONSULT"),
    ("Rebels attacked the town on Monday, killing 11 people.", "killing", "ASSAULT"),
])
def test_parties_still_discuss_and_kill(code, text, trigger, type_):
    assert any(e.type == type_ for e in all_at(code(text), trigger)), rows(code, text)


@pytest.mark.parametrize("text, trigger", [
    ("The cartel leader rebuilt the organization, forging strong links with the Zetas to battle the Sinaloa cartel.",
     "battle"),
    ("The army formed a militia to fight the rebels.", "fight"),
])
def test_what_a_thing_is_made_for_is_an_aim(code, text, trigger):
    events = all_at(code(text), trigger)
    assert events and all(e.status == "hypothetical" for e in events), rows(code, text)


def test_a_party_challenged_to_act_is_asked_to(code):
    events = all_at(code("Labour challenged the Tories to publish the full report."), "challenged")
    assert events and {e.type for e in events} == {"REQUEST"}, rows(code, "")


def test_a_ruling_challenged_is_still_disputed(code):
    events = all_at(code("The opposition challenged the ruling in court."), "challenged")
    assert events and {e.type for e in events} == {"ACCUSE"}, rows(code, "")


@pytest.mark.parametrize("text, victim", [
    ("Paraguay Politician Gunned Down", "Paraguay Politician"),
    ("Journalist Gunned Down in Honduras", "Journalist"),
])
def test_a_headline_phrasal_passive_names_the_victim(code, text, victim):
    events = [e for e in code(text) if e.trigger.text.startswith("Gunned")]
    assert events and all(parties(e) == ([], [victim]) for e in events), rows(code, text)


def test_prose_gunmen_still_gun_down(code):
    found, evs = has(code, "Gunmen gunned down a journalist in Honduras.", "ASSAULT", "Gunmen")
    assert found, evs


@pytest.mark.parametrize("text", [
    "The amount of ammunition that Mexican police have seized in Tijuana has more than doubled since 2008.",
    "Authorities have seized over 11,000 bullets so far this year, compared with just 4,312 in 2008.",
])
def test_a_running_haul_is_a_statistic(code_in_pipeline, text):
    events = [e for e in code_in_pipeline(text) if e.type == "COERCE"]
    assert events and all("relevance:statistic" in e.reason and e.confidence < 0.5 for e in events), \
        rows(code_in_pipeline, text)


def test_one_seizure_of_thousands_of_bullets_stays(code_in_pipeline):
    events = [e for e in code_in_pipeline("Police seized 11,000 bullets in a raid on Tuesday.") if e.type == "COERCE"]
    assert events and all(e.confidence >= 0.5 for e in events)


def test_a_participle_before_a_finite_be_describes_the_noun(code):
    text = "The two soldiers killed were believed to belong to the unit."
    events = all_at(code(text), "killed")
    assert events and all(parties(e) == ([], ["The two soldiers"]) for e in events), rows(code, text)


def test_various_acts_of_violence_are_a_habit(code_in_pipeline):
    text = "Villa is the head of security for the cartel and has carried out various acts of violence on his behalf."
    events = all_at(code_in_pipeline(text), "violence")
    assert events and all("relevance:habitual" in e.reason for e in events), rows(code_in_pipeline, text)


def test_two_dated_attacks_are_no_habit(code_in_pipeline):
    events = all_at(code_in_pipeline("Rebels carried out two attacks on the army base on Monday."), "attacks")
    assert events and all("relevance:habitual" not in e.reason for e in events)


def test_it_also_continues_the_subject_before_a_name_it_acted_on(code):
    text = ("The FAO has urged the World Trade Organisation to swiftly conclude negotiations to liberalise trade. "
            "It also criticised the high tariffs imposed by both developed and developing nations.")
    events = all_at(code(text), "criticised")
    assert events and all(parties(e)[0] == ["The FAO"] for e in events), rows(code, text)


def test_with_x_doing_names_x_as_the_doer(code):
    text = "All three parties have been wooing older voters with both the Tories and Lib Dems pledging higher pensions."
    events = all_at(code(text), "pledging")
    assert events and all(parties(e)[0] and "Tories" in parties(e)[0][0] for e in events), rows(code, text)


def test_expressions_of_support_from_a_party_name_the_supporter(code):
    text = "The government and armed forces have received expressions of support from nearly all professional unions."
    events = all_at(code(text), "support")
    assert events and all(parties(e)[0] == ["nearly all professional unions"] for e in events), rows(code, text)


def test_a_total_seized_over_an_administration_is_a_statistic(code_in_pipeline):
    text = ("Mexico's government has said that a total of $502 million in cash has been seized from organized "
            "criminal groups during the Calderon administration.")
    events = all_at(code_in_pipeline(text), "seized")
    assert events and all("relevance:statistic" in e.reason for e in events), rows(code_in_pipeline, text)


@pytest.mark.parametrize("text, trigger", [
    ("A total of $5 million in cash was seized in the raid on Tuesday.", "seized"),
    ("A total of 47 weapons were confiscated during the operation, officials said.", "confiscated"),
])
def test_a_total_seized_in_one_raid_stays(code_in_pipeline, text, trigger):
    events = all_at(code_in_pipeline(text), trigger)
    assert events and all("relevance:statistic" not in e.reason for e in events), rows(code_in_pipeline, text)


@pytest.mark.parametrize("text", [
    "At the same time, the nda allies, barring the shiv sena, want to know the implications of the statement.",
    "Barring a last-minute deal, the strike will go ahead.",
])
def test_barring_as_except_bars_no_one(code, text):
    assert not all_at(code(text), "barring") + all_at(code(text), "Barring"), rows(code, text)


def test_police_barring_journalists_restrict_them(code):
    found, evs = has(code, "Police are barring journalists from the area.", "COERCE", "Police")
    assert found, evs


def test_a_fronted_for_years_is_a_habit(code_in_pipeline):
    text = "For years, earnest U.S. officials urged Mubarak to open up Egypt's political system."
    events = all_at(code_in_pipeline(text), "urged")
    assert events and all("relevance:habitual" in e.reason for e in events), rows(code_in_pipeline, text)


@pytest.mark.parametrize("text, trigger", [
    ("He was jailed for years.", "jailed"),
    ("For two years, rebels besieged the city.", "besieged"),
])
def test_a_span_of_one_act_is_no_habit(code_in_pipeline, text, trigger):
    events = all_at(code_in_pipeline(text), trigger)
    assert events and all("relevance:habitual" not in e.reason for e in events), rows(code_in_pipeline, text)


def test_a_figure_released_is_no_release(code):
    text = "The reported value of the seized material was released by the vice minister of the agency."
    assert not [e for e in all_at(code(text), "released") if e.type == "RETREAT"], rows(code, text)


def test_investigators_looking_into_a_shooting_did_not_shoot(code_in_pipeline):
    text = "Investigators looking into last month's ambush shooting in Wilkinsburg are making progress in the case."
    events = all_at(code_in_pipeline(text), "shooting")
    assert events and all(e.confidence < 0.5 or not e.actor for e in events), rows(code_in_pipeline, text)


def test_a_passive_with_a_be_of_another_tense_keeps_its_agent_to_itself(code):
    text = "It was reported that Roldan was arrested in Bogota and is charged by a court in Detroit of conspiracy."
    events = all_at(code(text), "arrested")
    assert events and not [e for e in events if any("court" in a for a in parties(e)[0])], rows(code, text)


def test_passives_of_one_tense_share_their_agent(code):
    text = "The president said the volunteers were being rounded up and were being targeted by the government."
    events = all_at(code(text), "rounded up")
    assert events and all(parties(e)[0] == ["the government"] for e in events), rows(code, text)


@pytest.mark.parametrize("text, victim", [
    ("Man shot at east Wichita apartment complex", "Man"),
])
def test_a_headline_shot_is_a_passive(code, text, victim):
    events = all_at(code(text), "shot")
    assert events and all(parties(e) == ([], [victim]) for e in events), rows(code, text)


def test_a_headline_shot_at_people_fired(code):
    found, evs = has(code, "Gunman shot at police in Dallas", "ASSAULT", "Gunman")
    assert found, evs


def test_one_of_the_bullets_is_a_weapon_not_a_doer(code_in_pipeline):
    events = all_at(code_in_pipeline("One of the bullets struck Garza in the head."), "struck")
    assert events and all("relevance:instrument_doer" in e.reason for e in events)


def test_one_of_the_gunmen_is_a_doer(code_in_pipeline):
    events = all_at(code_in_pipeline("One of the gunmen shot Garza in the head."), "shot")
    assert events and all("relevance:instrument_doer" not in e.reason for e in events)


def test_attacks_in_the_past_on_the_noun_are_a_habit(code_in_pipeline):
    text = "The FPM has claimed credit for several guerrilla attacks in the past."
    events = all_at(code_in_pipeline(text), "attacks")
    assert events and all("relevance:habitual" in e.reason for e in events), rows(code_in_pipeline, text)


def test_a_headline_forced_to_act_is_compelled(code):
    text = "Mexico Gas Vendors Forced to Buy Fuel Stolen by Gangs"
    assert not [e for e in all_at(code(text), "Forced") if "Vendors" in " ".join(parties(e)[0])], rows(code, text)


@pytest.mark.parametrize("text, trigger, doer", [
    pytest.param("Rebels attacked the town with rockets, killing five people.", "killing", "Rebels",
                 id="a participle after a comma keeps the main subject"),
    pytest.param("Rebels launched an attack on the village, which killed 9 people.", "killed", "Rebels",
                 id="which after an attack's target is the attack"),
    pytest.param("Police raided the house of a man who killed his wife.", "killed", "a man",
                 id="who after a noun stays that noun"),
])
def test_the_doer_is_the_party_the_clause_names(code, text, trigger, doer):
    events = all_at(code(text), trigger)
    assert events and all(parties(e)[0] == [doer] for e in events), rows(code, text)


def test_a_bare_participle_after_an_object_is_no_deed_of_the_main_subject(code):
    text = ("The Bank of France intervened today to stabilise the exchange rates agreed at last month's meeting of "
            "Finance Ministers of the Group of Five.")
    assert not [e for e in all_at(code(text), "agreed") if "Bank" in " ".join(parties(e)[0])], rows(code, text)


def test_talking_a_currency_down_is_no_talks(code):
    text = "Baker yesterday moved to defuse speculation he was talking the dollar down."
    assert not [e for e in all_at(code(text), "talking") if e.type == "CONSULT"], rows(code, text)


def test_proposals_published_are_no_offer(code):
    text = "The Sentencing Guidelines Council published its proposals for England and Wales."
    assert not [e for e in all_at(code(text), "proposals") if e.type == "AGREE"], rows(code, text)


def test_a_proposal_made_to_another_party_stays(code):
    found, evs = has(code, "Iraq made a proposal to the UN Security Council on Monday.", "AGREE", "Iraq")
    assert found, evs


def test_fighting_all_forms_of_an_abstract_value_is_a_figure(code_in_pipeline):
    text = "He added that Labour also aggressively fought all forms of racism."
    events = all_at(code_in_pipeline(text), "fought")
    assert events and all("relevance:figurative" in e.reason for e in events), rows(code_in_pipeline, text)


@pytest.mark.parametrize("text, trigger", [
    ("Hermiston police have released a timeline of the Aug. 18 murder-suicide.", "released"),
    ("Taliban insurgents were sheltering inside a religious school.", "sheltering"),
    ("The state home department has requisitioned five extra companies of the rapid action force.", "requisitioned"),
])
def test_words_that_name_no_such_act(code, text, trigger):
    assert not [e for e in all_at(code(text), trigger) if e.type in ("RETREAT", "AID", "COERCE")], rows(code, text)


def test_a_country_sheltering_refugees_aids_them(code):
    found, evs = has(code, "Pakistan sheltered the refugees.", "AID", "Pakistan")
    assert found, evs


def test_reports_of_a_party_doing_name_the_party(code):
    text = "Reports of drug traffickers taking control of towns in northwestern Mexico is a reminder."
    events = all_at(code(text), "taking")
    assert events and all(parties(e)[0] == ["drug traffickers"] for e in events), rows(code, text)


@pytest.mark.parametrize("text, trigger", [
    ("Police released a 911 call made just before deputies responded.", "released"),
    ("She then rather obviously paused to consult it during a subsequent session.", "consult"),
])
def test_things_released_or_looked_up_are_no_events(code, text, trigger):
    assert not [e for e in all_at(code(text), trigger) if e.type in ("RETREAT", "CONSULT")], rows(code, text)


def test_a_minister_consulting_leaders_consults(code):
    found, evs = has(code, "The minister consulted opposition leaders on the bill.", "CONSULT", "minister")
    assert found, evs


def test_who_abides_by_a_verdict_did_not_give_it(nlp):
    from dateline.events.noun_roles import noun_actor
    doc = nlp("Both communities should abide by the court verdict on the issue.")
    verdict = next(t for t in doc if t.lower_ == "verdict")
    assert noun_actor(verdict) == []


def test_who_is_involved_in_a_deed_still_did_it(nlp):
    from dateline.events.noun_roles import noun_actor
    doc = nlp("The three officers were involved in the killing of a protester.")
    killing = next(t for t in doc if t.lower_ == "killing")
    assert [doc[a.head].lower_ for a in noun_actor(killing)] == ["officers"]


def test_a_toll_after_a_relative_clause_of_violence_is_the_shooters(code):
    text = ("Miami-Dade Police are searching for the gunman who opened fire in the parking lot of a convenience store, "
            "killing one person and injuring four others.")
    events = all_at(code(text), "killing") + all_at(code(text), "injuring")
    assert events and all(parties(e)[0] == ["the gunman"] for e in events), rows(code, text)


def test_an_attempt_that_failed_is_still_an_attempt_made(code):
    # (the design recall gold counts a failed coup attempt as an event: a first rule of session 48 that negated "tried
    # unsuccessfully to overthrow" lost it and was withdrawn)
    text = "Several military officers tried unsuccessfully to overthrow Noriega on 3 October 1989."
    events = all_at(code(text), "overthrow")
    assert events and all(e.status == "factual" for e in events), rows(code, text)


def test_an_attempt_alone_keeps_its_reading(code):
    events = all_at(code("Rebels tried to overthrow the government in 1989."), "overthrow")
    assert events and all(e.status == "factual" for e in events)


def test_seizing_the_tools_given_is_a_chance_taken(code_in_pipeline):
    events = all_at(code_in_pipeline("Schools are now seizing the tools we have given them."), "seizing")
    assert events and all("relevance:seized_chance" in e.reason for e in events)


def test_a_ceasefire_demanded_in_a_that_clause_is_not_declared(code):
    text = "The bishops demanded that the conflicting parties declare an immediate ceasefire."
    events = all_at(code(text), "ceasefire")
    assert events and all(e.status == "hypothetical" for e in events), rows(code, text)


def test_a_ceasefire_declared_is_declared(code):
    events = all_at(code("The parties declared an immediate ceasefire."), "ceasefire")
    assert events and all(e.status == "factual" for e in events)


def test_their_deed_one_is_condemned_for_is_the_objects(code):
    text = "The residents condemned the rebels for their attacks on the village on Monday."
    events = all_at(code(text), "attacks")
    assert events and all(parties(e)[0] == ["the rebels"] for e in events), rows(code, text)


def test_constant_attacks_are_a_habit(code_in_pipeline):
    text = "The residents repudiated the FMLN for their constant attacks on the Salvadoran people."
    events = all_at(code_in_pipeline(text), "attacks")
    assert events and all("relevance:habitual" in e.reason for e in events), rows(code_in_pipeline, text)
