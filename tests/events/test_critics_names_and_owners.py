"""Session 43 (lead): what critics say is criticism of the party they are critics of (reported_judgments._critics_of,
judgment_words.tsv critic_nouns); a name given to an object is no telephone call (not_triggers.tsv object_dep) and is
read through an apposition on an object predicate (complements._complement_heads); goods seized from a party are
seized from that party (agentless._seized_from).  Real spaCy model, the actors stage's mentions and the shipped type
model; sentences written for the test."""

from __future__ import annotations

import pytest

from coded_events import all_at as _at, parties, rows


def test_critics_named_after_a_leader_accuse_the_pronoun_standing_for_him(code):
    at = _at(code("Mr Erdogan's critics say he has used the failed uprising as an excuse to stifle the opposition."),
             "say")
    assert [(e.type, *parties(e)) for e in at] == [("ACCUSE", ["critics"], ["he"])]


def test_critics_of_a_party_accuse_that_party(code):
    at = _at(code("Critics of the government say the new law curbs free speech."), "say")
    assert [(e.type, *parties(e)) for e in at] == [("ACCUSE", ["Critics"], ["the government"])]


def test_critics_accuse_the_party_their_clause_is_about(code):
    at = _at(code("Putin's critics say the Kremlin has jailed dozens of opponents."), "say")
    assert [(e.type, *parties(e)) for e in at] == [("ACCUSE", ["critics"], ["the Kremlin"])]


def test_critics_of_no_party_accuse_no_one(code):
    assert not _at(code("Critics say the plan will cost taxpayers billions."), "say")


def test_a_name_given_to_a_leader_is_no_phone_call(code):
    assert not any(t == "CONSULT" for t, *_ in rows(code, "Duterte called Obama a son of a whore."))


def test_a_call_with_an_aside_on_the_callee_is_still_no_name(code):
    assert not any(t == "ACCUSE" for t, *_ in rows(code, "Duterte called Obama, his American counterpart, on Tuesday."))


def test_a_plain_phone_call_stays(code):
    assert [t for t, *_ in rows(code, "Duterte called Obama on Tuesday.")] == ["CONSULT"]


def test_an_insult_hung_on_the_object_predicate_is_name_calling(code):
    at = _at(code("President Trump on Tuesday called Britain's ambassador to the United States a very stupid guy."),
             "called")
    assert [(e.type, *parties(e)) for e in at] == [("ACCUSE", ["President Trump"], ["Britain's ambassador"])]


@pytest.mark.parametrize("text, owner", [
    ("Colombian authorities released information on a computer seized from the commander of the FARC's Southern Bloc.",
     "the commander of the FARC's Southern Bloc"),
    ("Weapons were seized from the rebels after the clash.", "the rebels"),
])
def test_goods_seized_from_a_party_are_seized_from_it(code, text, owner):
    at = _at(code(text), "seized")
    assert [(e.type, *parties(e)) for e in at] == [("COERCE", [], [owner])]


def test_goods_seized_from_a_place_keep_the_goods_as_their_party(code):
    at = _at(code("Two AK-47 rifles were seized from the house."), "seized")
    assert [(e.type, *parties(e)) for e in at] == [("COERCE", [], ["Two AK-47 rifles"])]


@pytest.mark.parametrize("text, doer", [
    ("Israel launched an air strike that killed 30 people.", "Israel"),
    ("The rebels carried out an attack which killed five soldiers.", "The rebels"),
    ("Islamic State claimed the attack, which killed 30 people.", "Islamic State"),
    ("The attack, which was claimed by ISIS, killed 30 people.", "ISIS"),
])
def test_who_carried_out_or_claimed_a_deed_did_what_it_did(code, text, doer):
    at = _at(code(text), "killed")
    assert [parties(e)[0] for e in at] == [[doer]]


def test_the_deed_that_stood_for_its_doer_is_no_recipient(code):
    at = _at(code("The army launched an offensive that displaced thousands."), "displaced")
    assert [parties(e) for e in at] == [(["The army"], [])]


def test_talks_that_ended_were_not_ended_by_those_who_held_them(code):
    assert not _at(code("Police held talks that ended without agreement."), "ended")


@pytest.mark.parametrize("text", [
    "On August 24, El Salvador's Supreme Court declared the MS13 and Barrio 18 to be terrorist groups, reported the AP.",
    "The government designated the gangs to be terrorist groups, reported the AP.",
])
def test_the_labelled_party_is_the_recipient_not_the_object_of_an_attribution(code, text):
    at = [e for e in code(text) if e.trigger.text in ("declared", "designated")]
    assert at and all(parties(e)[1] and not any("AP" in r for r in parties(e)[1]) for e in at)


def test_small_arms_fired_are_shots_not_a_mobilisation(code):
    at = _at(code("Police said two detectives fired their weapons."), "fired")
    assert [(e.type, e.mode) for e in at] == [("ASSAULT", "firearms")]


def test_a_missile_fired_with_no_target_stays_a_mobilisation(code):
    assert [e.type for e in _at(code("North Korea fired a missile."), "fired")] == ["MOBILIZE"]


def test_they_in_a_when_clause_takes_up_the_subject_it_qualifies(code):
    at = _at(code("One witness said officers did not say anything when they approached the man and shot him."), "shot")
    assert [parties(e)[0] for e in at] == [["officers"]]


def test_an_onlookers_they_is_never_the_onlooker(code):
    assert not any("witness" in a for e in code("The witness said they approached the man and shot him.")
                   for a in parties(e)[0])


def test_they_after_a_coordination_takes_up_both(code):
    at = _at(code("A 16-year-old boy and a 15-year-old boy were on Austin Boulevard when they were shot, police said."),
             "shot")
    assert [parties(e)[1] for e in at] == [["A 16-year-old boy and a 15-year-old boy"]]


def test_a_flag_march_is_police_parading_not_a_protest(code):
    at = _at(code("The rapid action force took a flag march in the walled city on Sunday."), "flag march")
    assert [(e.type, e.mode) for e in at] == [("MOBILIZE", "police")]


def test_a_march_to_parliament_stays_a_protest(code):
    assert [e.type for e in _at(code("Thousands joined the march to the parliament."), "march")] == ["PROTEST"]


@pytest.mark.parametrize("text", [
    "The activists pulled down ministers' signboards and broke glass panes.",
    "Protesters pulled down a statue of the dictator.",
])
def test_a_statue_or_sign_pulled_down_is_symbolic_vandalism(code, text):
    assert [(e.type, e.mode) for e in _at(code(text), "pulled")] == [("PROTEST", "vandalize")]


def test_troops_pulling_out_still_withdraw(code):
    assert [e.type for e in _at(code("The army pulled out of the town."), "pulled out")] == ["RETREAT"]


@pytest.mark.parametrize("text, trigger, type_", [
    ("Sanders didn't endorse Clinton until July.", "endorse", "SUPPORT"),
    ("Police did not arrest the suspect until two days later.", "arrest", "COERCE"),
])
def test_not_until_a_time_in_the_past_tells_when_it_was_done(code, text, trigger, type_):
    assert [(e.type, e.status) for e in _at(code(text), trigger)] == [(type_, "factual")]


def test_will_not_until_stays_a_refusal_on_a_condition(code):
    assert all(e.status != "factual" or e.type == "REJECT" for e in
               _at(code("The rebels will not lay down arms until the army withdraws."), "lay down"))


def test_a_ransom_charged_is_no_accusation(code):
    assert not _at(code("Kidnappings are carried out by common criminals, but the ransoms are charged by the FARC."),
                   "charged")


def test_a_written_release_is_a_document(code):
    assert not _at(code("Police said Wednesday in a written release that the man was shot."), "release")


def test_who_returned_fire_did_what_the_participle_after_their_clause_says(code):
    at = _at(code("The men allegedly fired on the soldiers, who shot back, killing one woman and 21 men."), "killing")
    assert [parties(e)[0] for e in at] == [["the soldiers"]]


def test_a_participle_after_another_relative_clause_stays_the_main_subjects(code):
    at = _at(code("Rebels attacked a patrol, which was passing through the village, killing three soldiers."), "killing")
    assert all(parties(e)[0] != ["a patrol"] for e in at)


def test_a_passive_with_its_be_left_out_names_no_doer(code):
    events = code("One person was killed and two others badly hurt Wednesday in a shooting in South Los Angeles.")
    assert [(e.type, *parties(e)) for e in _at(events, "killed")] == [("ASSAULT", [], ["One person"])]
    assert not any("two others" in a for e in events for a in parties(e)[0])
