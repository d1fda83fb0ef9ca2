"""Session 41 (lead): a party "is committed to" a thing is a stance, no pledge (not_triggers.tsv own_dep); a verb that
recodes two acts it governs is one event (doubles._one_per_trigger); a bare infinitive under an aim is part of the aim
(purpose.aim_of, foreseen_acts.in_purpose_clause); "lest" sets a feared outcome; "arranging to" plans; an "anti-X"
modifier is no doer (noun_roles.stance_modifier); means freed are no captives released; a capture by the police is an
arrest, and things seized are confiscated (data/seized_things.tsv); a war or a rebellion that "forces" is a cause
(layer_doubts.tsv caused_compulsion); "he" goes back to a speaker the tagger took for a body
(pronouns._name_misread_as_a_body); the general, fugitives, hostages and schoolchildren are parties
(actors/data/agents_extra.tsv).  Real spaCy model, the actors stage's mentions and the shipped type model; sentences
written for the test."""

from __future__ import annotations

import pytest

from coded_events import all_at as _at, halved_by_layer


@pytest.mark.parametrize("text", [
    "This indicates that the FARC are committed to the success of the talks.",
    "The Conservatives are committed to cutting public spending.",
])
def test_being_committed_is_a_stance_not_a_pledge(code, text):
    assert not [e for e in code(text) if e.type == "AGREE" and e.trigger.text == "committed"]


def test_committing_to_a_ceasefire_is_still_a_pledge(code):
    assert [e for e in code("The rebels committed to a ceasefire in March.") if e.type == "AGREE"]


def test_a_verb_recoding_two_governed_acts_is_one_event(code):
    at = _at(code("Moscow rejected a proposal by Kyiv for a Christmas ceasefire."), "rejected")
    assert [(e.type, [p.text for p in e.recipient]) for e in at] == [("REJECT", ["Kyiv"])]


def test_the_more_confident_reading_of_one_trigger_stays(code):
    # the demands (a request noun recoded by "meet" and "refused") and the model's guess at "refused" itself: one refusal
    at = _at(code("The UAW refused to meet the demands."), "refused")
    assert len(at) == 1 and at[0].type == "REJECT" and at[0].confidence >= 0.5


def test_a_bare_infinitive_under_an_aim_is_aimed_at(code, code_in_pipeline):
    text = "Kenya deployed 1,000 police officers to Haiti to help fight gangs."
    assert [e.status for e in _at(code(text), "fight")] == ["hypothetical"]
    halved_by_layer(code_in_pipeline, text, "fight", "relevance:purpose")


def test_an_act_done_with_help_stays_done(code):
    at = _at(code("The army helped fight the rebels in the north."), "fight")
    assert at and all(e.status == "factual" for e in at)


def test_lest_sets_a_feared_outcome(code):
    at = _at(code("Troops stayed in the capital lest the rebels attack the palace."), "attack")
    assert [e.status for e in at] == ["hypothetical"]


def test_an_act_arranged_is_still_to_come(code):
    at = _at(code("The administration gave up, arranging instead to provide the information to the Census Bureau."),
             "provide")
    assert at and all(e.status == "future" for e in at)


def test_an_anti_modifier_is_no_doer():
    from dateline.events import noun_roles
    from dateline.pipeline import build_nlp

    doc = build_nlp()("The news came after days of anti-French demonstrations.")
    noun = next(t for t in doc if t.text == "demonstrations")
    assert all(noun_roles.stance_modifier(t) for t in doc[noun.i - 3:noun.i])
    assert not [a for a in noun_roles.noun_actor(noun) if doc[a.head].text in ("anti", "-", "French")]


def test_a_plain_national_modifier_still_acts(code):
    at = _at(code("The French demonstrations against the reform continued."), "demonstrations")
    assert at and [p.text for p in at[0].actor] == ["French"]


def test_means_freed_are_no_captives_released(code):
    text = ("The Department of Homeland Security declared the spill an incident of national significance, "
            "freeing up resources to tackle the problem.")
    assert not [e for e in code(text) if e.type == "RETREAT"]
    assert [e.type for e in _at(code("The rebels freed 20 hostages."), "freed")] == ["RETREAT"]


@pytest.mark.parametrize("text", [
    "La Barbie, the former hitman of the cartel, was captured last week by Mexican authorities.",
    "Police captured the gunman near the border.",
])
def test_a_capture_by_the_police_is_an_arrest(code, text):
    assert [e.type for e in _at(code(text), "captured")] == ["COERCE"]


def test_a_capture_by_rebels_stays_an_attack(code):
    assert [e.type for e in _at(code("Rebels captured the town on Monday."), "captured")] == ["ASSAULT"]


@pytest.mark.parametrize("text, word, party", [
    ("The general was arrested on charges of plotting a coup, state media reported.", "arrested", "The general"),
    ("Police captured the fugitive in Lagos.", "captured", "the fugitive"),
    ("Gunmen kidnapped 80 schoolchildren from a school in Kaduna state.", "kidnapped", "80 schoolchildren"),
])
def test_people_taken_are_parties(code, text, word, party):
    at = _at(code(text), word)
    assert at and [p.text for p in at[0].recipient] == [party]


def test_a_counterpart_is_an_official(code):
    at = _at(code("Chinese President Xi Jinping hosted his Brazilian counterpart in Beijing on Friday."), "hosted")
    assert at and [(p.country, p.sector) for p in at[0].actor] == [("BRA", "GOV")]


@pytest.mark.parametrize("text", [
    "The Philippine government seized the shares from the bank.",
    "Colombia Seizes Historic 7 Tn Cocaine Load Destined for Europe.",
])
def test_things_seized_are_confiscated(code_in_pipeline, text):
    # (through the pipeline: the clean stage reads a headline in title case as the parser needs it)
    assert [e.type for e in code_in_pipeline(text) if e.trigger.text.lower() == "seized" or e.trigger.text == "Seizes"] \
        == ["COERCE"]


def test_people_seized_are_attacked(code):
    assert [e.type for e in _at(code("Gunmen seized two aid workers in Darfur."), "seized")] == ["ASSAULT"]


def test_a_rebellion_that_forces_coerces_no_one(code_in_pipeline):
    text = "The rebellion in Syria has forced many ordinary people to grapple with new dilemmas."
    halved_by_layer(code_in_pipeline, text, "forced", "relevance:caused_compulsion")


def test_a_party_forcing_people_coerces(code):
    assert [e.type for e in _at(code("The army forced villagers to leave their homes."), "forced")] == ["COERCE"]


@pytest.mark.parametrize("text, name", [
    ("Smith said he asked the government to stop the protesters.", "Smith"),
    ("Srivastava said that he had asked the state government to prevent the kar sevaks from other states entering "
     "Ayodhya.", "Srivastava"),
])
def test_he_goes_back_to_a_name_the_tagger_took_for_a_body(code, text, name):
    at = _at(code(text), "asked")
    assert at and [p.text for p in at[0].actor] == [name]


def test_a_known_body_is_no_he(code):
    assert not [e for e in code("Reuters said he had attacked the village.") if [p.text for p in e.actor] == ["Reuters"]]


def test_a_group_declared_terrorist_in_a_small_clause_is_accused(code):
    at = _at(code("Egypt declared the Muslim Brotherhood a terrorist group on Wednesday."), "declared")
    assert [(e.type, [p.text for p in e.recipient]) for e in at] == [("ACCUSE", ["the Muslim Brotherhood"])]


def test_vigilantes_are_a_party(code):
    at = _at(code("Mexican authorities accuse vigilantes of drug cartel ties."), "accuse")
    assert at and [(p.text, p.sector) for p in at[0].recipient] == [("vigilantes", "PRM")]


@pytest.mark.parametrize("text, word, actor, recipient", [
    ("The lynching of a Muslim man by a mob in Jharkhand sparked outrage.", "lynching", "a mob", "a Muslim man"),
    ("The beating of a protester by police was caught on camera.", "beating", "police", "a protester"),
])
def test_nouns_of_beatings_are_attacks(code, text, word, actor, recipient):
    at = _at(code(text), word)
    assert [(e.type, [p.text for p in e.actor], [p.text for p in e.recipient]) for e in at] == [
        ("ASSAULT", [actor], [recipient])]


@pytest.mark.parametrize("text", [
    "Chelsea suffered a 4-0 beating at Anfield.",
    "The party took a beating in the polls.",
])
def test_a_beating_of_no_one_is_a_defeat(code, text):
    assert not _at(code(text), "beating")


@pytest.mark.parametrize("text, word", [
    ('The White House called the report "deeply flawed".', "called"),
    ("Germany said Russia's move was unconstitutional.", "said"),
])
def test_more_judging_adjectives_criticise(code, text, word):
    assert [e.type for e in _at(code(text), word)] == ["ACCUSE"]
