"""Session 45 (lead, sample y): a disease named by its medical ending kills no one in the PLOVER sense (sense_parts.
disease_name); a fire fought is no party attacked (harm_doers.natural_target, word_classes.tsv fire_words); an area
cleared by police is no aid (layer_doubts.tsv safety_evacuation); a "so that" clause of purpose, an infinitive of
degree ("broad enough to allow") and a "by" gerund of an act to come are not done (status.purpose_clause, purpose.
aim_of, status._means_of); a conjunct event noun takes its support verb's future; calling a thing unfair is no phone
call even where the parser takes the adjective as the object; documents released are no captives freed; "in support
of" a cause is no aid; a bare plural sorted by a present act of which a rule is said is a kind (generic_acts.
kind_by_relative); a place is no "they".  Real spaCy model, the actors stage's mentions and the shipped type model;
sentences written for the test."""

from __future__ import annotations

import pytest

from coded_events import all_at as _at, halved_by_layer, not_doubted, rows

from dateline.model import Article


def _status(code, text: str, trigger: str) -> str:
    found = [e for e in code(text) if e.trigger.text == trigger]
    assert found, f"{trigger!r} is coded"
    return found[0].status


@pytest.mark.parametrize("text, trigger", [
    ("UNICEF said that more than 2,500 people had been killed by meningitis this year in West Africa.", "killed"),
    ("Officials said hepatitis killed forty villagers in the district last month.", "killed"),
])
def test_a_disease_named_by_its_ending_is_no_doer(code_in_pipeline, text, trigger):
    halved_by_layer(code_in_pipeline, text, trigger, "relevance:natural_doer")


def test_a_named_party_killing_stays(code_in_pipeline):
    not_doubted(code_in_pipeline, "Rebels killed forty villagers in the district last month, officials said.",
                "killed", "relevance:natural_doer")


def test_a_fire_fought_is_no_target(code_in_pipeline):
    halved_by_layer(code_in_pipeline, "Fire boat crews battle the blazing remnants of the offshore oil rig.", "battle",
                    "relevance:natural_target")


def test_a_party_battled_stays(code_in_pipeline):
    not_doubted(code_in_pipeline, "Troops battled the rebels for six hours near the border.", "battled",
                "relevance:natural_target")


def test_police_clearing_an_area_give_no_aid(code_in_pipeline):
    halved_by_layer(code_in_pipeline, "Police evacuated a several-block radius around the store after the gunman took "
                    "hostages.", "evacuated", "relevance:safety_evacuation")


def test_a_so_that_clause_of_purpose_is_not_done(code, code_in_pipeline):
    assert _status(code, "Troops were sent to the valley so that they could attack the rebels.", "attack") == \
        "hypothetical"
    # (an agentless trial aimed at is no event at all; one told as done is)
    aimed = ("IN REGARD TO THIS INVESTIGATION, WE WISH TO REAFFIRM THAT THE ACCUSED WILL BE SENT TO THE PERTINENT COURT "
             "SO THAT THEY STAND TRIAL ACCORDING TO THE MECHANISMS ESTABLISHED IN THE CONSTITUTION.")
    # (the pipeline, which reads an all-capitals text as the clean stage gives it)
    done = aimed.replace("SO THAT THEY STAND", "AFTER THEY STOOD")
    assert not any(e.status == "factual" for e in _at(code_in_pipeline(aimed, layer=False), "TRIAL"))
    assert any(e.status == "factual" for e in _at(code_in_pipeline(done, layer=False), "TRIAL"))


def test_a_so_that_clause_told_in_the_past_is_an_outcome(code):
    assert _status(code, "The army shelled the town for days, so that the rebels attacked the garrison.",
                   "attacked") == "factual"


@pytest.mark.parametrize("text, trigger", [
    ("We would hope that the government will table a bill that is broad enough to allow for amendments to be brought to "
     "test support for a reduction in the voting age.", "allow"),
    ("The army was too weak to attack the rebels.", "attack"),
])
def test_an_infinitive_of_degree_is_no_act_done(code, text, trigger):
    assert _status(code, text, trigger) == "hypothetical"


def test_a_means_gerund_takes_the_future_of_its_act(code):
    assert _status(code, "The government will punish the rebels by shelling their villages.", "shelling") == "future"
    assert _status(code, "The army punished the rebels by shelling their villages.", "shelling") == "factual"


def test_a_conjunct_event_noun_takes_its_support_verbs_future(code):
    assert _status(code, "Officials said the government will impose tougher safety requirements and more rigorous "
                         "inspections on drilling operations.", "inspections") == "future"


def test_calling_a_thing_unfair_is_no_phone_call(code_in_pipeline):
    # (in this text the parser takes "unfair" as the object of "calling")
    text = ("The attorney for Matthew Durham has filed several motions in federal court explaining the need for a new "
            "trial in the case, calling the first trial unfair. The defense says there is new evidence some testimony "
            "was untrustworthy.")
    assert not any(e.type == "CONSULT" and e.confidence >= 0.5 for e in _at(code_in_pipeline(text), "calling"))


def test_documents_released_are_no_captives_freed(code):
    assert not any(t == "RETREAT" for t, *_ in rows(code, "The release of election manifestoes by the BJP and the "
                                                        "Congress was marked by prominent absentees."))
    assert any(t == "RETREAT" for t, *_ in rows(code, "The release of the hostages by the rebels was welcomed."))


def test_in_support_of_a_cause_is_no_aid(code):
    assert not any(t == "AID" for t, *_ in rows(code, "Thousands marched in support of the government in Hubli."))
    assert any(t == "AID" for t, *_ in rows(code, "The United States sent food aid to Sudan."))


def test_a_kind_sorted_by_a_present_act_under_a_rule_does_nothing(code_in_pipeline):
    text = ("The army issued a statement on Monday. Rebels who attack civilians will be punished, the army said.")
    halved_by_layer(code_in_pipeline, text, "attack", "relevance:generic_act")


def test_particular_people_sorted_by_a_present_act_still_act(code_in_pipeline):
    text = ("The army issued a statement on Monday. Protesters who oppose the law attacked the police station.")
    not_doubted(code_in_pipeline, text, "attacked", "relevance:generic_act")


def test_a_town_a_march_was_in_is_no_they(code_in_pipeline):
    text = ("members of the hindu mahila samithi took out a march in hubli on thursday. they urged the nda government "
            "to resolve the controversy.")
    urged = _at(code_in_pipeline(text, layer=False), "urged")
    assert urged and not any("hubli" in p.text for e in urged for p in e.actor)


def test_a_state_during_clashes_is_no_side_of_them(code):
    found = rows(code, "There is heavy police bandobast in the old city as these areas were tense during communal "
                       "clashes in the past.")
    assert not any("areas" in " ".join(actors) for _, _, actors, _ in found)


TRANSFER_STORY = ("Disgraced former Chelsea striker Adrian Mutu is to begin talks with Juventus as he looks for a new club. "
                  "\"Mutu will be in our club's main stand to watch the match between Juventus and Fiorentina,\" said a "
                  "Juventus official. Mutu, banned by the English FA, can resume playing next May.")


def test_a_transfer_story_named_by_its_clubs_is_sport(code_in_pipeline):
    assert _at(code_in_pipeline(TRANSFER_STORY, layer=False), "banned")
    assert not _at(code_in_pipeline(TRANSFER_STORY), "banned")


def test_a_former_footballer_is_no_political_elite(pipeline):
    mentions = pipeline.process(Article(id="t", text=TRANSFER_STORY, date="2004-10-01")).mentions
    former = [m for m in mentions if "Mutu" in m.text and "former" in m.flags]
    assert former and all(m.actor.sector != "ELI" for m in former)


def test_bodies_of_state_clashing_over_a_matter_quarrel(code_in_pipeline):
    halved_by_layer(code_in_pipeline, "The European Parliament has already clashed with the European Union on the issue.",
                    "clashed", "relevance:personal_clash")


def test_a_government_clashing_with_rebels_on_a_day_fights(code_in_pipeline):
    not_doubted(code_in_pipeline, "The government clashed with rebels on Monday near the border.", "clashed",
                "relevance:personal_clash")


def test_agreeing_a_thing_was_so_is_accord_on_a_fact(code):
    text = ("The Lord Chancellor, Lord Falconer, agreed the 1701 Act of Settlement, which governs the succession, was "
            "discriminatory but added that its effects are limited.")
    assert not any(t == "AGREE" and trig == "agreed" for t, trig, *_ in rows(code, text))
    assert any(t == "AGREE" for t, *_ in rows(code, "Israel and Hamas agreed a truce and were pleased."))


@pytest.mark.parametrize("text, trigger", [
    ("From Calderon's inauguration in December 2006 to the end of October 2012, 623,213 people were detained by "
     "Mexico's federal forces as part of their fight against organized crime.", "detained"),
    ("In September, a report said that of some 3,439 people arrested on drug trafficking charges between 2006 and 2011, "
     "only 31 percent were convicted.", "arrested"),
])
def test_thousands_held_over_years_are_a_statistic(code_in_pipeline, text, trigger):
    halved_by_layer(code_in_pipeline, text, trigger, "relevance:statistic")


def test_thousands_held_on_a_day_are_an_event(code_in_pipeline):
    not_doubted(code_in_pipeline, "Police detained 3,000 protesters in the capital on Sunday.", "detained",
                "relevance:statistic")


def test_an_indirect_question_is_no_reported_demand(code):
    assert not any(t == "REQUEST" for t, *_ in rows(code, "Mr Howard declined to say what form the statement should "
                                                        "take."))
    assert any(t == "REQUEST" for t, *_ in rows(code, "Mr Howard said the prince should apologise in person."))


def test_recognising_concerns_is_no_support(code):
    assert not any(t == "SUPPORT" for t, *_ in rows(code, "Mr Clarke said he recognised people's concerns about the "
                                                        "costume."))


def test_shooting_a_magazine_cover_is_photography(code):
    assert not any(t == "ASSAULT" for t, *_ in rows(code, "Annie Liebowitz shot the cover and eight-page inside spread, "
                                                        "which accompanies an article."))


def test_what_was_not_done_enough_for_is_not_done(code):
    assert _status(code, "Democrats claim the administration has not done enough to clamp down on unfair foreign "
                         "trade practices.", "clamp down") == "negated"


def test_a_participle_set_off_by_commas_is_done_to_its_noun(nlp):
    # the parse the model gave this sentence inside its article (alone it parses it right): "arrested" a finite verb
    # with the name as its subject and "was" coordinated with it
    from spacy.tokens import Doc

    from dateline.events.roles import reduced_relative_read_as_root

    words = ["The", "AP", "notes", "that", "Jose", "Torres", "Marrufo", ",", "arrested", "February", "2012", "in",
             "Mexico", ",", "was", "among", "those", "named", "."]
    heads = [1, 2, 2, 8, 6, 6, 8, 6, 2, 8, 9, 8, 11, 8, 8, 14, 15, 16, 2]
    deps = ["det", "nsubj", "ROOT", "mark", "compound", "compound", "nsubj", "punct", "ccomp", "npadvmod", "nummod",
            "prep", "pobj", "punct", "conj", "prep", "pobj", "acl", "punct"]
    tags = ["DT", "NNP", "VBZ", "IN", "NNP", "NNP", "NNP", ",", "VBD", "NNP", "CD", "IN", "NNP", ",", "VBD", "IN", "DT",
            "VBN", "."]
    pos = ["DET", "PROPN", "VERB", "SCONJ", "PROPN", "PROPN", "PROPN", "PUNCT", "VERB", "PROPN", "NUM", "ADP", "PROPN",
           "PUNCT", "AUX", "ADP", "PRON", "VERB", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    assert reduced_relative_read_as_root(doc[8]).text == "Marrufo"
    # "Police arrested the men, charged them": an object - the verb is read right
    done = Doc(nlp.vocab, words=["Police", ",", "arrested", "men", ",", "was", "."], heads=[2, 0, 2, 2, 5, 2, 2],
               deps=["nsubj", "punct", "ROOT", "dobj", "punct", "conj", "punct"],
               tags=["NNS", ",", "VBD", "NNS", ",", "VBD", "."], pos=["NOUN", "PUNCT", "VERB", "NOUN", "PUNCT", "AUX", "PUNCT"])
    assert reduced_relative_read_as_root(done[2]) is None


def test_glass_a_blast_throws_is_no_doer(code_in_pipeline):
    halved_by_layer(code_in_pipeline, "FOLLOWING THE EXPLOSION, A 9-YEAR-OLD BOY WHO LIVES NEAR THE BANK WAS WOUNDED BY "
                    "PIECES OF GLASS, SAID HIS RELATIVES.", "WOUNDED", "relevance:instrument_doer")


def test_a_past_conjunct_shares_no_will_of_a_clause_before(code):
    text = "The premier insisted Mr Brown will have a key role in Labour's campaign, and praised his handling of the economy."
    assert _status(code, text, "praised") == "factual"
    assert _status(code, "The ministers will meet and sign the deal.", "sign") == "future"


def test_a_partys_commons_presence_is_no_force(code):
    assert not any(t == "MOBILIZE" for t, *_ in rows(code, "Crosby told the party leader to focus on trying to increase "
                                                        "the Tories' Commons presence by 25 to 30 seats."))
    assert any(t == "MOBILIZE" for t, *_ in rows(code, "NATO increased its military presence in the Baltic states."))


@pytest.mark.parametrize("text, trigger", [
    ("Unidentified armed assailants opened fire at a convoy of the Frontier Corps near Awaran town.", "opened"),
    ("Pakistani troops returned fire after coming under attack by suspected militants.", "returned"),
])
def test_gunfire_opened_or_returned_is_no_fire_fought(code_in_pipeline, text, trigger):
    not_doubted(code_in_pipeline, text, trigger, "relevance:natural_target")


def test_thousands_in_one_year_are_left_to_the_year_rules(code_in_pipeline):
    not_doubted(code_in_pipeline, "Chinese authorities closed 12,575 net cafes in the closing months of 2004, the "
                "country's government said.", "closed", "relevance:statistic")


def test_a_word_that_begins_a_persons_name_is_no_trigger(code):
    assert not any(t == "COERCE" for t, *_ in rows(code, "At the memorial, Mr Mulet read a message from UN Secretary "
                                                       "General Ban Ki-moon."))
    assert any(t == "COERCE" for t, *_ in rows(code, "The UN Security Council imposed a ban on arms sales to Libya."))


@pytest.mark.parametrize("text, trigger", [
    ("The loss of several top leaders has created a dangerous power vacuum within the gang, raising the chance of "
     "violence.", "violence"),
    ("The talks raised the prospect of a ceasefire between the army and the rebels.", "ceasefire"),
])
def test_a_chance_or_prospect_of_an_act_is_no_act(code, text, trigger):
    assert _status(code, text, trigger) == "hypothetical"


def test_a_round_fired_into_ones_own_leg_is_self_harm(code_in_pipeline):
    text = ("The 24-year-old man had just come home from a shooting range at 4 p.m. when he fired a round into his leg "
            "while he took the gun apart, police Capt. Dan Wiedemann said.")
    fired = _at(code_in_pipeline(text, layer=False), "fired")
    # (the "when" clause the parser hangs on "4 p.m." takes up the man, not the police captain who speaks)
    assert not any("Wiedemann" in p.text for e in fired for p in e.actor)
    assert not any(e.confidence >= 0.5 for e in _at(code_in_pipeline(text), "fired"))


def test_an_animal_is_no_doer_but_police_dogs_are_the_polices(code_in_pipeline):
    halved_by_layer(code_in_pipeline, "Leon van Biljon, owner of a lion lodge near Pretoria, was killed by his lions on "
                    "Tuesday.", "killed", "relevance:natural_doer")
    not_doubted(code_in_pipeline, "Police dogs attacked the protesters outside the parliament.", "attacked",
                "relevance:natural_doer")


def test_an_act_not_anticipated_is_not_done(code):
    assert _status(code, "While the investigation isn't over, the sheriff doesn't anticipate charging the boy's father.",
                   "charging") == "negated"


def test_asked_after_a_quoted_question_is_no_request(code):
    assert not any(t == "REQUEST" for t, *_ in rows(code, '"Why did the army open fire on the crowd?" the senator '
                                                        'asked.'))
    assert any(t == "REQUEST" for t, *_ in rows(code, "The senator asked the army to stop the shelling."))


def test_hostility_is_an_attitude_and_hostilities_fighting(code):
    assert not any(t == "ASSAULT" for t, *_ in rows(code, "Congress should bear some responsibility for the problem due "
                                                        "to its hostility towards gun control, he said."))
    assert any(t == "ASSAULT" for t, *_ in rows(code, "Hostilities between the army and the rebels resumed on Monday."))


def test_a_senator_fighting_a_campaign_uses_no_force(code_in_pipeline):
    halved_by_layer(code_in_pipeline, "Marco Rubio, the Florida senator fighting strongly on home ground as he sought to "
                    "revive his presidential campaign, was asked a question.", "fighting", "relevance:personal_clash")
    not_doubted(code_in_pipeline, "The army commander fought the rebels near the border.", "fought",
                "relevance:personal_clash")


def test_a_warning_of_floods_threatens_no_one(code_in_pipeline):
    halved_by_layer(code_in_pipeline, "The National Hurricane Center also warned of potential flash floods, with up to 30 "
                    "inches of rain in northwestern parts of the Bahamas.", "warned", "relevance:hazard_warning")


def test_trying_things_is_no_trial(code):
    assert not any(t == "ACCUSE" for t, *_ in rows(code, "The government has tried a number of things in an attempt to "
                                                       "boost voter turnout."))
    assert any(t == "ACCUSE" for t, *_ in rows(code, "The court tried the former president for corruption."))


def test_a_state_on_a_copula_held_by_no_one_is_negated(nlp):
    from dateline.events.status import modality

    doc = nlp("No troops are on alert in the region.")
    assert modality(doc[4]).status == "negated"  # "alert"
    assert modality(nlp("Troops are on alert in the region.")[3]).status == "factual"


def test_those_in_custody_are_held_not_holders(code):
    found = rows(code, "Two suspects are in custody after the shooting in the city.")
    assert not any("suspects" in " ".join(actors) for _, _, actors, _ in found)
    # (an arrest with no doer named, the ones held its recipient)
    assert any(t == "COERCE" and not actors and any("suspects" in r for r in recips) for t, _, actors, recips in found)


def test_beating_terrorism_or_the_odds_beats_no_one(code):
    assert not any(t == "ASSAULT" for t, *_ in rows(code, "Beating drugs helps beat terrorism and will help Afghans have "
                                                        "a brighter future."))
    assert any(t == "ASSAULT" for t, *_ in rows(code, "Police beat the protesters with batons."))


def test_a_topic_put_first_on_on_is_no_part_in_the_event(code):
    found = rows(code, "On the attack, the minister expressed his dissatisfaction over the handling of the situation.")
    assert not any(t == "ASSAULT" and "minister" in " ".join(actors) for t, _, actors, _ in found)


def test_those_charged_with_taking_part_did_it_not_who_charged_them(code):
    found = rows(code, "Police charged the two men with taking part in the attack on the mosque.")
    assert any(t == "ASSAULT" and "two men" in " ".join(actors) for t, _, actors, _ in found)
    assert not any(t == "ASSAULT" and "Police" in " ".join(actors) for t, _, actors, _ in found)


def test_a_submachinegun_is_no_doer(code_in_pipeline):
    halved_by_layer(code_in_pipeline, "The lawyers claim that the senator was killed by an Uzi submachinegun.", "killed",
                    "relevance:instrument_doer")


@pytest.mark.parametrize("text", [
    "The party fought the assembly poll as an alliance partner.",
    "Unlike 2001, there should be no need for colleagues to have taxis gunning their engines outside.",
])
def test_a_poll_fought_or_an_engine_gunned_is_no_assault(code, text):
    assert not any(t == "ASSAULT" for t, *_ in rows(code, text))


def test_signing_put_off_is_not_done(code):
    assert _status(code, "The government and the rebels have postponed signing a peace agreement.", "signing") == \
        "hypothetical"


def test_bloodshed_told_of_is_not_the_speakers(code):
    found = rows(code, "Scores of people have been killed in Syria, opposition activists say, in a second day of heavy "
                       "bloodshed.")
    assert not any(t == "ASSAULT" and "activists" in " ".join(actors) for t, _, actors, _ in found)


def test_gunmen_on_by_are_a_doer_not_an_event(code):
    text = ("Meanwhile the Governor of Nagaland strongly condemned the killing of a couple in Kiphire on February 6 by "
            "some unidentified gunmen.")
    assert not any(trig == "gunmen" for _, trig, *_ in rows(code, text))


def test_medicines_recognised_as_effective_get_no_support(code):
    assert not any(t == "SUPPORT" for t, *_ in rows(code, "Tamiflu is one of the medicines recognized by the World "
                                                        "Health Organization as effective in treating the flu."))


def test_a_speaker_in_a_meeting_takes_part_in_it(code):
    found = rows(code, '"The DEA will not return," Morales said Tuesday during a meeting of leaders of the Andean '
                       'states in Bogota.')
    assert any(t == "CONSULT" and "Morales" in " ".join(actors) for t, _, actors, _ in found)
