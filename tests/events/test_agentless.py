"""Events whose doer the sentence does not name (events/agentless.py; session 9, helper P): coded with an EMPTY
actor list and the party acted on, only where the sentence really names no doer, and not for mishaps, private
acts or things.  Sentences written for the tests (none copied from an article).  Each test of a rule fails
without it: the coder dropped every event without an actor, and each guard keeps out an event the rest would
code."""

from __future__ import annotations

import pytest

from dateline.events import agentless
from dateline.model import Article


def _doerless(events):
    return [e for e in events if not e.actor]


def _one(events, type_):
    (e,) = [e for e in _doerless(events) if e.type == type_]
    return e


# -- the events --------------------------------------------------------------------------------------------------

def test_an_agentless_arrest_is_coded_with_no_actor(code_with_mentions):
    e = _one(code_with_mentions("The opposition leader was arrested on Tuesday."), "COERCE")
    assert e.mode == "arrest" and e.actor == [] and [p.text for p in e.recipient] == ["The opposition leader"]
    assert e.reason.endswith(agentless.MARK) and e.status == "factual"
    assert 0.5 < e.confidence <= agentless.CONFIDENCE_FACTOR  # the doer unknown: below an event with its parties


def test_sentencing_charging_and_blacklisting(code_with_mentions):
    e = _one(code_with_mentions("The man was sentenced to ten years in prison in 2000."), "SANCTION")
    assert e.mode == "convict" and e.recipient[0].text == "The man"
    e = _one(code_with_mentions("Davis has not been charged in connection with the shooting."), "ACCUSE")
    assert e.status == "negated" and e.recipient[0].text == "Davis"
    e = _one(code_with_mentions("Four of the men's relatives were also blacklisted for aiding the network."), "SANCTION")
    assert e.recipient[0].text.startswith("Four of the men's relatives")


def test_a_typographic_apostrophe_negates_too(code_with_mentions):
    """(modality.tsv: "n’t" as "n't" - news text writes "hasn’t"; the status was factual before)"""
    e = _one(code_with_mentions("He hasn’t been formally charged in the unsolved case."), "ACCUSE")
    assert e.status == "negated"


def test_deliberate_violence_whoever_did_it(code_with_mentions):
    e = _one(code_with_mentions("A man was shot dead in his car on Sunday night."), "ASSAULT")
    assert e.mode == "firearms" and e.recipient[0].text == "A man"
    e = _one(code_with_mentions("Three aid workers were abducted near the border."), "ASSAULT")
    assert e.mode == "abduct"


def test_killing_and_wounding_of_soldiers_or_in_an_attack(code_with_mentions):
    assert _one(code_with_mentions("Two soldiers were killed on Monday."), "ASSAULT").recipient[0].text == "Two soldiers"
    e = _one(code_with_mentions("Ten people were wounded when a bomb exploded in the market."), "ASSAULT")
    assert e.recipient[0].text == "Ten people"


def test_an_attack_named_as_a_happening(code_with_mentions):
    e = _one(code_with_mentions("Attacks have been made against police forces in the capital."), "ASSAULT")
    assert e.trigger.text == "Attacks" and e.recipient[0].text == "police forces"
    e = _one(code_with_mentions("Three police troopers were hurt in a landmine blast on Monday."), "ASSAULT")
    assert e.trigger.text == "blast" and e.recipient[0].text == "Three police troopers"


def test_a_verb_with_its_object_or_a_fixed_phrase_says_what_was_done(code_with_mentions):
    """(lexicon verb+object and phrase entries are specific enough whatever the verb: "placed on a list")"""
    e = _one(code_with_mentions("The two men were placed on the narcotics traffickers list for laundering money."),
             "SANCTION")
    assert e.trigger.text == "placed" and e.recipient[0].text == "The two men"
    e = _one(code_with_mentions("Three aid workers were taken hostage near the border."), "ASSAULT")
    assert e.mode == "abduct"
    e = _one(code_with_mentions("Charges were filed against the former minister on Monday."), "ACCUSE")
    assert e.recipient[0].text == "the former minister"  # (the charges are what was filed, not who)
    assert _one(code_with_mentions("The ambassador was summoned on Tuesday."), "ACCUSE").recipient[0].text == \
        "The ambassador"


def test_what_a_verb_object_entry_names_is_no_recipient(code_with_mentions):
    assert _doerless(code_with_mentions("Police said a FIR was registered.")) == []
    e = _one(code_with_mentions("A FIR was registered against the driver on Monday."), "ACCUSE")
    assert [p.text for p in e.recipient] == ["the driver"]


def test_the_passive_subject_not_a_party_put_in_for_it(code_with_mentions):
    e = _one(code_with_mentions("A brother and sister in the US have been convicted of sending spam."), "ACCUSE")
    assert [p.text for p in e.recipient] == ["A brother", "sister"]


# -- where it does not apply ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Two people were killed in a car crash on the highway.",  # a mishap
    "Three workers were injured in a gas explosion at the factory.",
    "Five villagers were killed in the earthquake.",
    "Two people were killed on Monday.",  # harm, no attack, no soldiers: a crash as likely as a raid
    "He was fired from his job last week.",  # acts any party does: whose they are the sentence must say
    "The company was sued over the leak.",
    "The building was attacked on Monday.",  # a thing is no recipient
    "If convicted, the former minister faces ten years in prison.",  # hypothetical: nothing happened yet
    "The lawyer has pointed to the risk of the prisoner being assassinated or attempting to escape.",  # a noun's topic
    "Among those accused were three police officers and a former colonel.",  # "those": not who, only a pointer
    # the parser makes the dateline the passive's subject: a place is not the one injured
    "FORT LAUDERDALE, Fla. (WAVY) — An active duty member of the U.S. Navy, who was once assigned to a base in "
    "Norfolk, was injured in a shooting at a Fort Lauderdale, Florida airport",
])
def test_no_doerless_event(code_with_mentions, text):
    assert _doerless(code_with_mentions(text)) == []


@pytest.mark.parametrize("text", [
    "Police raided the house and two men were arrested.",  # the doer is named in the sentence
    "Two men were arrested after police raided the house.",
    "Three militants were killed when a suicide bomber detonated his explosives.",
    "A police constable was killed in an encounter with Maoist rebels.",
    "The army said two soldiers had been wounded during fighting with the guerrillas in the town.",
    "China has been accused of blocking access to the site by a media watchdog.",  # a "by" agent hung lower
    "He launched a campaign against the cartels in which 11,000 people were arrested.",  # the campaign's doer
])
def test_a_doer_named_elsewhere_in_the_sentence(code_with_mentions, text):
    assert _doerless(code_with_mentions(text)) == []


def test_the_speaker_is_not_the_one_shot(code_with_mentions):
    """(the reported-speech rule resolves the pronoun to the speaker: the shot keep their own "they" - since session
    43 taken up from the subject of the clause the "when" clause qualifies; the subject of "were" - a state, no act -
    names no doer)"""
    e = _one(code_with_mentions("Two teenage boys were in the 1600 block of Main Street when they were shot, "
                                "police said."), "ASSAULT")
    assert [p.text for p in e.recipient] == ["Two teenage boys"] and not e.actor


def test_switched_off(code_with_mentions):
    agentless.ENABLED = False
    try:
        assert _doerless(code_with_mentions("The opposition leader was arrested on Tuesday.")) == []
    finally:
        agentless.ENABLED = True


# -- the relevance layer -------------------------------------------------------------------------------------------

def test_the_authorities_act_unnamed_not_a_private_party(pipeline):
    """An agentless arrest of a private person keeps its confidence: the authorities the passive leaves unnamed
    did it (relevance.py would halve an event whose parties are all non-political)."""
    (e,) = pipeline.process(Article(id="t", text="A local man was arrested on Tuesday.", date="2024-03-17")).events
    assert e.actor == [] and "relevance:no_political_actor" not in e.reason and e.confidence > 0.5


def test_sport_still_drops_a_ban(pipeline):
    text = ("The striker scored twice in the match. The midfielder was banned for three matches after the "
            "tackle, the league said. The club will appeal the goal ruling.")
    events = pipeline.process(Article(id="t", text=text, date="2024-03-17")).events
    assert _doerless(events) == []
