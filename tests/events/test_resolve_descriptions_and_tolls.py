"""Session 49 (lead, blind sample 2 and probes of unjudged news): an act an adjective of resolve governs is still to
come ("was *firm in taking* the issue to the court": modality.tsv, circumstances.scene_of); an act argued for is not
done ("a *proponent of talks*"); a traveller's return and a call for tenders are no release and no invitation
(not_triggers.tsv); a weapon in capitals is no doer (harm_doers._instrument); a present act in a relative clause of a
past report describes its party (generic_acts._present_description); a war's toll and a count "so far this year" are
statistics (generic_acts.conflict_toll, counted_so_far_this_year); "Maoist hit Dantewada District" is an adjective
(generic_acts.compound_adjective_read_as_verb); a gerund after its own subject, a participle after an inserted report
and a relative clause on a body "in" a place take the right doer (roles); wanting to see an act done is wanting it
(status._wished_sight); a present clause under a "when" clause of "will" is pending through an infinitive
(unreal._pending).  Later probes: a sentry's challenge, a signed letter, defending oneself or a town, a released
statement, a gun's slide pulled, burning to death, a quarterly review, hit singles, market demand, leaving people dead
and directing an operation are no events (not_triggers.tsv); a duty to carry out work and a price charged are no
charges (sense_doubts); a record number, a count in a month or over the past year or more and a monthly report's count
are statistics (generic_acts); "providing it is ratified", "wary of backing", "has to be willing to" and what a party
"should be able to" do are not done (unreal, modality.tsv, words_not_deeds); and the doers of "by assassinated",
"residents of border regions protesting", "who" after a time phrase, a deed blamed, a verdict accepted, "died in
shooting", a topic talked about and a passive's place after "while" (roles, noun_roles).  Real spaCy model, the actors
stage's mentions and the shipped type model; sentences written for the test."""

from __future__ import annotations

import pytest

from coded_events import all_at, has, parties, rows

LEAD = "The spokesman spoke on Monday. "


@pytest.mark.parametrize("text, trigger", [
    ("He reiterated that the party was firm in taking the issue to the court.", "taking"),
    ("The rebels are determined to attack the capital.", "attack"),
    ("The government is resolute in fighting the insurgents.", "fighting"),
])
def test_an_act_resolved_on_is_still_to_come(code, text, trigger):
    events = all_at(code(text), trigger)
    assert events and all(e.status != "factual" for e in events), rows(code, text)


def test_a_phrase_of_place_on_a_verb_still_sets_the_scene(code):
    text = "In a radio address, the president urged the people to fight."
    events = all_at(code(text), "address")
    assert all(e.status == "factual" for e in events), rows(code, text)


def test_talks_argued_for_are_not_held(code):
    text = "Mr Blair is an enthusiastic proponent of talks to bring Turkey within the recently-expanded EU."
    events = all_at(code(text), "talks")
    assert events and all(e.status == "hypothetical" for e in events), rows(code, text)


def test_rights_advocates_still_condemn(code):
    found, evs = has(code, "Human rights advocates condemned the killings.", "ACCUSE", "Human rights advocates")
    assert found, evs


@pytest.mark.parametrize("text, trigger", [
    ("Exxon still considered the deal valid, despite Russia inviting new offers for the land block.", "inviting"),
    ("The government invited bids for the oil field.", "invited"),
])
def test_a_call_for_tenders_is_no_invitation(code, text, trigger):
    assert not all_at(code(text), trigger), rows(code, text)


def test_an_invitation_to_a_party_stays(code):
    text = "Iran invited the UN chief to visit Tehran next month."
    found, evs = has(code, text, "AGREE", "Iran")
    assert found or [e for e in all_at(code(text), "invited") if e.type == "REQUEST"], evs


def test_a_travellers_return_is_no_release(code):
    text = "The president spoke at the air base upon his return to the country from Costa Rica."
    assert not [e for e in all_at(code(text), "return") if e.type in ("RETREAT", "AGREE")], rows(code, text)


def test_the_return_of_prisoners_stays(code):
    text = "Israel agreed to the return of the prisoners to Gaza."
    assert [e for e in code(text) if e.trigger.text in ("return", "agreed")], rows(code, text)


def test_a_carbomb_in_capitals_is_the_weapon(code_in_pipeline):
    text = ("THE POLICE HAVE REPORTED THAT A CARBOMB EXPLODED TONIGHT IN A RESIDENTIAL SECTOR IN THIS PORT, SLIGHTLY "
            "INJURING ONLY TWO PEOPLE.")
    events = [e for e in all_at(code_in_pipeline(text), "INJURING") if e.actor]
    assert events and all("relevance:instrument_doer" in e.reason for e in events), rows(code_in_pipeline, text)


def test_a_present_act_in_a_relative_clause_of_a_past_report_describes(code_in_pipeline):
    text = LEAD + ("The president said it would be like giving the terrorists, who attack students and place bombs, "
                   "the right to join the dialogue.")
    events = all_at(code_in_pipeline(text), "attack")
    assert events and all("relevance:habitual" in e.reason for e in events), rows(code_in_pipeline, text)


@pytest.mark.parametrize("text, trigger", [
    (LEAD + "Police said the gang, which extorts traders, killed two men on Monday.", "killed"),
    ("THE SPOKESMAN SPOKE. PRESS SOURCES REPORTED THAT TODAY THEY RECEIVED A SHINING PATH DOCUMENT THAT HARSHLY "
     "CRITICIZES THE POLICIES OF THE ALAN GARCIA ADMINISTRATION.", "CRITICIZES"),
])
def test_a_past_act_and_a_documents_words_are_no_habit(code_in_pipeline, text, trigger):
    events = all_at(code_in_pipeline(text), trigger)
    assert events and all("relevance:habitual" not in e.reason for e in events), rows(code_in_pipeline, text)


@pytest.mark.parametrize("text", [
    LEAD + "Talks continue to end their two-decade insurgency which has killed tens of thousands of people.",
    LEAD + "The war killed 3 million people.",
    LEAD + "So far this year 20 suspects have been detained in Guatemala for attempted eco-trafficking.",
])
def test_a_toll_or_a_count_over_a_year_is_a_statistic(code_in_pipeline, text):
    events = [e for e in code_in_pipeline(text) if e.type in ("ASSAULT", "COERCE")]
    assert events and all("relevance:statistic" in e.reason for e in events), rows(code_in_pipeline, text)


@pytest.mark.parametrize("text", [
    LEAD + "Fighting killed 12 soldiers overnight in the north.",
    LEAD + "So far 20 people have been arrested in connection with the attack.",
])
def test_one_nights_dead_and_one_attacks_arrests_are_events(code_in_pipeline, text):
    events = [e for e in code_in_pipeline(text) if e.type in ("ASSAULT", "COERCE")]
    assert events and all("relevance:statistic" not in e.reason for e in events), rows(code_in_pipeline, text)


def test_a_place_maoist_hit_is_described(code_in_pipeline):
    text = LEAD + ("A jawan was injured in an IED blast near Sameli village in Maoist hit Dantewada District of "
                   "Chhattisgarh on January 23.")
    events = all_at(code_in_pipeline(text), "hit")
    assert all(e.confidence < 0.5 for e in events), rows(code_in_pipeline, text)


def test_maoists_who_hit_a_district_attack_it(code_in_pipeline):
    text = LEAD + "Maoists hit Dantewada District on Monday, killing two."
    events = all_at(code_in_pipeline(text), "hit")
    assert events and all(e.confidence >= 0.5 for e in events), rows(code_in_pipeline, text)


def test_a_gerund_after_its_own_subject_is_not_the_speakers(code):
    text = ("dmk president m karunanidhi on sunday said his party would stay. on jayalalithaa seeking cooperation from "
            "the opposition parties, karunanidhi said cooperation was not a one-way process.")
    assert not [e for e in all_at(code(text), "seeking") if parties(e)[0] == ["karunanidhi"]], rows(code, text)


@pytest.mark.parametrize("text, trigger, doer", [
    pytest.param(LEAD + "Troops fired on the crowd, witnesses said, killing three.", "killing", "Troops",
                 id="a participle after an inserted report goes on with the clause"),
    pytest.param(LEAD + ("Amnesty said any country that finds Mr Taylor must hand him over to the special court in "
                         "Sierra Leone, which has issued an international warrant for his arrest."),
                 "issued", "the special court", id="a body in a place issues the warrant"),
    pytest.param(LEAD + ("The measures have proven controversial, with residents of border regions protesting the "
                         "disruption."),
                 "protesting", "residents of border regions", id="residents of a region protest, not the region"),
])
def test_the_doer_is_the_party_the_construction_names(code, text, trigger, doer):
    events = all_at(code(text), trigger)
    assert events and all(parties(e)[0] == [doer] for e in events), rows(code, text)


def test_wanting_to_see_another_act_is_no_act(code):
    text = LEAD + "It would also like to see the government help doctors and volunteers."
    assert not [e for e in all_at(code(text), "help") if e.type == "AID" and e.status == "factual"], rows(code, text)


def test_seeing_an_act_done_reports_it(code):
    text = LEAD + "Witnesses said they saw the soldiers beat the protesters."
    events = all_at(code(text), "beat")
    assert events and all(e.status == "factual" for e in events), rows(code, text)


def test_an_act_awaited_under_when_and_will_is_pending(code_in_pipeline):
    text = LEAD + ("The guerrillas said that they will only release the engineers when Colombia decides to nationalize "
                   "the petroleum sector.")
    events = all_at(code_in_pipeline(text), "nationalize")
    assert events and all(e.confidence < 0.5 for e in events), rows(code_in_pipeline, text)


@pytest.mark.parametrize("text, trigger", [
    (LEAD + "Conflicting Crime Stats Call Mexico Security Narrative into Question.", "Call"),
    (LEAD + "The Cyber Security Division also audited US government networks to find flaws.", "audited"),
    ("Shooting in SW Houston injures 9 people; gunman shot, killed News Shooting in Houston injures 9 people; gunman "
     "shot, killed Police say several people were shot in a southwest Houston neighborhood Monday morning.", "injures"),
])
def test_no_call_no_audit_of_a_party_and_no_headline_noun_as_doer(code_in_pipeline, text, trigger):
    events = all_at(code_in_pipeline(text), trigger)
    assert all(e.confidence < 0.5 or not e.actor for e in events), rows(code_in_pipeline, text)


# --- session 49, later probes of unjudged news ------------------------------------------------------------------------

def test_a_sentrys_challenge_is_no_criticism(code):
    text = LEAD + "Alert troops noticed some suspicious movement along the LoC and challenged the intruders."
    assert not [e for e in all_at(code(text), "challenged") if e.type == "ACCUSE"], rows(code, text)


def test_a_party_challenging_a_ruling_criticises_it(code):
    found, evs = has(code, LEAD + "The opposition party challenged the ruling in court.", "ACCUSE", "opposition")
    assert found, evs


@pytest.mark.parametrize("text, trigger", [
    (LEAD + "This month 94 members of the US Congress signed a letter calling on the administration to act.", "signed"),
    (LEAD + "At first he said he wanted to defend himself, but is now demanding a top lawyer.", "defend"),
    (LEAD + "Gadhafi's entourage is fiercely defending the cities and towns recaptured from the rebels.", "defending"),
    (LEAD + "El Salvador Gangs Release Joint Statement Promoting Truce.", "Release"),
    (LEAD + "When he was clearing the loaded handgun, he pulled the slide back.", "pulled"),
])
def test_no_endorsement_no_release_no_withdrawal(code, text, trigger):
    assert not [e for e in all_at(code(text), trigger) if e.type in ("SUPPORT", "AGREE", "RETREAT")], rows(code, text)


@pytest.mark.parametrize("text, trigger, type_", [
    (LEAD + "The two presidents signed a peace agreement in Rome.", "signed", "SUPPORT"),
    (LEAD + "The minister defended the army against the charges.", "defended", "SUPPORT"),
    (LEAD + "Rebels demanded the release of prisoners.", "demanded", "REQUEST"),
])
def test_signed_accords_defended_parties_and_released_prisoners_stay(code, text, trigger, type_):
    assert [e for e in all_at(code(text), trigger) if e.type == type_], rows(code, text)


def test_policemen_who_burned_to_death_did_not_burn_anyone(code):
    text = ("A SEARCH IS ON FOR AN EPL UNIT THAT YESTERDAY INCINERATED FIVE MEMBERS OF A NATIONAL POLICE PATROL.  THE "
            "POLICEMEN BURNED TO DEATH INSIDE THEIR VEHICLE IN LA SELVA.")
    assert not [e for e in code(text) if e.trigger.text.startswith("BURNED") and e.actor], rows(code, text)


@pytest.mark.parametrize("text", [
    LEAD + "Mobs burned two policemen to death on Monday.",
    LEAD + "Rebels burned down the school.",
    LEAD + "Several houses were burned by the mob in the village.",
])
def test_something_burned_by_someone_stays(code, text):
    assert [e for e in code(text) if e.type == "ASSAULT" and e.trigger.text.startswith("burned")], rows(code, text)


def test_a_quarterly_review_is_a_report(code):
    text = ("Malaysia's Central Bank, Bank Negara, said the outlook is good. It said in its latest quarterly review "
            "that real gross domestic product averaged an annual growth of 1.1 pct.")
    assert not all_at(code(text), "review"), rows(code, text)


def test_a_record_number_of_arrests_is_a_statistic(code_in_pipeline):
    text = LEAD + ("He added that Bolivia's current administration has carried out a record number of anti-drug "
                   "operations and arrests.")
    events = all_at(code_in_pipeline(text), "arrests")
    assert events and all("relevance:statistic" in e.reason for e in events), rows(code_in_pipeline, text)


def test_a_treaty_ratified_providing_it_is_is_not_yet(code_in_pipeline):
    text = LEAD + ("The treaty is due to come into force in November 2006, providing it is ratified by all member "
                   "states.")
    events = all_at(code_in_pipeline(text), "ratified")
    assert events and all(e.confidence < 0.5 for e in events), rows(code_in_pipeline, text)


def test_leaders_wary_of_backing_a_deal_do_not_back_it(code):
    text = LEAD + "Support has been wavering among political leaders, who have been wary of backing the agreement."
    events = all_at(code(text), "backing")
    assert events and all(e.status == "hypothetical" for e in events), rows(code, text)


def test_a_participle_after_by_without_its_object_is_an_adjective(code):
    text = LEAD + ("Shares in Solidere, the Lebanese company founded by assassinated former prime minister Rafik "
                   "Hariri, fell 15%.")
    assert not [e for e in all_at(code(text), "assassinated") if e.actor], rows(code, text)


def test_who_after_a_time_phrase_is_the_person_before_it(code):
    text = LEAD + ("The board of Apple made a public declaration of support for its embattled founder Steve Jobs last "
                   "night who has been accused of misleading colleagues about his role in a stock options scandal.")
    events = all_at(code(text), "accused")
    assert events and all(any("Jobs" in r for r in parties(e)[1]) for e in events), rows(code, text)


def test_the_blamer_did_not_do_the_deed_blamed(code):
    text = LEAD + "Police have blamed the spike in murders on gang members failing to respect the truce."
    assert not [e for e in all_at(code(text), "murders") if parties(e)[0] == ["Police"]], rows(code, text)


def test_accepting_a_verdict_gives_none(code):
    text = ("new delhi: the board rejected the formula. yousuf muchala, a member of the board, said it would accept "
            "the final verdict of the supreme court on the ayodhya issue.")
    assert not [e for e in all_at(code(text), "verdict") if parties(e)[0] == ["yousuf muchala"]], rows(code, text)


def test_a_kind_of_party_sorted_by_a_present_act_under_a_bare_present(code_in_pipeline):
    text = LEAD + "\"political parties who support or oppose any issue do it only with an eye on votes."
    events = all_at(code_in_pipeline(text), "oppose")
    assert events and all("relevance:generic_act" in e.reason for e in events), rows(code_in_pipeline, text)


def test_who_died_in_a_shooting_did_not_shoot(code):
    text = LEAD + ("The Weld County Coroner's office today released the name of the man who died in shooting early "
                   "Saturday in LaSalle.")
    assert not [e for e in all_at(code(text), "shooting") if parties(e)[0] == ["the man"]], rows(code, text)


def test_a_place_in_a_contrasted_clause_is_not_the_passives_state(code):
    text = LEAD + ("In Argentina, a criminal group was recently accused of stealing three properties, while in one "
                   "case in Guatemala a property theft ring used government workers to falsify documents.")
    assert not [e for e in all_at(code(text), "accused") if parties(e)[0] == ["Guatemala"]], rows(code, text)


def test_a_passives_place_still_stands_for_its_state(code):
    found, evs = has(code, LEAD + "Two journalists were arrested in Iran on Monday.", "COERCE", "Iran")
    assert found, evs


@pytest.mark.parametrize("text, trigger", [
    ("THE REPORT ADDS THERE WERE 26 CASES OF ASSAULT IN SEPTEMBER, AGAINST 71 CASES IN AUGUST, WHILE THERE WERE 41 "
     "CRIMINAL ATTACKS IN SEPTEMBER AND 57 IN AUGUST.", "ATTACKS"),
    (LEAD + "Worthy said eight children have been shot in the past 17 months as a result of careless gun ownership.",
     "shot"),
])
def test_counts_over_a_month_or_the_past_months_are_statistics(code_in_pipeline, text, trigger):
    events = all_at(code_in_pipeline(text), trigger)
    assert events and all("relevance:statistic" in e.reason for e in events), rows(code_in_pipeline, text)


@pytest.mark.parametrize("text, trigger", [
    (LEAD + "Rebels carried out two attacks in Kabul in September.", "attacks"),
    (LEAD + "Eight children were shot on Monday in a school in the city.", "shot"),
])
def test_a_few_acts_in_a_month_or_a_days_count_are_events(code_in_pipeline, text, trigger):
    events = all_at(code_in_pipeline(text), trigger)
    assert events and all("relevance:statistic" not in e.reason for e in events), rows(code_in_pipeline, text)


def test_hit_singles_are_no_blows(code):
    text = LEAD + "He has had 12 UK hit singles, including Hot in Herre."
    assert not [e for e in all_at(code(text), "hit") if e.type == "ASSAULT"], rows(code, text)


def test_the_doer_of_a_topic_talked_about_is_the_topic(code):
    text = LEAD + "the governor also refused to comment on pmo official shatruhan singh accepting the shila at ayodhya."
    assert not [e for e in all_at(code(text), "accepting") if parties(e)[0] == ["the governor"]], rows(code, text)


def test_leaving_people_dead_is_no_withdrawal(code):
    text = LEAD + ("Unidentified militants opened indiscriminate fire at them, leaving them dead and three others "
                   "injured.")
    assert not [e for e in all_at(code(text), "leaving") if e.type == "RETREAT"], rows(code, text)


def test_militants_who_leave_a_village_withdraw(code):
    found, evs = has(code, LEAD + "The militants left the village on Monday.", "RETREAT", "militants")
    assert found, evs


def test_what_a_party_should_be_able_to_do_is_no_demand(code_in_pipeline):
    text = LEAD + ("Mr Leslie said: \"The prime minister should be able to appoint the best person for the job whether "
                   "they sit in the House of Lords or the House of Commons.\"")
    events = [e for e in all_at(code_in_pipeline(text), "said") if e.type == "REQUEST"]
    assert events and all(e.confidence < 0.5 for e in events), rows(code_in_pipeline, text)


def test_what_a_party_must_do_is_a_demand(code_in_pipeline):
    text = LEAD + "Russia said Israel must end its attacks."
    events = [e for e in all_at(code_in_pipeline(text), "said") if e.type == "REQUEST"]
    assert events and all(e.confidence >= 0.5 for e in events), rows(code_in_pipeline, text)


def test_a_party_that_has_to_be_willing_is_not_yet(code_in_pipeline):
    text = LEAD + ("\"The government has to take some steps, but the opposition has to be willing to participate in "
                   "negotiations as well.\"")
    events = all_at(code_in_pipeline(text), "participate")
    assert events and all(e.confidence < 0.5 for e in events), rows(code_in_pipeline, text)


def test_a_party_that_was_willing_offered(code_in_pipeline):
    text = LEAD + "The rebels were willing to participate in negotiations."
    events = all_at(code_in_pipeline(text), "participate")
    assert events and all(e.confidence >= 0.5 for e in events), rows(code_in_pipeline, text)


@pytest.mark.parametrize("text, reason", [
    (LEAD + "The troops are charged with carrying out intelligence work, as part of the ongoing Operation Sentinel.",
     "relevance:tasked"),
    (LEAD + "It could lead to people being charged less for using their mobile phone when travelling abroad.",
     "relevance:fee"),
])
def test_a_duty_or_a_price_is_no_charge(code_in_pipeline, text, reason):
    events = all_at(code_in_pipeline(text), "charged")
    assert events and all(reason in e.reason for e in events), rows(code_in_pipeline, text)


def test_a_charge_of_carrying_out_an_attack_stays(code_in_pipeline):
    text = LEAD + "The men are charged with carrying out the attack on the base."
    events = all_at(code_in_pipeline(text), "charged")
    assert events and all(e.confidence >= 0.5 for e in events), rows(code_in_pipeline, text)


def test_directing_an_operation_is_no_request(code):
    text = "THE REBEL COMMANDERS WHO DIRECTED THE OCCUPATION OF SEVERAL NEIGHBORHOODS LAST WEEK HEADED THE SEIZURE."
    assert not [e for e in all_at(code(text), "DIRECTED") if e.type == "REQUEST"], rows(code, text)


def test_directing_a_party_to_act_is_a_request(code):
    found, evs = has(code, LEAD + "The president directed the army to withdraw from the city.", "REQUEST", "president")
    assert found, evs


def test_a_monthly_reports_count_is_a_statistic(code_in_pipeline):
    text = ("THE ARMY REPORTED. THE MILITARY REPORT SAYS 93 FMLN GUERRILLAS WERE KILLED AND 115 WOUNDED AS A RESULT OF "
            "NATIONWIDE COUNTERINSURGENCY MILITARY OPERATIONS DURING THE MONTH OF NOVEMBER.")
    events = all_at(code_in_pipeline(text), "KILLED")
    assert events and all("relevance:statistic" in e.reason for e in events), rows(code_in_pipeline, text)


def test_two_killed_in_a_named_month_is_an_event(code_in_pipeline):
    text = LEAD + "During the month of November, two soldiers were killed in an ambush."
    events = [e for e in code_in_pipeline(text) if e.type == "ASSAULT"]
    assert events and all("relevance:statistic" not in e.reason for e in events), rows(code_in_pipeline, text)


@pytest.mark.parametrize("text, trigger", [
    (LEAD + "Organized crime in Mexico has been fueled by US demand for products other than illicit drugs.", "demand"),
    (LEAD + "Arnold Schwarzenegger's political bid hit the rails yesterday.", "hit"),
])
def test_market_demand_and_idioms_are_no_events(code, text, trigger):
    assert not all_at(code(text), trigger), rows(code, text)


def test_a_demand_made_of_a_government_stays(code):
    found, evs = has(code, LEAD + "The rebels repeated their demand that the government free all prisoners.", "REQUEST",
                     "rebels")
    assert found, evs


def test_a_hit_squad_is_no_attack(code):
    text = LEAD + "A CPI Maoist hit squad of around 30 armed guerillas killed a suspected member of a rival group."
    assert not [e for e in all_at(code(text), "hit") if e.type == "ASSAULT"], rows(code, text)


def test_backflips_executed_are_no_execution(code_in_pipeline):
    text = LEAD + "Brown rises to it unflaggingly - singing, executing backflips, balancing on a wobbly ledge."
    events = all_at(code_in_pipeline(text), "executing")
    assert events and all("relevance:executed_thing" in e.reason for e in events), rows(code_in_pipeline, text)


def test_rebels_who_executed_soldiers_killed_them(code):
    found, evs = has(code, LEAD + "The rebels executed two soldiers.", "ASSAULT", "rebels")
    assert found, evs


def test_a_place_of_captivity_stands_for_its_state(code):
    found, evs = has(code, LEAD + "The journalist was released from captivity in Libya.", "RETREAT", "Libya")
    assert found, evs
