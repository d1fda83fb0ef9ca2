"""Readings a word's context chooses (2026-11-29, sixth round): words against force by what an attack is
aimed at, a hosted visit against an allotment, one promise reported once, a setting that is no party.
Real spaCy model, the actors stage's mentions and the shipped type model, as the pipeline codes."""

from __future__ import annotations

import pytest

from dateline.events import extract
from dateline.events.lexicon import find_triggers, force_ruled_out


def _types(events):
    return [(e.trigger.text, e.type) for e in events]


@pytest.mark.parametrize("text", [
    "Republican Representatives attacked the impeachment inquiry on Tuesday.",
    "Senator Warren attacked the president's tax plan.",
    "The minister attacked the decision of the court.",
    "Opposition leaders attacked the new law on Monday.",
])
def test_an_attack_on_what_cannot_be_struck_is_criticism(code_with_mentions, text):
    events = code_with_mentions(text)
    attack = [e for e in events if e.trigger.text == "attacked"]
    assert [e.type for e in attack] == ["ACCUSE"], _types(events)
    assert attack[0].mode == "disapprove"


@pytest.mark.parametrize("text", [
    "Rebels attacked the convoy near Goma.",
    "Protesters attacked the police station.",
    "Gunmen attacked the president's motorcade in the capital.",
])
def test_an_attack_on_people_places_or_property_stays_force(code_with_mentions, text):
    events = code_with_mentions(text)
    assert [e.type for e in events if e.trigger.text == "attacked"] == ["ASSAULT"], _types(events)


def test_the_attacks_on_a_law_and_a_person_are_words(code_with_mentions):
    events = code_with_mentions("The group has led the attacks on Blackburn, the DEA law and her campaign donors.")
    assert not any(e.type == "ASSAULT" for e in events), _types(events)


def test_the_force_reading_is_ruled_out_for_the_model_too(nlp):
    doc = nlp("Two senior figures attacked the impeachment inquiry.")  # (not "Republicans": not_triggers.tsv, session 47)
    tok = next(t for t in doc if t.text == "attacked")
    assert force_ruled_out(tok)
    assert {h.entry.type for h in find_triggers(doc[:])[tok.i]} == {"ACCUSE"}
    convoy = nlp("Rebels attacked the convoy.")
    assert not force_ruled_out(next(t for t in convoy if t.text == "attacked"))


def test_an_imposed_blockade_keeps_its_readings(nlp):
    # "impose" has no verbal reading: the rule is only for words that have both
    doc = nlp("Punjab government imposed blockades in Lahore.")
    assert not force_ruled_out(next(t for t in doc if t.text == "imposed"))


def test_an_allotted_delegate_is_no_visit(code_with_mentions):
    events = code_with_mentions("Bill Weld, the former governor of Massachusetts, received the other delegate in Iowa.")
    assert not any(e.type == "CONSULT" for e in events), _types(events)


def test_a_received_visitor_is_still_a_visit(code_with_mentions):
    events = code_with_mentions("Chinese President Xi Jinping received the Iranian foreign minister in Beijing.")
    visit = [e for e in events if e.type == "CONSULT"]
    assert visit and visit[0].actor[0].text == "the Iranian foreign minister", _types(events)


def test_a_promise_to_proceed_with_a_trial_is_one_agree(code_with_mentions):
    events = code_with_mentions("Mitch McConnell, the Republican Senate Majority Leader, previously committed to "
                                "proceeding with such a trial.")
    assert [e.type for e in events] == ["AGREE"], _types(events)


def test_the_setting_of_a_relative_clause_is_no_party(code_with_mentions):
    events = code_with_mentions("Trump tried to pressure the Ukrainian government to launch an investigation of Joe "
                                "Biden's son, in order to help Trump's chances in the 2020 United States presidential "
                                "election in which Biden is also running.")
    assert not any(e.trigger.text == "running" for e in events), _types(events)


def test_a_governed_verb_with_its_own_object_is_kept(code_with_mentions):
    # the link rule drops only a verb with no object of its own between the governor and an event noun
    events = code_with_mentions("Ukraine asked Germany to deliver more tanks.")
    assert any(e.type == "REQUEST" for e in events), _types(events)


def test_extract_without_mentions_still_codes_the_criticism(nlp):
    events = extract(nlp("Republican Representatives attacked the impeachment inquiry."), doc_id="t")
    assert [e.type for e in events if e.trigger.text == "attacked"] == ["ACCUSE"]


@pytest.mark.parametrize("text", [
    "EU countries have made resources available to fight the Ebola epidemic in West Africa.",
    "Firefighters battled the blaze for six hours.",
    "Germany spent billions on fighting the root causes of migration.",
])
def test_fighting_a_disease_a_fire_or_a_cause_is_no_attack(code_with_mentions, text):
    events = code_with_mentions(text)
    assert not any(e.type == "ASSAULT" for e in events), _types(events)


def test_the_fight_against_corruption_is_no_attack(nlp):
    doc = nlp("The government stepped up the fight against corruption.")
    tok = next(t for t in doc if t.text == "fight")
    assert "ASSAULT" not in {h.entry.type for h in find_triggers(doc[:]).get(tok.i, [])}


def test_fighting_a_party_stays_an_attack(code_with_mentions):
    events = code_with_mentions("Government troops fought the rebels near the border.")
    assert [e.type for e in events if e.trigger.text == "fought"] == ["ASSAULT"], _types(events)


@pytest.mark.parametrize("text, mode", [
    ("The government has ordered 16,000 migrants to wait in Mexico for their court hearings.", "restrict"),
    ("The authorities forced refugees to return to the camps.", "restrict"),
    ("The government ordered the migrants to leave the country within a week.", "deport"),
])
def test_migrants_ordered_to_wait_or_go_are_coerced(code_with_mentions, text, mode):
    events = code_with_mentions(text)
    assert [(e.type, e.mode) for e in events] == [("COERCE", mode)], _types(events)


def test_staff_required_to_work_from_home_is_no_coercion(code_with_mentions):
    events = code_with_mentions("The company required staff to work from home.")
    assert not any(e.type == "COERCE" for e in events), _types(events)


@pytest.mark.parametrize("text, trigger", [
    ("The opposition leader hit out at the government's handling of the crisis.", "hit out"),
    ("The minister took a swipe at his rivals in the party.", "took a swipe at"),
])
def test_idioms_of_criticism_are_words_not_blows(code_with_mentions, text, trigger):
    events = code_with_mentions(text)
    assert [(e.trigger.text, e.type) for e in events] == [(trigger, "ACCUSE")], _types(events)
