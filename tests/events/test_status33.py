"""Session 33, helper STATUS: the status and recoding rules of that session (events/punishment.py, ...).  Sentences
written for these tests."""

from __future__ import annotations

import pytest

from dateline.events.status import modality


def _types_at(events, word):
    return {e.type for e in events if e.trigger.text == word}


# A vow, pledge or oath to punish a party is a threat (PLOVER THREATEN, CAMEO 13), like a vow to retaliate; the
# lexicon knows no reading of "punish", so the vow was read as a promise to cooperate (AGREE) before.
@pytest.mark.parametrize("text, verb", [
    ("The government vowed to punish those responsible for the bombing.", "vowed"),
    ("The army pledged to punish the rebels who shelled the market.", "pledged"),
    ("The king vowed to punish whoever killed his son.", "vowed"),
    ("The interior minister promised to punish the attackers.", "promised"),
])
def test_a_vow_to_punish_a_party_is_a_threat(code, text, verb):
    types = set().union(*(_types_at(code(text), w) for w in (verb, "punish")))
    assert "THREATEN" in types and "AGREE" not in types


# Punishing a practice is a policy promised, not a threat to anyone: it stays AGREE.
@pytest.mark.parametrize("text, verb", [
    ("The new prime minister pledged to punish corruption in the ministries.", "pledged"),
    ("The finance minister promised to punish tax evasion more severely.", "promised"),
])
def test_a_vow_to_punish_a_practice_is_a_promise_of_policy(code, text, verb):
    types = set().union(*(_types_at(code(text), w) for w in (verb, "punish")))
    assert "THREATEN" not in types


# An infinitive of purpose is an aim, not an act reported done (TimeML SLINK MODAL: hypothetical): the restoring,
# blocking or dispersing may never come about (events/purpose.py).  The layer doubts the event once, as an aim.
@pytest.mark.parametrize("text, word", [
    ("The government sent troops to restore order in the capital.", "restore"),
    ("The opposition filed a lawsuit to block the merger.", "block"),
    ("The police fired tear gas to disperse the crowd.", "disperse"),
    ("The foreign minister flew to Geneva to meet his Iranian counterpart.", "meet"),
])
def test_an_infinitive_of_purpose_is_hypothetical(nlp, text, word):
    [tok] = [t for t in nlp(text) if t.text == word]
    assert modality(tok).status == "hypothetical"


# Contrasts: the infinitive of a copula ("it is hard to ...", "are here to ...") is what the predicate says, no aim of an
# act; an infinitive under a verb of will or attempt is the status stage's other rules'; "will travel to meet" is future.
@pytest.mark.parametrize("text, word, status", [
    ("It is hard to separate the two questions.", "separate", "factual"),
    ("The rebels tried to storm the base.", "storm", "factual"),
    ("The president will travel to Moscow to meet Putin.", "meet", "future"),
    ("The army attacked the town to the north.", "attacked", "factual"),
])
def test_other_infinitives_keep_their_status(nlp, text, word, status):
    [tok] = [t for t in nlp(text) if t.text == word]
    assert modality(tok).status == status


# Session 33, helper STATUS2.  The aim named by a verb of instruments or designs, and the act a verb of obliging
# requires, are not done (TimeML SLINK MODAL: hypothetical; events/purpose.py, status_words.tsv purpose_verbs and
# obliging_verbs): the parser hangs these infinitives as the verb's complement (xcomp), not as an adverbial clause.
@pytest.mark.parametrize("text, word", [
    ("Riot police used water cannon to scatter the marchers.", "scatter"),
    ("Parliament passed a bill designed to curb foreign ownership of farmland.", "curb"),
    ("The blockade is meant to starve the rebels of fuel.", "starve"),
    ("The new statute requires every candidate to declare his assets.", "declare"),
    ("The court ruling compels the ministry to release the files.", "release"),
])
def test_an_aim_of_an_instrument_or_a_duty_is_hypothetical(nlp, text, word):
    [tok] = [t for t in nlp(text) if t.text == word]
    assert modality(tok).status == "hypothetical"


# Contrasts: the using itself happened; a verb of forcing is implicative ("forced the mayor to resign": he resigned,
# PLOVER codes the act), and so is "help"; a plain object of "use" is no infinitive.
@pytest.mark.parametrize("text, word, status", [
    ("Riot police used water cannon to scatter the marchers.", "used", "factual"),
    ("The protesters forced the mayor to resign.", "resign", "factual"),
    ("The volunteers helped to rebuild the school.", "rebuild", "factual"),
])
def test_the_instrument_and_implicative_verbs_keep_their_status(nlp, text, word, status):
    [tok] = [t for t in nlp(text) if t.text == word]
    assert modality(tok).status == status


# Session 33, helper STATUS2: an infinitive of outcome, "only to", tells what came of the act - it happened, no aim.
@pytest.mark.parametrize("text, word", [
    ("The exile returned to his country, only to be arrested at the airport.", "arrested"),
    ("The envoys reached the border only to find it closed.", "find"),
])
def test_an_infinitive_of_outcome_is_no_aim(nlp, text, word):
    [tok] = [t for t in nlp(text) if t.text == word]
    assert modality(tok).status == "factual"


# Session 33, helper STATUS2: another party's act expected ("expects sales to rise", "expect the army to withdraw") is the
# future TimeML marks (SLINK MODAL under a verb of expecting: gold future), not a hypothetical; only a cooperative act
# stays hypothetical, so that extract does not make it an AGREE of its doer (status.py, ccomp_to).
@pytest.mark.parametrize("text, word, status", [
    ("The central bank expects inflation to slow next year.", "slow", "future"),
    ("Officials expect the rebels to shell the town again.", "shell", "future"),
    ("Mediators expect the government to sign the accord.", "sign", "hypothetical"),
])
def test_another_partys_expected_act_is_future_unless_cooperative(nlp, text, word, status):
    [tok] = [t for t in nlp(text) if t.text == word]
    assert modality(tok).status == status
