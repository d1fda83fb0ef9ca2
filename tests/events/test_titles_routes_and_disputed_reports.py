"""Session 40 (lead): a chargé d'affaires is a title, no charge (not_triggers.tsv); a participle the parser hung on
the place a party moved into is that party's act (roles._mover_of_participle_on_route); an event noun inside the
complement of an investigation noun is what is investigated, done by no investigator
(noun_roles._complement_of_event_object); reports said to be "not true", or "reports claiming" an act, dispute it
(claims.py); the country of a civil war is no side of it (noun_roles.internal_conflict_place).  Real spaCy model,
the actors stage's mentions and the shipped type model; sentences written for the test."""

from __future__ import annotations

import pytest

from coded_events import all_at as _at, with_and_without_layer


@pytest.mark.parametrize("text", [
    "The French charge d'affaires was received at the ministry on Monday.",
    "PERUVIAN CHARGE D'AFFAIRES LUIS SANDIGA SAID THE EMBASSY WAS CLOSED.",
])
def test_a_charge_daffaires_is_no_charge(code, text):
    assert not [e for e in code(text) if e.trigger.text.lower() == "charge"]


def test_a_charge_is_still_a_charge(code):
    events = code("The minister was charged with murder on Monday.")
    assert [e.type for e in _at(events, "charged")] == ["ACCUSE"]


def test_a_participle_on_the_place_moved_into_is_the_movers_act(code):
    at = _at(code("The situation became tense when ABVP members suddenly stormed into the university offices "
                  "shouting slogans against the vice chancellor."), "shouting")
    assert at and [p.text for p in at[0].actor] == ["ABVP members"]


def test_a_participle_on_a_crowd_is_the_crowds_act():
    from dateline.events import roles
    from dateline.pipeline import build_nlp

    doc = build_nlp()("Police charged into the crowd chanting slogans against the governor.")
    part = next(t for t in doc if t.text == "chanting")
    assert part.dep_ == "acl" and part.head.text == "crowd"  # the parse the rule reads
    assert roles._mover_of_participle_on_route(part) is None  # the crowd chants, not the police
    assert [doc[a.head].text for a in roles.subject_of(part)] == ["crowd"]


def test_charging_into_a_crowd_is_no_accusation(code):
    assert not [e for e in code("Police charged into the crowd outside the parliament.") if e.type == "ACCUSE"]


def test_what_is_investigated_is_not_the_investigators_deed(code):
    events = code("The Juarez Attorney General's Office will begin investigations into the complaints.")
    assert _at(events, "investigations")
    assert not [e for e in _at(events, "complaints") if "Office" in " ".join(p.text for p in e.actor)]


@pytest.mark.parametrize("text, word", [
    ("The ministry said reports that soldiers had attacked the village were false.", "attacked"),
    ("Reports that the rebels killed 20 villagers are not true, the army said.", "killed"),
    ("Reports claiming that the rebels had killed the priest were dismissed by the ministry.", "killed"),
])
def test_reports_called_untrue_are_disputed(code_in_pipeline, text, word):
    _, kept = with_and_without_layer(code_in_pipeline, text, word)
    assert kept and all("relevance:disputed_claim" in e.reason and e.status == "claimed" for e in kept)


def test_reports_called_true_are_not_disputed(code_in_pipeline):
    kept = _at(code_in_pipeline("Reports that the army shelled the town are true, the UN said."), "shelled")
    assert kept and not any("relevance:disputed_claim" in e.reason for e in kept)


@pytest.mark.parametrize("text", [
    "Nearly half a million people have been killed in Syria's civil war.",
    "Syria's civil war has killed half a million people.",
])
def test_the_country_of_a_civil_war_is_no_side(code, text):
    assert not [e for e in code(text) if any(p.text.startswith("Syria") for p in e.actor)]


def test_a_countrys_war_on_another_stays_its_own(code):
    at = _at(code("Russia's war in Ukraine has killed thousands of civilians."), "killed")
    assert at and [p.country for p in at[0].actor] == ["RUS"]
