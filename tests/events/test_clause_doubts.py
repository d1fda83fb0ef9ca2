"""Session 12 (helper PRECO) precision rules, on real parses of sentences written for the tests (none copied from an
article): clause doubts of the relevance layer (an infinitive predicated by "be", an indirect question, a hoped-for
clause, a receiver read as the giver) and not-an-event rules ("target" in the sense "direct a measure at", "pull the
trigger")."""

from __future__ import annotations

import pytest

from dateline.actors import resolve
from dateline.events import relevance
from dateline.model import Event, Participant, Span
from trigger_hits import entry_ids_at


def _event(doc, trigger, actor, recipient, type_):
    text = doc.text
    t, a = text.index(trigger), text.index(actor)
    rec = []
    if recipient:
        r = text.index(recipient)
        rec = [Participant(r, r + len(recipient), recipient, None, None)]
    return Event(id="t:e1", type=type_, mode=None, quad=1, score=1.0, sentence=Span(0, len(text), text),
                 trigger=Span(t, t + len(trigger), trigger),
                 actor=[Participant(a, a + len(actor), actor, None, None)],
                 recipient=rec, confidence=0.9, reason="test")


def _reasons(nlp, text, trigger, actor, recipient, type_):
    doc = nlp(text)
    ctx = relevance.context_of(doc, resolve(doc, None).mentions)
    return relevance.judge(_event(doc, trigger, actor, recipient, type_), ctx).reason.split("+")


@pytest.mark.parametrize("text, trigger, actor, recipient, type_", [
    ("The minister said the army's task is to defeat the insurgents and protect the border towns.", "defeat",
     "the army's task", "the insurgents", "ASSAULT"),
    ("The minister said the army's task is to defeat the insurgents and protect the border towns.", "protect",
     "the army's task", "the border towns", "AID"),  # a coordinated infinitive too
    ("Officials said the plan is to evacuate the villagers before the rains.", "evacuate", "the plan", "the villagers",
     "AID"),
])
def test_an_infinitive_predicated_by_be_is_an_aim(nlp, text, trigger, actor, recipient, type_):
    assert "relevance:aim" in _reasons(nlp, text, trigger, actor, recipient, type_)


def test_an_infinitive_of_a_reported_act_is_no_aim(nlp):
    reasons = _reasons(nlp, "The army decided to attack the rebel camp on Monday.", "attack", "The army",
                       "the rebel camp", "ASSAULT")
    assert "relevance:aim" not in reasons


@pytest.mark.parametrize("text, trigger, actor, recipient, type_", [
    ("It remained unclear whether the government had agreed to release the prisoners.", "release", "the government",
     "the prisoners", "RETREAT"),
    ("Reporters asked the spokesman if the troops had attacked the village.", "attacked", "the troops", "the village",
     "ASSAULT"),
])
def test_an_indirect_question_is_not_reported(nlp, text, trigger, actor, recipient, type_):
    assert "relevance:question" in _reasons(nlp, text, trigger, actor, recipient, type_)


def test_a_plain_report_is_no_question(nlp):
    reasons = _reasons(nlp, "The spokesman said the government had agreed to release the prisoners.", "release",
                       "the government", "the prisoners", "RETREAT")
    assert "relevance:question" not in reasons


@pytest.mark.parametrize("text, trigger, actor, recipient, type_", [
    ("The governor said he hoped that the rebels would stop attacking the villages.", "attacking", "the rebels",
     "the villages", "ASSAULT"),
    ("Analysts expect that the two leaders will meet in Geneva next month.", "meet", "the two leaders", "", "CONSULT"),
])
def test_a_hoped_for_clause_is_not_reported(nlp, text, trigger, actor, recipient, type_):
    assert "relevance:hoped" in _reasons(nlp, text, trigger, actor, recipient, type_)


def test_a_past_clause_under_a_verb_of_hoping_is_not_doubted_as_hoped(nlp):
    # a modal of what is still to come (or a subjunctive) is needed: a past report stays
    reasons = _reasons(nlp, "The governor said the rebels had attacked the villages.", "attacked", "the rebels",
                       "the villages", "ASSAULT")
    assert "relevance:hoped" not in reasons


@pytest.mark.parametrize("text, trigger, actor", [
    ("Haiti receives millions of dollars in foreign aid every year.", "aid", "Haiti"),
    ("The opposition party received more than 2 million dollars in donations last year.", "donations",
     "The opposition party"),
])
def test_the_receiver_of_aid_is_no_giver(nlp, text, trigger, actor):
    assert "relevance:receiver_as_actor" in _reasons(nlp, text, trigger, actor, "", "AID")


def test_the_giver_of_aid_is_not_doubted(nlp):
    reasons = _reasons(nlp, "Japan sent millions of dollars in aid to Haiti last year.", "aid", "Japan", "Haiti", "AID")
    assert "relevance:receiver_as_actor" not in reasons


@pytest.mark.parametrize("text, word", [
    ("The police launched a new operation targeting smugglers on the coast.", "targeting"),
    ("The new law targets foreign-funded charities, critics say.", "targets"),
])
def test_a_measure_targeting_someone_is_no_attack(nlp, text, word):
    assert "assault.verb" not in entry_ids_at(nlp(text), word)


def test_gunmen_targeting_a_convoy_still_attack(nlp):
    assert "assault.verb" in entry_ids_at(nlp("Gunmen targeted a police convoy near the border on Sunday."), "targeted")


def test_pulling_the_trigger_is_no_withdrawal(nlp):
    doc = nlp("The man pulled the trigger twice before he was stopped.")
    assert "retreat.withdraw" not in entry_ids_at(doc, "pulled")


def test_pulling_troops_is_still_a_withdrawal(nlp):
    assert "retreat.withdraw" in entry_ids_at(nlp("The government pulled its troops from the border region."), "pulled")


@pytest.mark.parametrize("text, word", [
    ("Coast guards seized a fishing boat and two tonnes of cocaine off the coast.", "seized"),
    ("Customs officers captured two tonnes of smuggled weapons at the border.", "captured"),
])
def test_seizing_goods_is_no_attack(nlp, text, word):
    assert "assault.verb" not in entry_ids_at(nlp(text), word)


def test_seizing_a_town_is_still_an_attack(nlp):
    assert "assault.verb" in entry_ids_at(nlp("Rebel fighters seized the town after two days of fighting."), "seized")


def test_opening_fire_on_a_convoy_opens_no_access(nlp):
    ids = entry_ids_at(nlp("Gunmen opened fire at a convoy of soldiers near the town."), "opened")
    assert "retreat.access_more" not in ids


def test_a_party_that_is_to_act_announces_its_act(nlp):
    reasons = _reasons(nlp, "Officials said the United States is to send a hospital ship to the island.", "send",
                       "the United States", "the island", "AID")
    assert "relevance:aim" not in reasons


def test_a_gunman_who_kills_is_the_doer_not_a_second_event(nlp):
    assert "assault.firearms_noun" not in entry_ids_at(nlp("A masked gunman killed two guards at the bank on Friday."),
                                                  "gunman")
