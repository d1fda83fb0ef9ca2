"""Trigger entries of session 31 (helper RECALL): general constructions that coded nothing or the wrong type, each from
the codebook/CAMEO wording its `notes` cite - weapons handed or turned in (RETREAT disarm), talks or a meeting sought
(REQUEST meet), a party pulling or backing out of a treaty, deal or body (SANCTION withdraw, not a military retreat), a
member expelled or suspended from a party or body (SANCTION expel, not a deportation), a protest broken up (ASSAULT
crowd-control, CAMEO 175), a statue or wall defaced (PROTEST vandalize).  Real spaCy model and actors stage; sentences
written for these tests, none copied from an evaluation or news article.  The positive tests fail without the entries
(and, for "out of", without lexicon._compound_preposition_objects); the guards pin senses they must not reach."""

from __future__ import annotations

import pytest
from coded_events import rows as _events


@pytest.mark.parametrize("text, type_, trigger, actor", [
    ("The guerrillas handed in their weapons at the camp.", "RETREAT", "handed", "guerrillas"),
    ("Hundreds of militiamen turned in their guns last week.", "RETREAT", "turned", "militiamen"),
    ("Chile sought talks with Bolivia over the water dispute.", "REQUEST", "sought", "Chile"),
    ("The strikers sought a meeting with the labour minister.", "REQUEST", "sought", "strikers"),
    ("Burundi pulled out of the international court in 2017.", "SANCTION", "pulled", "Burundi"),
    ("Washington backed out of the arms control accord.", "SANCTION", "backed", "Washington"),
    ("The ruling party expelled the dissident MP from its ranks.", "SANCTION", "expelled", "party"),
    ("The regional bloc ousted Niger from the union.", "SANCTION", "ousted", "bloc"),
    ("Riot police broke up a rally outside the parliament.", "ASSAULT", "broke", "police"),
    ("Soldiers broke up the demonstration in the main square.", "ASSAULT", "broke", "Soldiers"),
    ("Students defaced a statue of the colonial governor.", "PROTEST", "defaced", "Students"),
])
def test_recall31_entry_codes_the_event(code, text, type_, trigger, actor):
    evs = _events(code, text)
    assert any(t == type_ and trig == trigger and any(actor in a for a in actors) for t, trig, actors, _ in evs), evs


@pytest.mark.parametrize("text, type_, trigger", [
    ("Kenya handed over weapons to the Somali army.", "AID", "handed"),  # weapons handed to a party: arms given, kept
    ("The army pulled out of the northern town.", "RETREAT", "pulled out"),  # a place left: a military retreat, kept
    ("The government expelled the reporters from the country.", "COERCE", "expelled"),  # from a country: deportation
])
def test_recall31_neighbouring_senses_keep_their_type(code, text, type_, trigger):
    evs = _events(code, text)
    assert any(t == type_ and trig == trigger for t, trig, *_ in evs), evs


@pytest.mark.parametrize("text, type_", [
    ("The rally broke up peacefully after dark.", "ASSAULT"),  # a gathering ending on its own
    ("The crowd broke up when the rain started.", "ASSAULT"),
    ("The fighters handed in their weapons.", "AID"),  # arms given up, no goods handed to a party
])
def test_recall31_entries_do_not_overreach(code, text, type_):
    evs = _events(code, text)
    assert not any(t == type_ for t, *_ in evs), evs


# --- restrictions the lexicon missed (COERCE restrict / censor: CAMEO 172, 1721, 1722, 191) and "confer" as bestowing ---
# ("denied entry to a journalist" is left to reject.verb: PLOVER's own coding of it is REJECT)

@pytest.mark.parametrize("text, type_, trigger, actor", [
    ("The interior ministry stripped the preacher of his nationality.", "COERCE", "stripped", "ministry"),
    ("The regime stripped three exiled journalists of their passports.", "COERCE", "stripped", "regime"),
    ("The electoral board disqualified the main opposition candidate.", "COERCE", "disqualified", "board"),
    ("Turkey sealed its border with Syria.", "COERCE", "sealed", "Turkey"),
    ("The junta jammed the signals of foreign broadcasters.", "COERCE", "jammed", "junta"),
])
def test_recall31_restrictions_code_the_event(code, text, type_, trigger, actor):
    evs = _events(code, text)
    assert any(t == type_ and trig == trigger and any(actor in a for a in actors) for t, trig, actors, _ in evs), evs


def test_a_thing_conferred_is_bestowed_not_consulted(code):
    evs = _events(code, "The president conferred the award on the general.")
    assert not any(t == "CONSULT" for t, *_ in evs), evs


def test_ministers_who_confer_with_a_party_still_consult(code):
    evs = _events(code, "The Kenyan minister conferred with his Ethiopian counterpart.")
    assert any(t == "CONSULT" and trig == "conferred" for t, trig, *_ in evs), evs


# --- material help the lexicon missed (AID, CAMEO 071/073): vehicles, ambulances, computers handed over or gifted ---

@pytest.mark.parametrize("text, actor, recipient", [
    ("Japan handed over 20 ambulances to the Kenyan health ministry.", "Japan", "ministry"),
    ("India handed over two patrol boats to the Maldives coast guard.", "India", "coast guard"),
])
def test_recall31_vehicles_handed_over_are_aid(code, text, actor, recipient):
    evs = _events(code, text)
    assert any(t == "AID" and any(actor in a for a in actors) and any(recipient in r for r in recips)
               for t, _, actors, recips in evs), evs


@pytest.mark.parametrize("text, type_, trigger, actor", [
    ("Moscow supplied fighter jets to the Syrian air force.", "AID", "supplied", "Moscow"),  # CAMEO 072 military aid
    ("The governor relieved the police chief of his duties.", "COERCE", "relieved", "governor"),  # removed from office
])
def test_recall31_arms_and_removals_code_the_event(code, text, type_, trigger, actor):
    evs = _events(code, text)
    assert any(t == type_ and trig == trigger and any(actor in a for a in actors) for t, trig, actors, _ in evs), evs


def test_a_pain_relieved_is_no_removal(code):
    evs = _events(code, "The new medicine relieved the patients of their pain.")
    assert not any(t == "COERCE" for t, *_ in evs), evs
