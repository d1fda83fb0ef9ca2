"""Session 35 (helper SENSE2): legislators, critics, commentators, spokesmen and the press attack in words.  Their
"attacked" is criticism, coded ACCUSE (PLOVER ACCUSE disapprove; data/not_triggers.tsv cancels the ASSAULT reading of
the verb), and an attack noun done by them ("came under attack from opposition MPs") keeps half its confidence as
ASSAULT (events/critics_attacks.py, relevance:verbal_attack).  Armed attackers stay ASSAULT.  Sentences written for the
test.
"""

from __future__ import annotations

import pytest

from coded_events import halved_by_layer as _halved, not_doubted as _not_doubted, rows


@pytest.mark.parametrize("text", [
    "Opposition MPs attacked the Kenyan finance minister over the budget.",
    "Kenyan lawmakers attacked the finance minister's plan to raise fuel taxes.",
    "Two Kenyan senators attacked the president over his handling of the drought.",
])
def test_speakers_who_attack_accuse(code, text):
    evs = [r for r in rows(code, text) if r[1] == "attacked"]
    assert evs and all(t == "ACCUSE" for t, *_ in evs), evs


def test_armed_attackers_assault(code):
    evs = [r for r in rows(code, "Rebels attacked a Kenyan army convoy near the border, killing four soldiers.")
           if r[1] == "attacked"]
    assert evs and evs[0][0] == "ASSAULT", evs


@pytest.mark.parametrize("text", [
    "The Kenyan finance minister came under attack from opposition MPs over the budget.",
    "The Kenyan plan has come under attack from critics and opposition senators.",
])
def test_an_attack_noun_by_speakers_is_doubted(code_in_pipeline, text):
    _halved(code_in_pipeline, text, "attack", "relevance:verbal_attack")


@pytest.mark.parametrize("text", [
    "The Kenyan army convoy came under attack from rebels near the border.",
    "The Kenyan police station came under attack from gunmen on Tuesday.",
])
def test_an_attack_noun_by_armed_men_stays(code_in_pipeline, text):
    _not_doubted(code_in_pipeline, text, "attack", "relevance:verbal_attack")
