"""Recall on news, session 13 (issue 5, helper RECALL): harm inflicted on a side, tear gas in two words, harm set in
an exchange of fire or beside someone who died, an unknown doer ("someone"), and how far a trigger reaches when a noun
and a verb tell one attack.  Real spaCy model and actors stage; sentences written for these tests, none copied from an
evaluation article.  The positive tests fail without the change they pin; the guards pin what must stay uncoded."""

from __future__ import annotations

import pytest
from coded_events import rows as _events


def _at(evs, type_, word):
    return [e for e in evs if e[0] == type_ and word in e[1]]


# --- lexicon (triggers.tsv) ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, actor, recipient", [
    ("The rebels inflicted heavy casualties on the army during the offensive.", "rebels", "army"),
    ("The guerrillas inflicted 40 casualties on government troops last week.", "guerrillas", "troops"),
])
def test_casualties_inflicted_on_a_side_are_assault(code, text, actor, recipient):
    evs = _events(code, text)
    assert any(any(actor in a for a in acts) and any(recipient in r for r in recs)
               for _, _, acts, recs in _at(evs, "ASSAULT", "inflicted")), evs


@pytest.mark.parametrize("text", [
    "The new tax inflicted heavy losses on small firms.",  # losses: economic harm, no entry
    "The defeat inflicted more pain on the coach.",
])
def test_other_harm_inflicted_is_no_assault(code, text):
    assert not _at(_events(code, text), "ASSAULT", "inflicted")


def test_tear_gas_in_two_words_lobbed_is_crowd_control(code):
    evs = _events(code, "Police lobbed tear gas shells to disperse the stone-pelting mob.")
    assert any(any("Police" in a for a in acts) for _, _, acts, _ in _at(evs, "ASSAULT", "lobbed")), evs


# --- harm set in gunfire, beside someone who died; an unknown doer (agentless.py, unknown_doers.py) -----------------

@pytest.mark.parametrize("text, victim", [
    ("Two police officers were killed in an exchange of fire in the forest.", "officers"),
    ("A policeman was killed in an exchange of fire in the forest on Sunday.", "policeman"),
])
def test_harm_in_an_exchange_of_fire_is_violence(code, text, victim):
    evs = _events(code, text)
    assert any(not acts and any(victim in r for r in recs) for _, _, acts, recs in _at(evs, "ASSAULT", "killed")), evs


def test_fire_alone_stays_a_mishap(code):
    assert not _at(_events(code, "Two firemen were killed in a fire at the warehouse."), "ASSAULT", "killed")


def test_who_died_is_no_doer_of_the_wounding(code):
    evs = _events(code, "Two people died and 15 others were wounded in the clash near the border.")
    assert any(not acts and any("others" in r for r in recs) for _, _, acts, recs in _at(evs, "ASSAULT", "wounded")), evs


def test_someone_is_an_unknown_doer(code):
    evs = _events(code, "Someone in a passing car fired shots at the boy and drove away.")
    assert any(not acts and any("boy" in r for r in recs) for _, _, acts, recs in _at(evs, "ASSAULT", "fired")), evs


@pytest.mark.parametrize("text", [
    "Someone could fire shots at the boy.",  # unreal
    "Nobody fired shots at the boy.",  # nothing done
    "Someone criticised the minister.",  # no violence: an unknown doer is coded for violence only
])
def test_unknown_doer_guards(code, text):
    assert not [e for e in _events(code, text) if not e[2]], _events(code, text)


# --- one side named on "with" (doerless_nouns.one_side) -----------------------------------------------------------

@pytest.mark.parametrize("text, side", [
    ("Clashes with police broke out in the capital on Friday.", "police"),
    ("Violent clashes with the security forces erupted after the rally.", "security forces"),
])
def test_clashes_with_one_side(code, text, side):
    evs = _events(code, text)
    assert any(not acts and any(side in r for r in recs) for _, _, acts, recs in _at(evs, "ASSAULT", "lashes")), evs


@pytest.mark.parametrize("text", [
    "Clashes with knives broke out in the market.",  # a thing, not a side
    "Clashes with police could break out in the capital.",  # unreal
])
def test_clashes_with_no_side_are_not_one_sided(code, text):
    assert not [e for e in _at(_events(code, text), "ASSAULT", "lashes") if e[3]], _events(code, text)


# --- how far a trigger reaches (trigger_reach.py) -----------------------------------------------------------------

@pytest.mark.parametrize("text, trigger", [
    ("Three teen boys were wounded in two shootings on Monday morning.", "wounded in two shootings"),
    ("Two soldiers were killed in an ambush near the border.", "killed in an ambush"),
    ("A bomb went off in the crowded market on Monday.", "bomb went off"),
    ("An IED attached to a bicycle exploded near the colony.", "IED attached to a bicycle exploded"),
])
def test_trigger_reaches_the_word_that_names_the_attack(code, text, trigger):
    evs = _events(code, text)
    assert any(e[1] == trigger for e in _at(evs, "ASSAULT", "")), evs


def test_trigger_of_harm_in_a_mishap_does_not_reach(code):
    evs = _events(code, "Two soldiers were killed in a road accident near the border.")
    assert not any("accident" in e[1] for e in evs), evs


# --- violence told by its wound (wounds.py) -----------------------------------------------------------------------

@pytest.mark.parametrize("text, bearer", [
    ("The victim suffered a gunshot wound to the leg.", "victim"),
    ("A 25-year-old man died of gunshot wounds on Sunday.", "man"),
    ("Police found a man with multiple gunshot wounds in the car.", "a man"),
    ("An 18-year-old male is in critical condition from a gunshot wound to the head.", "male"),
    ("The man suffered stab wounds to his chest.", "man"),
])
def test_a_violent_wound_tells_its_bearer_was_attacked(code, text, bearer):
    evs = _events(code, text)
    assert any(not acts and any(bearer in r for r in recs) for _, _, acts, recs in _at(evs, "ASSAULT", "wound")), evs


@pytest.mark.parametrize("text", [
    "The man died of a self-inflicted gunshot wound.",  # his own doing
    "The doctor treated gunshot wounds at the clinic.",  # the doctor bears none
])
def test_wound_guards(code, text):
    assert not _at(_events(code, text), "ASSAULT", "wound"), _events(code, text)


def test_a_wound_has_a_bearer_not_a_doer(code):
    evs = _events(code, "The infant was the victim of an apparent gunshot wound to the neck, he said.")
    hits = _at(evs, "ASSAULT", "wound")
    assert hits and all(not acts and any("infant" in r for r in recs) for _, _, acts, recs in hits), evs


# --- existential "there was" (doerless_nouns.existential, unknown_doers) --------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("There were clashes in the city on Monday.", "clashes"),
    ("There has been heavy fighting in the north.", "fighting"),
    ("Reports claim that there was firing on the mob from inside the house.", "firing"),
])
def test_there_was_violence_is_a_happening(code, text, word):
    evs = _events(code, text)
    assert any(not acts for _, _, acts, _ in _at(evs, "ASSAULT", word)), evs


@pytest.mark.parametrize("text", [
    "There were no clashes in the city.",
    "There could be violence after the vote.",
    "There is violence in every society.",
    "Have there been any more attacks against the embassy?",  # asked
])
def test_existential_guards(code, text):
    assert not _at(_events(code, text), "ASSAULT", ""), _events(code, text)


# --- judgments of conduct (triggers.tsv: accuse.name_calling_label, accuse.said_illegal) ---------------------------

@pytest.mark.parametrize("text, actor", [
    ("The government is being naive by refusing to allow the evidence in court, a senior EU politician says.",
     "politician"),
    ("The opposition said the government was hypocritical.", "opposition"),
    ("The minister termed the protest undemocratic.", "minister"),
])
def test_a_party_judged_naive_or_hypocritical_is_criticised(code, text, actor):
    evs = _events(code, text)
    assert any(any(actor in a for a in acts) for _, _, acts, _ in _at(evs, "ACCUSE", "")), evs


@pytest.mark.parametrize("text", [
    "He said it was naive to expect a quick deal.",  # 'it was ... to': no judgment of a party
    "Experts said the video was fake.",  # a claim judged false is no criticism (not in the said-list)
])
def test_judgment_words_guards(code, text):
    assert not _at(_events(code, text), "ACCUSE", ""), _events(code, text)
