"""Session 26, helper PAIR: subjects the parser splits off a clause.  Sentences written here.

A finite clause has a subject.  When the parser leaves a reported verb with none, it has put the subject somewhere
else: inside a fronted prepositional phrase closed by a comma (as a conjunct of the phrase's last noun:
``roles.subject_inside_attribution``, which session 25 wrote for "According to X,"), or into a verbless clause of
its own, "gunmen [are] loyal to the warlord" (``roles.subject_of_split_adjective``), or it reads the verb as a
modifier of the last noun of an "of" phrase ("A delegation of the party *called on* ...": ``roles._noun_root_subject``)."""

from __future__ import annotations

import pytest

from coded_events import in_dyad, rows


@pytest.mark.parametrize("text, type_, actor, recipient", [
    ("Witnesses said gunmen loyal to the warlord kidnapped two aid workers.", "ASSAULT", "gunmen loyal to the warlord",
     "aid workers"),
    ("Reporters said soldiers loyal to the ousted president stormed the radio station in the capital.", "ASSAULT",
     "soldiers loyal to", "radio station"),
])
def test_a_noun_and_its_adjective_split_off_act(code, text, type_, actor, recipient):
    evs = rows(code, text)
    assert in_dyad(evs, type_, actor, recipient), evs


def test_an_adjective_with_a_copula_is_a_clause_of_its_own(code):
    assert rows(code, "Witnesses said the gunmen were loyal to the warlord.") == []


@pytest.mark.parametrize("text, type_, actor, recipient", [
    ("The ministry said that on a visit to Zimbabwe, South African President Cyril Ramaphosa voiced his strong "
     "support of President Emmerson Mnangagwa.", "SUPPORT", "Ramaphosa", "Mnangagwa"),
])
def test_the_subject_after_a_fronted_phrase_acts(code, text, type_, actor, recipient):
    evs = rows(code, text)
    assert in_dyad(evs, type_, actor, recipient), evs
    assert not any(any("ministry" in a for a in actors) for t, _, actors, _ in evs if t == type_), evs


def test_a_fronted_phrase_parsed_right_keeps_its_subject(code):
    assert in_dyad(rows(code, "In Kabul and Kandahar, police arrested ten suspects."), "COERCE", "police", "suspects")


@pytest.mark.parametrize("text, type_, actor, recipient", [
    ("A delegation of the party called on the president to discuss the alliance, officials said.", "REQUEST",
     "delegation", "president"),
])
def test_a_finite_verb_hung_on_an_of_phrase_has_the_whole_phrase_as_subject(code, text, type_, actor, recipient):
    evs = rows(code, text)
    assert in_dyad(evs, type_, actor, recipient), evs
    assert not any(any("called" in a for a in actors) for _, _, actors, _ in evs), evs


def test_a_participle_after_a_subject_stays_a_modifier(code):
    evs = rows(code, "Three soldiers killed in the attack were buried on Monday.")
    assert not any(any("soldiers" in a for a in actors) for _, _, actors, _ in evs), evs
