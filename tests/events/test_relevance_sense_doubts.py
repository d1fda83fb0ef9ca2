"""The relevance layer's word-sense doubts (events/sense_doubts.py, data/layer_doubts.tsv): a court's verdict
typed ACCUSE (PLOVER SANCTION convict), one's own law or order signed typed SUPPORT, goods or a vehicle the state takes
typed ASSAULT (COERCE seize), and a "warned that ..." with no one warned, on real sentences through the whole pipeline.
Each case checks the coder alone first, so that the test fails when the layer stops working."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.actors import resolve
from dateline.events import extract, party_misreadings, relevance
from dateline.model import Participant


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


def _event(events, trigger, type_):
    return next(e for e in events if e.trigger.text == trigger and e.type == type_)


@pytest.mark.parametrize("text, trigger, doubt", [
    ("The two men were found guilty of bribing customs officials.", "found", "verdict"),
    ("The governor signed a law banning public gatherings.", "signed", "domestic_act"),
    ("The president signed an executive order suspending the elections.", "signed", "domestic_act"),
    ("The navy captured a fishing boat off the coast of Somalia.", "captured", "confiscation"),
])
def test_a_misread_word_sense_halves_the_event(code, text, trigger, doubt):
    before = code(text, layer=False)
    type_ = next(e.type for e in before if e.trigger.text == trigger)
    after = _event(code(text), trigger, type_)
    assert f"relevance:{doubt}" in after.reason
    assert after.confidence == pytest.approx(_event(before, trigger, type_).confidence / 2, abs=0.002)


def test_a_conviction_typed_accuse_is_a_verdict(code):
    text = "A former mayor was convicted of fraud by a federal jury on Tuesday."
    convicted = [e for e in code(text) if e.trigger.text == "convicted"]
    assert all(e.type != "ACCUSE" or "relevance:verdict" in e.reason for e in convicted)


@pytest.mark.parametrize("text, trigger", [
    ("Prosecutors charged the former mayor with fraud on Tuesday.", "charged"),  # the charge is the accusation
    ("Rebels captured the town of Kidal on Sunday.", "captured"),  # taking territory is force
])
def test_charges_and_captured_towns_are_not_doubted(code, text, trigger):
    e = next(e for e in code(text) if e.trigger.text == trigger)
    assert not any(d in e.reason for d in ("relevance:verdict", "relevance:confiscation")) and e.confidence >= 0.9


def test_a_warning_that_threatens_no_one_even_with_a_party_found_near_it(nlp):
    text = "Kenyan opposition leader Raila Odinga warned that the new tax could hurt farmers."
    doc = nlp(text)
    mentions = resolve(doc, None).mentions
    warned = next(e for e in extract(doc, doc_id="t", mentions=mentions) if e.trigger.text == "warned")
    assert warned.type == "THREATEN"
    farmers = text.index("farmers")
    coded = replace(warned, recipient=(Participant(start=farmers, end=farmers + 7, text="farmers", country=None,
                                                   sector=None),))
    decision = relevance.judge(coded, relevance.context_of(doc, mentions))
    assert "relevance:no_target" in decision.reason and decision.factor <= 0.5


@pytest.mark.parametrize("text, trigger, doubt", [
    # who suffered an event, or is held, does not do it
    ("Two soldiers were killed and three others sustained injuries in an exchange of fire with militants on Sunday.",
     "exchange of fire", "harmed_not_the_doer"),
    # a place named only as where the target is is no doer
    ("The bombings at the embassies in Kenya and Tanzania, which killed more than 200 people, shocked the world.",
     "killed", "place_not_the_doer"),
])
def test_a_sufferer_or_a_place_read_as_the_doer_is_doubted(code, text, trigger, doubt):
    before = _event(code(text, layer=False), trigger, "ASSAULT")
    after = _event(code(text), trigger, "ASSAULT")
    assert f"relevance:{doubt}" in after.reason and after.confidence == pytest.approx(before.confidence / 2, abs=0.002)


def test_one_involved_in_attacks_is_their_doer(code):
    attacks = _event(code("Hanif has also been involved in other attacks on military vehicles."), "attacks", "ASSAULT")
    assert "relevance:harmed_not_the_doer" not in attacks.reason and attacks.confidence >= 0.8


def test_an_event_noun_named_as_still_to_come_is_doubted(code):
    text = "The VHP's proposed protest rally on Sunday was discussed by the cabinet."
    before = _event(code(text, layer=False), "rally", "PROTEST")
    after = _event(code(text), "rally", "PROTEST")
    assert "relevance:planned" in after.reason and after.confidence == pytest.approx(before.confidence / 2, abs=0.002)


def test_a_must_said_of_the_speakers_own_side_is_no_demand(nlp):
    text = '"We must find those responsible and bring them to justice," the president said on Monday.'
    doc = nlp(text)
    mentions = resolve(doc, None).mentions
    said = next(e for e in extract(doc, doc_id="t", mentions=mentions) if e.trigger.text == "said")
    assert said.type == "REQUEST" and "rule:reported_demand" in said.reason
    # (a party found near it does not make it a demand on that party)
    those = text.index("those")
    coded = replace(said, recipient=(Participant(start=those, end=those + 5, text="those", country=None, sector=None),))
    assert party_misreadings.own_side_demand(coded, doc)
    assert "relevance:not_a_demand" in relevance.judge(coded, relevance.context_of(doc, mentions)).reason
    other = nlp('"The government must release the prisoners," the opposition leader said on Monday.')
    said2 = next(e for e in extract(other, doc_id="t", mentions=resolve(other, None).mentions) if e.trigger.text == "said")
    assert not party_misreadings.own_side_demand(said2, other)
