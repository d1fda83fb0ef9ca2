"""Argument choices of ``events.arguments`` / ``roles`` / ``parties`` added in the third round,
checked through the real coder (real spaCy model, real actors stage).  Sentences are written for these
tests, not taken from the development set."""

from __future__ import annotations

from dateline.actors import resolve


def _pair(events, actor: str, recipient: str):
    """The first event whose actor contains ``actor`` and whose recipient contains ``recipient``."""
    def names(p, text):  # (a pronoun participant counts through its antecedent, as the scorer does)
        return text in p.text or (p.antecedent is not None and text in p.antecedent.text)

    for e in events:
        if any(names(p, actor) for p in e.actor) and any(names(p, recipient) for p in e.recipient):
            return e
    return None


def _show(events):
    return [(e.type, e.trigger.text, [p.text for p in e.actor], [p.text for p in e.recipient]) for e in events]


def test_a_named_war_is_no_party_the_enemy_beyond_it_is(code):
    events = code("In 2003 Prime Minister Tony Blair mobilized troops for the Iraq War against Saddam Hussein.")
    assert _pair(events, "Tony Blair", "Saddam Hussein"), _show(events)


def test_a_named_agreement_broken_by_two_parties_is_between_them(code):
    events = code("The FARC and the Colombian army were guilty of violating the Ceasefire Agreement in Cauca.")
    assert _pair(events, "FARC", "Colombian army"), _show(events)


def test_agency_dateline_with_a_mangled_dash_is_no_subject(code):
    events = code('NAIROBI (AP) " President William Ruto on Friday granted a pardon to Joseph Kamau.')
    e = _pair(events, "William Ruto", "Joseph Kamau")
    assert e is not None and not any("NAIROBI" in p.text for p in e.actor), _show(events)


def test_some_of_its_restrictions_is_no_pronoun_to_resolve(code):
    events = code("The European Union decided to ease some of its sanctions on exports to Belarus.")
    assert _pair(events, "European Union", "Belarus"), _show(events)


def test_a_clause_with_its_own_subject_hung_on_a_noun_is_no_reduced_relative(code):
    events = code("Mumbai: The Maharashtra government has denied permission to the Shiv Sena's rally in Dadar.")
    e = _pair(events, "Maharashtra government", "Shiv Sena")
    assert e is not None and not any(p.text == "Mumbai" for p in e.recipient), _show(events)


def test_out_of_leads_to_the_place(code):
    events = code("The Houthis have refused to allow any aid flights out of Yemen since March.")
    assert _pair(events, "Houthis", "Yemen"), _show(events)


def test_a_verb_phrase_takes_the_object_of_its_second_verb(code):
    events = code("Myanmar let free some 300 political prisoners on Tuesday.")
    assert _pair(events, "Myanmar", "political prisoners"), _show(events)


def test_who_faces_criticism_receives_it(code):
    events = code("Hungary's government faces sharp criticism from the European Commission over its asylum law.")
    e = _pair(events, "European Commission", "Hungary")
    assert e is not None and e.type == "ACCUSE", _show(events)


def test_who_comes_under_attack_receives_it(code):
    events = code("A Malian army convoy came under attack from jihadist fighters near Gao.")
    assert _pair(events, "jihadist fighters", "convoy"), _show(events)


def test_rejecting_the_object_that_holds_the_event_its_owner_receives(code):
    events = code("The Dutch parliament rejected Prime Minister Mark Rutte's plan on withdrawal from Afghanistan.")
    e = _pair(events, "Dutch parliament", "Mark Rutte")
    assert e is not None and e.type == "REJECT", _show(events)


def test_who_allows_acts_on_the_one_allowed(code):
    events = code("Sudan said it would allow the International Red Cross to deliver medicine to Darfur.")
    assert _pair(events, "Sudan", "International Red Cross"), _show(events)


def test_what_is_set_up_receives_nothing_the_place_does(code):
    events = code("The Kenyan government agreed to set up three field hospitals and a team of nurses in Turkana.")
    e = _pair(events, "Kenyan government", "Turkana")
    assert e is not None and e.type == "AGREE", _show(events)


def test_support_received_from_someone_through_a_coordination(code):
    events = code("The Kurdish militia has received weapons and financial support from the French army.")
    assert _pair(events, "French army", "Kurdish militia"), _show(events)


def test_a_finite_verb_hung_on_a_noun_root_has_that_noun_as_subject(code):
    events = code("Garry Kasparov, a former Russian chess champion, called for sanctions against Gazprom.")
    e = _pair(events, "Garry Kasparov", "Gazprom")
    assert e is not None, _show(events)


def test_an_instrument_of_force_is_not_its_target(code):
    events = code("The Indian army shelled with mortars along the border in Kupwara district.")
    assert not any(p.text == "mortars" for e in events for p in e.recipient), _show(events)


def test_forces_mobilized_for_a_battle_go_against_its_enemy(code):
    events = code("The emir mobilized his troops for a battle against the remnants of the Wahhabi army.")
    assert _pair(events, "emir", "Wahhabi"), _show(events)


def test_a_letter_threatening_something_is_aimed_at_its_addressee(code):
    events = code("President Jair Bolsonaro sent a letter to the head of the European Commission threatening "
                  "to cut Brazilian funding over the Amazon.")
    assert _pair(events, "Bolsonaro", "the head of the European Commission"), _show(events)


def test_expelled_people_receive_the_expulsion(code):
    events = code("Eritrea expelled all OCHA aid workers on Tuesday.")
    assert _pair(events, "Eritrea", "OCHA aid workers"), _show(events)


def test_coordinated_verbs_share_the_object(code):
    events = code("Police arrested and charged two men suspected of attacking a church in Lagos.")
    arrest = [e for e in events if e.trigger.text == "arrested"]
    assert arrest and [p.text for p in arrest[0].recipient] == ["two men"], _show(events)


def test_a_relative_pronoun_object_is_its_antecedent(code):
    events = code("The opposition leader, whom the army had detained for a month, was freed on Friday.")
    assert _pair(events, "the army", "The opposition leader"), _show(events)


def test_called_on_a_party_to_act_that_party_receives(code):
    events = code("Britain called on Iran to release the detained tanker.")
    assert _pair(events, "Britain", "Iran"), _show(events)


def test_accused_of_the_charge_is_not_part_of_the_accused(code):
    events = code("Amnesty International accused the Ethiopian government of war crimes in Tigray.")
    e = _pair(events, "Amnesty International", "Ethiopian government")
    assert e is not None and [p.text for p in e.recipient] == ["the Ethiopian government"], _show(events)


def test_an_event_noun_subject_stands_for_its_named_doer(code):
    events = code("A drone strike by the Turkish army killed three PKK militants in northern Iraq.")
    killed = [e for e in events if e.trigger.text == "killed"]
    assert killed and killed[0].actor[0].text == "the Turkish army", _show(events)


def test_the_target_of_a_thing_fired_at_someone(code):
    events = code("Police fired tear gas at demonstrators in Nairobi.")
    assert all(p.text != "tear gas" for e in events for p in e.recipient), _show(events)


def test_a_plural_object_is_the_target_not_its_place(code):
    events = code("The protesters torched government buildings in Almaty.")
    e = [e for e in events if e.trigger.text == "torched"][0]
    assert [p.text for p in e.recipient] == ["government buildings"], _show(events)


def test_mediating_between_two_parties(code):
    events = code("Kenya offered to mediate between the Sudanese army and the RSF.")
    assert _pair(events, "Kenya", "the Sudanese army"), _show(events)


def test_a_subject_hung_on_the_auxiliary(code):
    events = code("Egypt and Qatar are mediating between Israel and Hamas.")
    assert _pair(events, "Egypt", "Israel"), _show(events)


def test_the_passive_subject_acted_on_names_the_recipient_and_its_by_agent_acts(code):
    events = code("Sanctions against Iran by the European Union were extended.")
    assert _pair(events, "European Union", "Iran"), _show(events)


def test_the_possessor_of_an_arrest_is_the_one_arrested(code):
    events = code("Ousmane Sonko's arrest by Senegalese police sparked protests.")
    e = _pair(events, "Senegalese police", "Ousmane Sonko")
    assert e is not None and e.type == "COERCE", _show(events)
    assert not _pair(events, "Sonko", "Senegalese"), _show(events)


def test_the_agent_of_an_arrest_hung_on_its_of_object(code):
    events = code("The arrest of the opposition leader by police sparked protests in Dakar.")
    assert _pair(events, "police", "opposition leader"), _show(events)


def test_a_governed_event_without_recipient_takes_the_governors(code):
    events = code("Japan pledged $2 billion in aid to the Philippines.")
    assert _pair(events, "Japan", "Philippines"), _show(events)


def test_a_set_off_adjective_phrase_is_not_part_of_the_actor(code):
    events = code("The protesters, angry at fuel prices, torched government buildings in Almaty.")
    e = [e for e in events if e.trigger.text == "torched"][0]
    assert e.actor[0].text == "The protesters", _show(events)


def test_the_host_receives_the_visitor_not_the_venue(code):
    events = code("The Kenyan president received his Tanzanian counterpart at State House.")
    e = _pair(events, "Tanzanian counterpart", "Kenyan president")
    assert e is not None and e.type == "CONSULT", _show(events)


def test_the_accused_does_what_it_is_accused_of(code):
    events = code("The Philippines accused China of harassing its fishing boats near Scarborough Shoal.")
    e = [e for e in events if e.trigger.text == "harassing"]
    assert e and e[0].actor[0].text == "China", _show(events)


def test_who_vetoes_a_resolution_does_not_author_it(code):
    events = code("Russia vetoed a UN resolution condemning the annexation of Crimea.")
    e = [e for e in events if e.trigger.text == "condemning"]
    assert not e or all(p.text != "Russia" for p in e[0].actor), _show(events)


def test_a_party_alongside_what_is_given(code):
    events = code("Japan is willing to provide trucks alongside humanitarian assistance to Jordan.")
    assert _pair(events, "Japan", "Jordan"), _show(events)


def test_a_man_described_by_a_who_clause_can_act(code):
    events = code("The man who killed the mayor was arrested by police in Tula on Monday.")
    assert _pair(events, "The man", "the mayor"), _show(events)


def test_whose_forces_act_for_the_one_the_clause_is_about(code):
    events = code("Pakistan's army chief, whose forces have fought the Taliban, visited Kabul.")
    assert _pair(events, "army chief", "Taliban"), _show(events)


def test_people_hurt_at_a_place_are_the_target_not_the_place(code):
    events = code("Gunmen injured four people at an apartment complex in Lagos on Sunday.")
    e = [e for e in events if e.trigger.text == "injured"]
    assert e and e[0].recipient[0].text == "four people", _show(events)


def test_an_agentless_passive_set_in_an_attack_is_done_by_its_doer(code):
    events = code("Two soldiers were killed in an ambush by al-Shabaab militants near Mogadishu.")
    assert _pair(events, "al-Shabaab", "Two soldiers"), _show(events)


def test_clashes_between_two_parties_are_a_dyad(code):
    events = code("Clashes between Fulani herders and farmers killed 30 people in Plateau state.")
    assert _pair(events, "Fulani herders", "farmers"), _show(events)


def test_the_owner_of_a_decision_acts_in_its_infinitive(code):
    events = code("Turkey's decision to block Sweden's NATO bid angered Washington.")
    assert _pair(events, "Turkey", "Sweden"), _show(events)


def test_hostages_are_the_people_acted_on_not_a_deed(code):
    events = code("Nigerian troops rescued 20 hostages held by Boko Haram in Borno.")
    rescued = [e for e in events if e.trigger.text == "rescued"]
    assert rescued and rescued[0].recipient[0].text == "20 hostages", _show(events)
    assert not any(p.text == "Nigerian" for e in code("The Taliban freed two Nigerian hostages.") for p in e.actor)


def test_a_thing_handed_over_goes_to_its_goal_not_to_a_name_inside_it(code):
    events = code("The FBI returned a silver cup engraved with the name of Alexander the Great to Greek authorities in Athens.")
    assert _pair(events, "FBI", "Greek authorities"), _show(events)


def test_a_named_thing_transferred_is_no_recipient(code):  # (the parser tags "HEU" an organisation)
    events = code("Kazakhstan will return weapons-grade HEU from its reactors to Russia.")
    assert _pair(events, "Kazakhstan", "Russia"), _show(events)


def test_talks_someone_is_hosted_for_are_held_by_the_host_with_the_guest(code):
    events = code("Modi hosted the Japanese prime minister for talks in Delhi.")
    assert _pair(events, "Modi", "Japanese prime minister"), _show(events)


def test_a_suspect_arrested_for_a_killing_is_no_host(code):
    events = code("Police arrested the opposition leader for the killing of a journalist.")
    assert not any(e.type == "ASSAULT" and any("Police" in p.text for p in e.actor) for e in events), _show(events)


def test_shelling_aimed_at_no_party_is_aimed_at_the_place(code):
    events = code("The rebels violated the truce by shelling with mortars and firing machine guns in Idlib's Saraqib "
                  "district.")
    e = next((e for e in events if e.trigger.text == "shelling"), None)
    assert e is not None and [p.text for p in e.recipient] == ["Idlib's Saraqib district"], _show(events)
    assert "place_target" in e.recipient[0].flags


def test_a_party_attacked_beats_the_place_it_is_in(code):
    events = code("Government troops attacked the rebels in Homs province.")
    assert _pair(events, "Government troops", "rebels"), _show(events)


def test_forces_deployed_for_a_purpose_go_where_the_purpose_takes_them(code):
    events = code("The African Union announced the deployment of 500 troops to protect civilians in Darfur.")
    assert _pair(events, "African Union", "Darfur"), _show(events)


def test_a_refusal_until_the_refuser_is_satisfied_is_aimed_at_the_party_judged(code):
    events = code("Merkel said she will not ease the restrictions until she is sure that Russia has withdrawn its troops.")
    assert _pair(events, "Merkel", "Russia"), _show(events)


def test_the_named_members_of_an_unnamed_plural_belong_to_it(code):
    events = code("Several unions including the Kenya Medical Association and the Nurses Union staged a strike "
                  "against the health ministry.")
    assert _pair(events, "Kenya Medical Association", "health ministry"), _show(events)


def test_the_one_granted_a_permission_receives_though_read_as_a_compound(code):
    events = code("The European Commission granted the Greek government permission to sell shares in Olympic Airways.")
    assert _pair(events, "European Commission", "Greek government"), _show(events)


def test_a_demand_is_made_for_the_name_not_for_its_apposition(code):
    events = code("The government conceded to demands that Nigerians overseas, a group regarded as largely favouring "
                  "the opposition, should be allowed to vote.")
    assert _pair(events, "government", "Nigerians overseas"), _show(events)


def test_a_force_withdrawn_is_no_recipient_the_place_it_leaves_is(code):
    events = code("Ghana withdrew a contingent of 300 soldiers from Mali.")
    assert _pair(events, "Ghana", "Mali") and not _pair(events, "Ghana", "soldiers"), _show(events)


def test_a_listed_member_with_a_name_inside_belongs_to_the_participant(code):
    events = code("Police arrested 20 gang members, including the alleged leader of the Sinaloa cartel.")
    assert _pair(events, "Police", "Sinaloa cartel"), _show(events)


def test_the_goal_on_a_participle_describing_the_thing_returned(code):
    events = code("US agents returned a bronze statue, missing since 1977, to Cambodia.")
    assert _pair(events, "US agents", "Cambodia"), _show(events)


def test_a_second_name_after_a_caption_position_is_a_conjunct_not_an_apposition(code):
    events = code("Chinese President Xi Jinping, second right, and Russian President Vladimir Putin, left, attended a "
                  "dinner meeting in Beijing, China, Friday, May 3, 2019.")
    assert _pair(events, "Xi Jinping", "Vladimir Putin"), _show(events)


def test_a_participant_given_the_focus_country_has_no_antecedent(code_with_mentions):
    # "The president" takes Iran from the article; it is not the same party as "Iran"
    events = code_with_mentions("The president said he would not lift sanctions until Iran stopped enriching uranium.")
    actors = [p for e in events for p in e.actor if p.text == "The president"]
    assert actors and all(p.antecedent is None for p in actors)
    # nor does a chain through such a mention: "the junta" goes back to "the military junta" (which took
    # the focus, Niger), not on to "Niger"
    events = code_with_mentions("Niger ended its agreement with the United States. The military junta took power "
                                "in Niger last year. The junta expelled French troops.")
    juntas = [p for e in events for p in e.actor if p.text == "The junta"]
    assert juntas and all(p.antecedent is not None and p.antecedent.text == "military junta" for p in juntas)


def test_the_party_warned_against_an_act_receives_the_warning(code_with_mentions):
    events = code_with_mentions("China warned Taiwan against declaring independence.")
    assert [(e.type, [a.text for a in e.actor], [r.text for r in e.recipient]) for e in events] == \
        [("THREATEN", ["China"], ["Taiwan"])]


# Fourth round (2026-11-29, helper D): general mistakes seen on real news (issue 5's held-out articles).

def test_a_passive_clause_inherits_no_doer_from_the_main_clause(code):
    # "three people were shot" after "police are investigating": the police did not shoot them
    events = code("Police are investigating after two students were shot near the campus.")
    assert not any(e.trigger.text == "shot" and any("Police" in p.text for p in e.actor) for e in events), _show(events)


def test_a_coordinated_passive_shares_its_subject_as_the_one_acted_on(code):
    events = code("The mayor was leaving his office and was shot in the leg.")
    assert not any(any("mayor" in p.text for p in e.actor) for e in events if e.trigger.text == "shot"), _show(events)
    # with an agent on the first passive, both acts are the agent's, on the shared subject
    events = code("The activist was detained by soldiers and beaten.")
    e = next((e for e in events if e.trigger.text == "beaten"), None)
    assert e is not None and [p.text for p in e.actor] == ["soldiers"] and "activist" in e.recipient[0].text, \
        _show(events)


def test_the_one_asked_in_a_passive_does_what_it_is_asked(code):
    events = code("The Attorney General's Office was asked by the cabinet to investigate links between "
                  "local officials and smugglers.")
    # (coded once, as the request: the cabinet asks the office - not the smugglers)
    assert _pair(events, "cabinet", "Attorney General") and not _pair(events, "cabinet", "smugglers"), _show(events)


def test_a_time_is_no_participant(code):
    events = code("The army went on alert for the third time this year.")
    assert events and not any("time" in p.text for e in events for p in e.recipient), _show(events)
    events = code("Union leaders faced anger at Tuesday's meeting of the National Executive Committee.")
    assert not any("Tuesday" in p.text for e in events for p in e.actor), _show(events)


def test_a_town_naming_where_an_attack_happened_is_not_its_doer(code):
    events = code("A journalist was killed in a Springfield drive-by shooting.")
    assert not any("Springfield" in p.text for e in events for p in e.actor), _show(events)
    events = code("Five civilians were killed in a US air strike.")  # a country named on it is its doer
    assert _pair(events, "US", "Five civilians"), _show(events)


def test_one_fights_for_a_cause_not_against_it(code):
    events = code("The guerrillas fought for Eritrea for thirty years.")
    assert not any("Eritrea" in p.text for e in events for p in e.recipient), _show(events)


def test_it_never_refers_to_a_plural(code):
    events = code("The motion passed, with 212 Labour members supporting the motion, and 180 Conservatives "
                  "opposing it.")
    e = next((e for e in events if e.trigger.text == "opposing"), None)
    assert e is not None and not any("Labour" in p.text for p in e.recipient), _show(events)


def test_naming_an_event_is_no_part_in_it(code):
    events = code("The president called the senators' inquiry a farce.")
    assert not any(any("president" in p.text for p in e.actor) for e in events if e.trigger.text == "inquiry"), \
        _show(events)


def test_who_dies_or_suffers_in_an_event_does_not_do_it(code):
    events = code("Four villagers died in a bomb explosion near the market.")
    assert not any("villagers" in p.text for e in events for p in e.actor), _show(events)


def test_the_accused_on_trial_or_if_convicted_is_acted_on(code):
    for text, who in (("The former minister is on trial accused of fraud.", "minister"),
                      ("If convicted, the senator faces ten years in prison.", "senator"),
                      ("The mayor resigned after being placed under investigation.", "mayor"),
                      ("The governor resigned after being accused of fraud by prosecutors.", "governor")):
        events = code(text)
        assert not any(who in p.text for e in events if e.type in ("ACCUSE", "SANCTION") for p in e.actor), \
            (text, _show(events))
    events = code("The governor resigned after being accused of fraud by prosecutors.")
    assert _pair(events, "prosecutors", "governor"), _show(events)


def test_who_has_or_comes_under_an_event_receives_it_from_its_doer(code):
    events = code("The opposition enjoys the backing of the army.")
    assert _pair(events, "army", "opposition"), _show(events)
    events = code("The convoy came under attack from armed men.")
    assert _pair(events, "armed men", "convoy"), _show(events)


def test_who_withdraws_disarms_or_resigns_is_named_on_of(code):
    events = code("The withdrawal of Ugandan troops from Somalia was completed in December.")
    assert _pair(events, "Ugandan troops", "Somalia"), _show(events)
    events = code("Following the demobilization of the FARC, dissident members formed new groups.")
    e = next((e for e in events if e.trigger.text == "demobilization"), None)
    assert e is not None and "FARC" in e.actor[0].text, _show(events)


def test_an_active_verb_shares_the_subject_of_a_passive_it_is_coordinated_with(code):
    events = code("The commission will be based in Nairobi, and will finish its investigation within a year.")
    e = next((e for e in events if e.trigger.text == "investigation"), None)
    assert e is not None and "commission" in e.actor[0].text, _show(events)


def test_a_pronoun_in_a_direct_quotation_is_not_its_speaker(code):
    events = code('"He was going to attack his neighbours," said Sheriff Dawson.')
    assert not any("Dawson" in p.text or (p.antecedent is not None and "Dawson" in p.antecedent.text)
                   for e in events for p in e.actor), _show(events)
    events = code("The minister said he would meet the rebels on Monday.")  # reported speech: the speaker
    assert _pair(events, "minister", "rebels"), _show(events)


def test_who_awaits_or_faces_trial_on_charges_is_the_one_charged(code):
    events = code("The former governor faces trial on charges of corruption.")
    assert not any(e.type == "ACCUSE" and any("governor" in p.text for p in e.actor) for e in events), _show(events)


def test_a_possessive_in_a_fronted_adjunct_points_ahead_to_the_subject(code):
    events = code("At their meeting in Paris, EU finance ministers backed plans to cut the deficit.")
    e = next((e for e in events if e.trigger.text == "meeting"), None)
    assert e is not None and "EU finance ministers" in e.actor[0].text, _show(events)
