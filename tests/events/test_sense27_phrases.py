"""Relevance doubts of session 27 (helper SENSE): word senses fixed by the phrase around the trigger
(events/sense_phrases.py) - a topic talked of or about with no one talked with, a show hosted, a territory named after
who holds it, a structure "blasted", payments on a debt suspended, a withdrawal from a contest, an institution
strengthened, a field investigated - and two rows widened (a party's failure or record "attacked", more animals shot) -
on sentences written for the test, through the whole pipeline.

Each case first checks that the coder alone gives the event at confidence >= 0.5 (so that the test fails when the doubt
stops working), then that the layer halves it below 0.5 with the doubt's reason; a contrast case keeps the event sense.
"""

from __future__ import annotations

import pytest

from coded_events import halved_by_layer as _halved, not_doubted as _not_doubted
from dateline.actors import resolve
from dateline.events import relevance
from dateline.model import Event, Participant, Span


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text, trigger", [
    ("The opposition leader talked of the role of foreign agents in the riots.", "talked"),
    ("The president talked about the economy at the rally in Lagos.", "talked"),
    ("Talk of war by the president was worrying enough.", "Talk"),
])
def test_a_topic_talked_of_with_no_one_talked_with_is_no_consultation(code, text, trigger):
    _halved(code, text, trigger, "relevance:topic_talk")


@pytest.mark.parametrize("text", [
    "The minister talked with the Chinese ambassador about trade.",
    "Brazil and Peru talked about the border dispute.",
])
def test_talks_with_a_partner_stay_consultations(code, text):
    _not_doubted(code, text, "talked", "relevance:topic_talk")


def _judged(nlp, text: str, trigger: str, actor: str, type_: str) -> list[str]:
    """The layer's reasons for an event of ``type_`` at ``trigger`` with ``actor`` (real parse; the coder's own reading of
    such a sentence varies with its recipient, so the event is built by hand)."""
    doc = nlp(text)
    t, a = text.index(trigger), text.index(actor)
    event = Event(id="t:e1", type=type_, mode=None, quad=1, score=1.0, sentence=Span(0, len(text), text),
                  trigger=Span(t, t + len(trigger), trigger), actor=[Participant(a, a + len(actor), actor, None, None)],
                  recipient=[], confidence=0.9, reason="test")
    ctx = relevance.context_of(doc, resolve(doc, None).mentions)
    return relevance.judge(event, ctx).reason.split("+")


def test_a_show_hosted_is_no_visit_received(nlp):
    assert "relevance:hosted_show" in _judged(
        nlp, "The senator was a comedian before hosting the children's show Happy Days.", "hosting", "The senator",
        "CONSULT")


def test_a_leader_hosted_stays_a_visit(code):
    _not_doubted(code, "The president hosted the Japanese prime minister at the White House.", "hosted",
                 "relevance:hosted_show")


def test_a_territory_named_after_its_holder_is_no_occupation(code):
    _halved(code, "Police detained a farmer from a village in Israeli occupied Golan Heights on Friday.", "occupied",
            "relevance:place_name")


def test_a_territory_occupied_by_its_subject_stays(code):
    _not_doubted(code, "Israel occupied the Golan Heights in 1967.", "occupied", "relevance:place_name")


def test_a_structure_blasted_is_struck_not_criticised(code):
    _halved(code, "Navy warships blasted the oil platform on Monday.", "blasted", "relevance:physical_object")


def test_a_plan_blasted_stays_criticism(code):
    _not_doubted(code, "The minister blasted the plan as a disaster.", "blasted", "relevance:physical_object")


@pytest.mark.parametrize("text, trigger", [
    ("Last month Brazil suspended payments on its foreign debt.", "suspended"),
    ("Brazil halted interest payments to its creditor banks.", "halted"),
])
def test_payments_on_a_debt_suspended_are_a_default_no_sanction(code, text, trigger):
    _halved(code, text, trigger, "relevance:debt_payment")


def test_aid_payments_suspended_stay_a_sanction(code):
    _not_doubted(code, "The European Union suspended aid payments to the Palestinian Authority.", "suspended",
                 "relevance:debt_payment")


def test_a_partys_failure_attacked_is_criticism_no_force(code):
    _halved(code, "The opposition leader attacked the government's failure to control prices.", "attacked",
            "relevance:figurative")


def test_rabbits_shot_are_animals(code):
    _halved(code, "Wardens shot hundreds of wild rabbits that had damaged cables at the prison.", "shot",
            "relevance:animal_target")


@pytest.mark.parametrize("text", [
    "Senator John Smith withdrew from the presidential race on Monday.",
    "As Athens prepared for the start of the Games, the Greek champion Kostas Petrou eventually withdrew.",
])
def test_a_withdrawal_from_a_contest_withdraws_no_forces(code, text):
    _halved(code, text, "withdrew", "relevance:contest")


@pytest.mark.parametrize("text", [
    "The rebels withdrew from the town after the elections.",
    "The troops withdrew from the town ahead of the World Cup.",
])
def test_forces_withdrawn_near_a_contest_stay_a_retreat(code, text):
    _not_doubted(code, text, "withdrew", "relevance:contest")


def test_institutions_strengthened_are_a_reform_no_mobilization(code):
    _halved(code, "The interior minister announced that the government had strengthened local security institutions.",
            "strengthened", "relevance:institution_strengthened")


def test_security_strengthened_stays_a_mobilization(code):
    _not_doubted(code, "The army strengthened security along the border on Friday.", "strengthened",
                 "relevance:institution_strengthened")


def test_an_investigation_of_a_field_is_research_no_accusation(code):
    _halved(code, "The interior ministry's investigation of the criminal economy in the province was published on Monday.",
            "investigation", "relevance:research")


def test_a_shooting_investigated_stays(code):
    _not_doubted(code, "The police are investigating the shooting.", "investigating", "relevance:research")


def test_a_sporting_event_hosted_is_no_visit_received(code):
    _halved(code, "Qatar hosted the Asian Games in 2006.", "hosted", "relevance:hosted_show")
