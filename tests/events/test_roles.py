"""Who acted on whom: argument rules of ``events.roles`` checked through the real coder (real spaCy
model, real actors stage for the mentions, as the pipeline runs them).  Sentences are written for
these tests, not taken from the development set."""

from __future__ import annotations


def _by_trigger(events, trigger):
    found = [e for e in events if e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in events]
    return found[0]


def test_a_thing_handed_over_goes_to_the_party_on_the_preposition(code):
    e = _by_trigger(code("Germany returned four Polish paintings to the government of Poland on Monday."), "returned")
    assert e.actor[0].text == "Germany" and e.recipient[0].text == "the government of Poland"


def test_people_sent_somewhere_are_not_the_recipient(code):
    e = _by_trigger(code("Kenya sent two hundred Kenyan police officers to Haiti last year."), "sent")
    assert [p.text for p in e.recipient] == ["Haiti"]


def test_the_owner_of_a_thing_receives(code):
    e = _by_trigger(code("The opposition condemned Macky Sall's decision to delay the vote in Dakar."), "condemned")
    assert e.recipient[0].text == "Macky Sall"  # the party inside the thing it owns


def test_a_place_in_the_clause_does_not_replace_the_victims(code):
    e = _by_trigger(code("Gunmen killed twelve villagers in northern Burkina Faso on Sunday."), "killed")
    assert e.recipient[0].text == "twelve villagers"


def test_rejecting_a_proposal_the_proposer_receives(code):
    events = code("The junta in Bamako rejected ECOWAS's proposal for an eighteen-month transition.")
    [e] = [e for e in events if e.type == "REJECT"]
    assert e.actor[0].text == "The junta" and e.recipient[0].text.startswith("ECOWAS")


def test_urging_a_party_to_act_the_urged_party_receives(code):
    events = code("The African Union urged the junta to release President Bazoum.")
    [e] = [e for e in events if e.type == "REQUEST"]
    assert e.actor[0].text == "The African Union" and e.recipient[0].text == "the junta"


def test_agentless_passive_of_a_state_act_the_country_acts(code):
    events = code("A prominent blogger was arrested in Senegal on Tuesday.")
    [e] = [e for e in events if e.type == "COERCE"]
    assert e.actor[0].text == "Senegal" and "agentless_passive_place" in e.actor[0].flags
    assert e.recipient[0].text == "A prominent blogger"


def test_agentless_passive_of_force_names_no_actor(code):
    assert not [e for e in code("Twelve villagers were killed in Nigeria on Sunday.") if e.type == "ASSAULT"]


def test_own_forces_withdrawn_from_a_country_the_country_receives(code):
    e = _by_trigger(code("France has begun withdrawing some of its soldiers from Mali."), "withdrawing")
    assert [p.text for p in e.recipient] == ["Mali"]


def test_forces_mobilised_against_a_party(code):
    e = _by_trigger(code("Ethiopia mobilized the army for an offensive against the TPLF."), "mobilized")
    assert [p.text for p in e.recipient] == ["the TPLF"]


def test_a_phrase_trigger_words_are_not_its_recipient(code):
    events = code("The president declared a state of emergency in Tigray on Friday.")
    [e] = [e for e in events if "state of emergency" in e.trigger.text]
    assert [p.text for p in e.recipient] == ["Tigray"]


def test_a_summoned_envoy_is_the_recipient_not_the_capital(code):
    e = _by_trigger(code("Ghana summoned the Nigerian ambassador in Accra over the border closure."), "summoned")
    assert e.recipient[0].text == "the Nigerian ambassador"


def test_coordination_on_a_modifier_gives_two_parties(code):
    events = code("Kenyan and Somali troops launched a joint offensive.")
    [e] = [e for e in events if e.type == "ASSAULT"]
    assert [p.text for p in e.actor] == ["Kenyan", "Somali troops"]
    assert "coordinated_modifier" in e.actor[0].flags


def test_a_reciprocal_event_partner_on_with_beats_the_topic(code):
    e = _by_trigger(code("Tinubu discussed Niger with French President Emmanuel Macron on Friday."), "discussed")
    assert "Macron" in e.recipient[0].text


def test_a_thing_is_no_actor(code):
    assert not code("This flapping motion could not lift the dinosaur into the air.")
    assert not [e for e in code("Compensation will help the farmers this year.") if e.type in ("AID", "AGREE")]


def test_an_attack_stands_for_its_perpetrators(code):
    events = code("A car bomb killed at least twelve soldiers in Mogadishu on Sunday.")
    [e] = [e for e in events if e.type == "ASSAULT"]
    assert e.actor[0].text == "A car bomb" and e.recipient[0].text == "at least twelve soldiers"


def test_a_joint_event_is_coded_as_a_dyad(code):
    e = _by_trigger(code("Ghana and Togo signed a security agreement on Monday."), "signed")
    assert [p.text for p in e.actor] == ["Ghana"] and [p.text for p in e.recipient] == ["Togo"]
    assert "joint" in e.recipient[0].flags


def test_a_mediator_acts_between_the_parties(code):
    events = code("Qatar launched a mediation effort between Rwanda and the Democratic Republic of Congo.")
    [e] = [e for e in events if e.type == "CONSULT"]
    assert e.actor[0].text == "Qatar"
    assert [p.text for p in e.recipient] == ["Rwanda", "the Democratic Republic of Congo"]


def test_the_author_of_a_rejected_request_receives_the_rejection(code):
    events = code("The Supreme Court rejected an appeal filed by the opposition party against the results.")
    [e] = [e for e in events if e.type == "REJECT"]
    assert e.actor[0].text == "The Supreme Court" and e.recipient[0].text == "the opposition party"


def test_a_phrase_trigger_finds_the_place_on_its_own_words(code):
    events = code("Malian troops remained on alert in Gao after the attack.")
    [e] = [e for e in events if e.type == "MOBILIZE"]
    assert [p.text for p in e.recipient] == ["Gao"]


def test_a_nominal_demand_is_made_on_the_subject_of_its_clause(code):
    events = code("The opposition repeated its demand that the government release all political prisoners.")
    [e] = [e for e in events if e.trigger.text == "demand"]
    assert e.type == "REQUEST" and e.recipient[0].text == "the government"


def test_exercises_in_a_round_begun_by_two_armies(code):
    events = code("Senegal and Gambia began a new round of joint military exercises on Monday.")
    [e] = [e for e in events if e.type == "COOPERATE"]
    assert [p.text for p in e.actor] == ["Senegal"] and [p.text for p in e.recipient] == ["Gambia"]


def test_aid_to_people_in_a_country_goes_to_the_country(code):
    events = code("The World Food Programme is providing food aid to two million people in Chad.")
    [e] = [e for e in events if e.type == "AID"]
    assert [p.text for p in e.recipient] == ["Chad"] and "destination" in e.recipient[0].flags


def test_a_coordinated_name_is_one_party(code):
    e = _by_trigger(code("Trinidad and Tobago's government signed an agreement with Venezuela."), "signed")
    assert [p.text for p in e.actor] == ["Trinidad and Tobago's government"]
    assert [p.text for p in e.recipient] == ["Venezuela"]


def test_a_refusal_until_a_party_acts_is_aimed_at_that_party(code):
    events = code("The junta said it will not lift the curfew until ECOWAS lifts its sanctions.")
    rejects = [e for e in events if e.type == "REJECT"]
    assert rejects and rejects[0].recipient[0].text == "ECOWAS"
    assert "condition" in rejects[0].recipient[0].flags


def test_peacekeepers_withdrawn_from_a_place(code):
    events = code("Chad withdrew peacekeepers from the border with Sudan on Monday.")
    e = [e for e in events if e.trigger.text == "withdrew"][0]
    assert e.recipient[0].text.startswith("the border")


def test_an_event_noun_in_a_place_adjunct_is_not_governed(code):
    events = code("At a rally on Sunday, opposition leaders demanded an explanation from the president.")
    [e] = [e for e in events if e.type == "REQUEST"]
    assert e.trigger.text == "demanded" and e.recipient[0].text == "the president"


def test_a_topic_does_not_stop_a_joint_dyad(code):
    [e] = [e for e in code("Kenya and Ethiopia agreed to share intelligence on al-Shabaab.") if e.type == "AGREE"]
    assert [p.text for p in e.actor] == ["Kenya"] and [p.text for p in e.recipient] == ["Ethiopia"]


def test_a_dateline_with_an_agency_in_brackets_is_not_the_actor(code):
    events = code("NIAMEY (Reuters): President Mohamed Bazoum has held talks with French President Emmanuel Macron.")
    e = [e for e in events if e.type == "CONSULT"][0]
    assert e.actor[0].text == "President Mohamed Bazoum"


def test_an_object_pronoun_is_not_its_own_events_actor(code):
    events = code("Ousmane Sonko was freed on Friday after President Macky Sall pardoned him.")
    e = _by_trigger(events, "pardoned")
    assert "Sall" in e.actor[0].text and e.recipient[0].text == "Ousmane Sonko"


def test_troops_for_an_international_force_go_to_where_it_serves(code):
    events = code("Rwanda is sending troops to the United Nations peacekeeping force in the Central African Republic.")
    [e] = [e for e in events if e.type == "AID"]
    assert e.recipient[0].text == "the Central African Republic"
    [e] = [e for e in code("France sent aid to the Nigerian army in Mali.") if e.type == "AID"]
    assert e.recipient[0].text == "the Nigerian army"


def test_two_titles_of_one_person_are_one_party(code):
    events = code("Niger's Ambassador and Permanent Representative to the United Nations rejected the resolution.")
    [e] = [e for e in events if e.type == "REJECT"]
    assert [p.text for p in e.actor] == ["Niger's Ambassador and Permanent Representative"]


def test_resigning_together_is_no_dyad(code):
    events = code("The prime minister and the finance minister resigned on Friday.")
    [e] = [e for e in events if e.type == "RETREAT"]
    assert len(e.actor) == 2 and not e.recipient


def test_the_party_inside_a_thing_receives(code):
    e = _by_trigger(code("The mayor welcomed a plan for settling the dispute with the Hanjin Shipping company."),
                    "welcomed")
    assert [p.text for p in e.recipient] == ["the Hanjin Shipping company"]
    assert "inside" in e.recipient[0].flags


def test_a_voiced_stance_is_one_event_by_the_speaker(code):
    events = code("The Kenyan foreign minister reiterated Kenya's support for the talks among Somali clan leaders.")
    [e] = [x for x in events if x.type == "SUPPORT"]  # one event, at the verb or at the noun
    assert e.actor[0].text == "The Kenyan foreign minister"
    assert [p.text for p in e.recipient] == ["Somali clan leaders"]  # the parties of the talks


def test_a_commitment_to_supporting_someone(code):
    e = _by_trigger(code("Japan announced its commitment to supporting Ukraine's reconstruction."), "commitment")
    assert [p.text for p in e.recipient] == ["Ukraine"]


def test_a_condemned_deed_is_not_its_victim(code):
    e = _by_trigger(code("Secretary-General Antonio Guterres condemned the bombing of the hospital."), "condemned")
    assert e.actor[0].text.startswith("Secretary-General")  # a hyphen inside a title is no dateline
    assert [p.text for p in e.recipient] == ["the bombing of the hospital"]


def test_the_partner_of_a_governing_agreement_receives(code):
    e = _by_trigger(code("Norway agreed with Sweden to share border intelligence."), "share")
    assert e.type == "AGREE" and e.actor[0].text == "Norway" and [p.text for p in e.recipient] == ["Sweden"]


def test_hosting_an_event_is_not_receiving_a_visitor(code):
    e = _by_trigger(code("The Kenyan president is hosting an African Union summit in Nairobi."), "hosting")
    assert e.actor[0].text == "The Kenyan president"


def test_the_source_of_a_rejected_offer_receives(code):
    e = _by_trigger(code("The rebels rejected an offer from the Colombian government."), "rejected")
    assert [p.text for p in e.recipient] == ["the Colombian government"]


def test_a_person_described_by_a_who_clause_is_the_target(code):
    e = _by_trigger(code("Police in France have expelled a 40-year-old man who admitted preaching in a mosque in Lyon."),
                    "expelled")
    assert [p.text for p in e.recipient] == ["a 40-year-old man"]


def test_an_appositive_name_belongs_to_the_participant(code):
    e = _by_trigger(code("The court jailed a local journalist, Ahmed Saleh, for two years."), "jailed")
    assert "Ahmed Saleh" in e.recipient[0].text


def test_a_name_parsed_as_a_modifier_of_a_subjectless_verb_is_its_subject(code):
    e = _by_trigger(code("USAID provided basic shelter materials to thousands of families in Haiti."), "provided")
    assert e.actor[0].text == "USAID" and "misparsed_subject" in e.actor[0].flags


def test_help_goes_to_whom_its_purpose_serves(code):
    e = _by_trigger(code("UNICEF is providing emergency assistance to meet the needs of thousands of children in Malawi."),
                    "providing")
    assert "purpose" in e.recipient[0].flags and e.recipient[0].country == "MWI"


def test_a_suspension_of_aid_is_aimed_at_its_recipient(code):
    e = _by_trigger(code("USAID announced a suspension of aid in Yemen."), "suspension")
    assert e.type == "SANCTION" and [p.text for p in e.recipient] == ["Yemen"]


def test_the_one_who_orders_acts_on_the_one_ordered(code):
    e = _by_trigger(code("The junta ordered the state broadcaster to suspend its programmes for a week."), "suspend")
    assert e.actor[0].text == "The junta" and [p.text for p in e.recipient] == ["the state broadcaster"]


def test_the_one_attending_a_meeting_takes_part_in_it(code):
    e = _by_trigger(code("The Spanish foreign minister attends a NATO meeting in Brussels."), "meeting")
    assert e.actor[0].text == "The Spanish foreign minister"


def test_a_counterpart_named_beside_is_a_person(code):
    e = _by_trigger(code("Canada agreed with its Mexican counterpart, Marcelo Ebrard, to share intelligence."), "share")
    assert [p.text for p in e.recipient] == ["its Mexican counterpart, Marcelo Ebrard"]


def test_whose_request_was_granted_receives(code):
    e = _by_trigger(code("The judge granted a restraining order sought by the teachers' union against the city."), "granted")
    assert e.recipient[0].text.startswith("the teachers")  # not the city they sued


def test_a_deployment_goes_where_the_troops_are_sent(code):
    e = _by_trigger(code("Ghana announced the deployment of 300 soldiers to Mali."), "deployment")
    assert [p.text for p in e.recipient] == ["Mali"]


def test_two_parties_refusing_a_third_is_no_dyad(code):
    e = _by_trigger(code("Italy and Spain have refused to allow the plane to enter their air space."), "refused")
    assert [p.text for p in e.actor] == ["Italy", "Spain"] and [p.text for p in e.recipient] == ["the plane"]


def test_the_party_inside_what_a_verb_acts_on(code):
    e = _by_trigger(code("Canada reduced tariffs on $12 billion of Mexico's exports."), "reduced")
    assert [p.text for p in e.recipient] == ["Mexico"]


def test_an_ordered_attack_keeps_its_own_target(code):
    e = _by_trigger(code("Police officials ordered gang members to kidnap his teenage son."), "kidnap")
    assert e.recipient and e.recipient[0].text == "his teenage son"


def test_a_strike_in_response_to_a_decision_targets_its_maker(code):
    e = _by_trigger(code("Three thousand employees stopped work on Monday, staging a sit-in strike in response to "
                         "GE's decision of firing draftsmen."), "stopped work")
    assert [p.text for p in e.recipient] == ["GE"]


def test_approval_for_someone_to_act(code):
    e = _by_trigger(code("The Syrian government gave approval for the United Nations to deliver aid next week."),
                    "approval")
    assert [p.text for p in e.recipient] == ["the United Nations"]


def test_forces_mobilized_against_a_party(code):
    e = _by_trigger(code("In 1990, President Bush mobilized troops for the war against Iraq."), "mobilized")
    assert [p.text for p in e.recipient] == ["Iraq"]


def test_a_bill_acts_for_those_who_introduce_it(code):
    e = _by_trigger(code("Two senators introduced a bill that would impose sanctions on Turkey."), "impose")
    assert e.actor[0].text == "Two senators" and "document_author" in e.actor[0].flags


def test_forces_sent_with_no_sender_named_act_themselves(code):
    e = _by_trigger(code("The AU peacekeepers are being deployed to protect the Somali government."), "deployed")
    assert e.actor[0].text == "The AU peacekeepers" and "moved_force" in e.actor[0].flags


def test_a_body_of_people_can_act_and_answer(code):
    events = code("A group of asylum-seekers has gone on hunger strike in protest at the closure of a refugee centre.")
    e = _by_trigger(events, "hunger strike")
    assert e.actor[0].text == "A group of asylum-seekers" and "response" in e.recipient[0].flags


def test_a_donor_gives(code):
    e = _by_trigger(code("The United States remains the largest single donor of humanitarian assistance in Iraq."),
                    "humanitarian assistance")
    assert e.actor[0].text == "The United States"


def test_what_is_set_up_is_no_recipient_the_place_is(code):
    e = _by_trigger(code("The Government of India has agreed to set up a National Centre of Excellence in Mumbai."),
                    "agreed")
    assert [p.text for p in e.recipient] == ["Mumbai"]


def test_an_asserted_refusal_is_the_speakers(code):
    e = _by_trigger(code("Teachers have asserted that they will not end the strike until their demands have been met "
                         "by the education ministry."), "end")
    assert e.type == "REJECT" and e.actor[0].text == "Teachers"


def test_a_pact_broken_by_a_compound_subject_is_broken_between_them(code):
    e = _by_trigger(code("The rebels and the army are guilty of violating the ceasefire agreement in the north."),
                    "violating")
    assert len(e.actor) == 1 and e.recipient and "joint" in e.recipient[0].flags
