"""Status rules of session 30 (helper STATUS): a predicate adjective's copula, a noun's "to"-infinitive, verbs
of aspect and attempt, expectations of another's act, an undergoer or object that is no one, vowed retaliation, prevention.  Sentences written for these tests, run
through the real spaCy model."""

from __future__ import annotations

import pytest

from dateline.events.status import modality


def _tok(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize("text, word, status", [
    # a predicate adjective takes the tense and negation of its copula
    ("The new vaccine will be available next month.", "available", "future"),
    ("The minister was not aware of the raid.", "aware", "negated"),
    # a noun's "to"-infinitive: decided or planned (future), asked for (hypothetical), refused (negated)
    ("The cabinet's decision to expel the diplomats angered Moscow.", "expel", "future"),
    ("The minister announced plans to visit Beijing next week.", "visit", "future"),
    ("The cabinet's decision to begin withdrawing the troops angered Moscow.", "withdrawing", "future"),
    ("The agency issued a call to end the fighting.", "end", "hypothetical"),
    ("His refusal to sign the accord surprised the envoys.", "sign", "negated"),
    ("The governor has no plans to visit the camp.", "visit", "negated"),
    # verbs of aspect and attempt pass their own auxiliaries down
    ("Israel will begin to withdraw its troops on Friday.", "withdraw", "future"),
    ("The rebels did not try to attack the base.", "attack", "negated"),
    ("The firm said it would start producing the chips next week.", "producing", "future"),
    # another's act expected is not done, nor planned by its doer: the future TimeML marks (session 33, helper STATUS2);
    # a cooperative act expected of another stays hypothetical (no AGREE of its doer)
    ("Analysts expect the company to cut jobs.", "cut", "future"),
    ("Diplomats expect Iran to release the hostages.", "release", "hypothetical"),
    # the undergoer or the object is no one or nothing
    ("No troops were sent to the region.", "sent", "negated"),
    ("None of the protesters were arrested.", "arrested", "negated"),
    ("The government sent no troops to the region.", "sent", "negated"),
    # prevention: the act prevented, averted or forbidden did not happen
    ("Police barred the crowd from reaching the consulate.", "reaching", "negated"),
    ("The late deal averted a strike at the port.", "strike", "negated"),
    ("The new law forbids officials to accept gifts.", "accept", "negated"),
])
def test_status30_status(nlp, text, word, status):
    assert modality(_tok(nlp, text, word)).status == status


@pytest.mark.parametrize("text, word", [
    ("The bomb killed no fewer than twenty people.", "killed"),  # "no" on "fewer", not on the object
    ("The company has no plans for the shares.", "has"),  # an absence, not an act denied
    ("The minister quit in order to avoid a scandal.", "avoid"),  # "in order to": a purpose
    ("The rebels will continue to attack the convoys.", "attack"),  # the attacks go on now
    ("The army did not hesitate to attack the convoy.", "attack"),  # it attacked
    ("The army stopped the attacks on Monday.", "attacks"),  # they happened, then ended
    ("The rebels tried to block the merger.", "merger"),  # "block": mostly sought
])
def test_status30_left_as_they_were(nlp, text, word):
    assert modality(_tok(nlp, text, word)).status == "factual"


def test_status30_no_refusal_from_an_object_no(nlp):
    # "reached no agreement": the agreement is negated, but no announced refusal (REJECT) is read from the object
    mod = modality(_tok(nlp, "The two sides reached no agreement on the border.", "reached"))
    assert mod.status == "negated" and mod.recode is None


def test_status30_no_threat_from_a_carried_will(nlp):
    # a "will" passed down by a verb of aspect dates the act; it does not make the act an announced threat
    mod = modality(_tok(nlp, "Israel will begin to withdraw its troops on Friday.", "withdraw"))
    assert mod.recode is None and "carry:will" in mod.cues


def test_status30_vowed_retaliation_is_a_threat(nlp):
    mod = modality(_tok(nlp, "The army vowed to retaliate against the rebels.", "retaliate"))
    assert mod.recode == "THREATEN"
