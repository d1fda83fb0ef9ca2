"""Word senses and claims on real news, session 8 (helper B): the not-an-event rules hold for every kind of lexicon
entry (phrases too), the sense of an object decides ("hit targets in Gaza" / "hit its inflation target"), a
participle acts on the noun it describes, and the relevance layer reads disputed claims, obligations, pending
clauses and acts named as subjects.  Sentences written for the tests (none copied from an article); each test of
new behaviour fails on the code before (HEAD 6a26a2c), each "still" test pins the event sense beside it."""

from __future__ import annotations

import pytest

from dateline.actors import resolve
from dateline.events import relevance
from dateline.events.lexicon import find_triggers, lexicon
from dateline.model import Event, Participant, Span
from judged_events import event_over, judged
from trigger_hits import entry_ids_at


def _types_at(doc, word):
    hits = find_triggers(doc[:])
    tok = next(t for t in doc if t.text == word)
    return {h.entry.type for h in hits.get(tok.i, [])}


# -- the not-an-event rules, for every kind of entry -------------------------------------------------------------

def test_a_phrase_entry_is_checked_against_the_not_an_event_rules(nlp):
    doc = nlp("Hague says he will not stand again, having given up his ambition to be prime minister.")
    assert "concede.phrase" not in entry_ids_at(doc, "given")


def test_a_phrase_entry_with_its_event_sense_still_fires(nlp):
    assert "concede.phrase" in entry_ids_at(nlp("The rebels gave up the town after a week of fighting."), "gave")
    assert "reject.phrase" in entry_ids_at(nlp("The minister ruled out talks with the rebels."), "ruled")


@pytest.mark.parametrize("text, word, entry", [
    ("An injury has ruled him out of the Ireland game.", "ruled", "reject.phrase"),  # kept out, no rejection
    ("The suit claims the chips shut down the cartridges early.", "shut", "coerce.crack"),  # a device
    ("The suit claims the chips shut down the cartridges early.", "shut", "coerce.restrict"),
])
def test_phrase_senses_that_are_no_event(nlp, text, word, entry):
    assert entry not in entry_ids_at(nlp(text), word)


def test_the_government_shutting_down_a_newspaper_is_still_coercion(nlp):
    assert "COERCE" in _types_at(nlp("The government shut down the opposition newspaper."), "shut")


def test_every_rule_names_a_known_entry_of_any_kind():
    lex = lexicon()
    kinds = {lex.entries[key.split(":")[0]].kind for key in lex.vetoes}
    assert "phrase" in kinds  # phrase entries carry rules now, and the loader accepts them


# -- the sense of the object decides ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Israeli warplanes hit targets in Gaza on Tuesday.",
    "Russian planes hit civilian targets in Syria.",
])
def test_hitting_targets_is_an_attack(nlp, text):
    assert "ASSAULT" in _types_at(nlp(text), "hit")


@pytest.mark.parametrize("text", [
    "The central bank failed to hit its inflation target.",
    "Brown said he had hit his growth target of 3%.",
    "Cadbury said it was confident it would hit its targets for 2005.",
    "The government will only hit its target for improving adult literacy if it spends more.",
    "Car makers struggle to hit their emission targets.",
])
def test_hitting_a_measure_target_is_no_attack(nlp, text):
    assert "ASSAULT" not in _types_at(nlp(text), "hit")


def test_a_participle_acts_on_the_noun_it_describes(nlp):
    # "destroyed files" is records disposed of (assault.destroy:destroy object file) - also after the noun
    assert "assault.destroy" not in entry_ids_at(
        nlp("The number of files destroyed by the Ministry of Defence has risen."), "destroyed")
    assert "assault.destroy" in entry_ids_at(nlp("The bridge destroyed by the rebels was rebuilt."), "destroyed")


def test_ending_a_dispute_cuts_no_ties(nlp):
    doc = nlp("Canada and the U.S. agreed to the charge, ending a lengthy trade dispute over subsidies.")
    assert "sanction.cut" not in entry_ids_at(doc, "ending")
    # a preposition's object is no direct object: trade suspended over a dispute is still a sanction
    assert "sanction.cut" in entry_ids_at(nlp("The United States suspended trade with Iran over the nuclear dispute."),
                                     "suspended")


def test_warning_against_an_attitude_is_no_accusation_nor_threat(nlp):
    assert not {"ACCUSE", "THREATEN"} & _types_at(nlp("Labour MPs have warned against disunity."), "warned")
    assert "THREATEN" in _types_at(nlp("Russia warned the United States of a nuclear response."), "warned")


# -- the relevance layer: claims, obligations, pending clauses, acts as subjects --------------------------------------

def _event(doc, trigger: str, actor: str, type_="ASSAULT") -> Event:
    return event_over(doc, trigger, actor, type_, "ISR", "GOV")


def _judge(nlp, text, trigger, actor, type_="ASSAULT"):
    return judged(nlp, text, trigger, actor, type_, "ISR", "GOV")


@pytest.mark.parametrize("text, trigger, actor", [
    ("Israel denied that it had attacked the convoy in Gaza.", "attacked", "Israel"),
    ("Hamas denied reports that its fighters had kidnapped two soldiers.", "kidnapped", "its fighters"),
    ("The ministry rejected accusations that police had tortured detainees.", "tortured", "police"),
    ("They were wrong when they said Milburn was ousting Brown.", "ousting", "Milburn"),
    ("The government said the claims that it had arrested journalists were baseless.", "arrested", "it"),
])
def test_a_disputed_claim_is_claimed_and_doubted(nlp, text, trigger, actor):
    d = _judge(nlp, text, trigger, actor)
    assert d.status == "claimed" and "relevance:disputed_claim" in d.reason.split("+") and d.factor < 1
    doc = nlp(text)
    emitted = relevance.applied(_event(doc, trigger, actor), d)
    assert emitted.status == "claimed"


def test_a_reported_claim_is_claimed_but_not_doubted(nlp):
    d = _judge(nlp, "There were reports that troops had fired on protesters in the capital.", "fired", "troops")
    assert d.status == "claimed" and "relevance:reported_claim" in d.reason and d.factor == 1


@pytest.mark.parametrize("text, trigger, actor", [
    ("Israel attacked the convoy in Gaza, the army said.", "attacked", "Israel"),
    ("The army said that troops had shot protesters.", "shot", "troops"),
    ("Beloki made a claim that he retracted under threat of legal action.", "threat", "he"),  # a relative clause
])
def test_a_plain_report_is_no_claim(nlp, text, trigger, actor):
    d = _judge(nlp, text, trigger, actor)
    assert d.status is None and "claim" not in d.reason


@pytest.mark.parametrize("text, trigger, actor, type_", [
    ("To become law, it would have to be ratified by three quarters of the state legislatures.", "ratified",
     "three quarters", "SUPPORT"),
    ("Iran has to accept the inspections, the minister said.", "accept", "Iran", "CONCEDE"),
    ("Most EU legislation now needs the approval of both parliament and the Council.", "approval", "parliament",
     "SUPPORT"),
    ("The courts have never before overturned a government White Paper.", "overturned", "The courts", "REJECT"),
    ("We will wait till the court gives a final verdict on the site.", "verdict", "the court", "SANCTION"),
])
def test_what_is_required_pending_or_never_done_is_unreal(nlp, text, trigger, actor, type_):
    d = _judge(nlp, text, trigger, actor, type_)
    assert "relevance:unreal" in d.reason.split("+") and d.factor < 1


@pytest.mark.parametrize("text, trigger, actor, type_", [
    ("The troops had to withdraw from the town.", "withdraw", "The troops", "RETREAT"),  # a past obligation, met
    ("The army withdrew from the town before the rebels attacked.", "withdrew", "The army", "RETREAT"),
    ("The court gave a final verdict on the site.", "verdict", "The court", "SANCTION"),
])
def test_what_was_done_is_not_unreal(nlp, text, trigger, actor, type_):
    assert "relevance:unreal" not in _judge(nlp, text, trigger, actor, type_).reason


def test_an_act_named_as_a_subject_is_doubted(nlp):
    d = _judge(nlp, "He said backing his party was not a wasted vote.", "backing", "He", "SUPPORT")
    assert "relevance:generic_act" in d.reason.split("+") and d.factor < 1
    d = _judge(nlp, "He said the government was backing his party.", "backing", "the government", "SUPPORT")
    assert "relevance:generic_act" not in d.reason


# -- word senses read from an unjudged sample (seed 4243, not a judged one): each fired before its rule -------------

@pytest.mark.parametrize("text, word, type_", [
    ("The senators shot down the proposal.", "shot", "ASSAULT"),  # words (REJECT stays)
    ("Iran admitted its military had shot down a passenger jet near Tehran.", "shot", "REJECT"),  # force
    ("The Justice Department said it was reviewing that letter.", "reviewing", "ACCUSE"),  # reading a document
    ("Smoke inhalation killed many children before rescuers could reach them.", "killed", "ASSAULT"),  # a cause
    ("Employees used cars to punch holes through a wall.", "punch", "ASSAULT"),
    ("He struck a guard rail and flipped the truck.", "struck", "ASSAULT"),  # a crash
    ("The painter has captured the heart of the rebels.", "captured", "ASSAULT"),  # a figure
    ("The painter has captured the heart of the rebels.", "captured", "COERCE"),
    ("Wiretaps show the gangs in contact, supporting claims that they have evolved.", "supporting", "SUPPORT"),
    ("Talking to the Times news network, the minister said the talks had failed.", "Talking", "CONSULT"),  # interview
    ("The official acknowledged that drug groups had been identified in the country.", "acknowledged", "CONCEDE"),
    ("Brown pleaded guilty to assault charges.", "assault", "ASSAULT"),  # the charge
    ("A policeman was fired upon by the militants.", "fired", "COERCE"),  # shooting, no dismissal
])
def test_senses_that_are_not_that_event(nlp, text, word, type_):
    assert type_ not in _types_at(nlp(text), word)


@pytest.mark.parametrize("text, word, type_", [
    ("Iran admitted its military had shot down a passenger jet near Tehran.", "shot", "ASSAULT"),
    ("The senators shot down the proposal.", "shot", "REJECT"),
    ("The commission will review the case of the detained journalists.", "review", "ACCUSE"),
    ("Gunmen killed many children in the village.", "killed", "ASSAULT"),
    ("Police punched the protester in the face.", "punched", "ASSAULT"),
    ("Rebels struck a military convoy near the border.", "struck", "ASSAULT"),
    ("The rebels captured three soldiers near the town.", "captured", "ASSAULT"),
    ("Russia supported the rebels in the east.", "supported", "SUPPORT"),
    ("The minister talked to the rebels in Doha.", "talked", "CONSULT"),
    ("The president fired the defence minister.", "fired", "COERCE"),
])
def test_the_event_senses_beside_them_still_fire(nlp, text, word, type_):
    assert type_ in _types_at(nlp(text), word)


def _judge_place_actor(nlp, text, trigger, actor):
    doc = nlp(text)
    ctx = relevance.context_of(doc, resolve(doc, None).mentions)
    t, a = text.index(trigger), text.index(actor)
    event = Event(id="t:e1", type="RETREAT", mode=None, quad=2, score=1.0, sentence=Span(0, len(text), text),
                  trigger=Span(t, t + len(trigger), trigger),
                  actor=[Participant(a, a + len(actor), actor, "USA", None, flags=("agentless_passive_place",))],
                  recipient=[], confidence=0.9, reason="test")
    return relevance.judge(event, ctx)


def test_a_rule_in_force_is_no_act(nlp):
    # a present passive whose only actor is the place it holds in: the law as it stands, not a permission given
    d = _judge_place_actor(nlp, "The firm was founded in 1990. In the US, the patenting of software is permitted.",
                           "permitted", "the US")
    assert "relevance:generic_present" in d.reason.split("+") and d.factor < 1
    d = _judge_place_actor(nlp, "The firm was founded in 1990. In the US, the patenting of software was permitted.",
                           "permitted", "the US")
    assert "relevance:generic_present" not in d.reason  # a past act of the authorities there
