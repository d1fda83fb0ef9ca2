"""Session 17 (helper TYPE's suggestion, added by the lead): forces harassed are attacked, people harassed are
coerced.

PLOVER's ASSAULT is "deliberate actions which can potentially result in substantial physical harm" and COERCE
"coercive uses of power falling short of violence".  Guerrillas harassing soldiers, a garrison or an outpost
attack them by fire or raids (triggers.tsv assault.harass, verb with an armed-force object); police harassing
journalists stays coerce.restrict.  Found on a design precision sample (MUC-4: "the rebels also harassed
soldiers").  Real parses of sentences written for the test."""

from __future__ import annotations

import pytest
from trigger_hits import entry_ids_at



@pytest.mark.parametrize("text", [
    "The rebels harassed soldiers guarding the power station.",
    "Guerrillas harassed the army garrison at dawn.",
])
def test_harassing_forces_is_an_assault(nlp, text):
    assert "assault.harass" in entry_ids_at(nlp(text), "harassed")


@pytest.mark.parametrize("text", [
    "Police harassed journalists covering the protest.",
    "The authorities harassed opposition activists for months.",
])
def test_harassing_people_is_coercion(nlp, text):
    ids = entry_ids_at(nlp(text), "harassed")
    assert "assault.harass" not in ids
    assert "coerce.restrict" in ids


def test_coded_type_of_armed_harassment(code_with_mentions):
    events = code_with_mentions("The rebels harassed soldiers guarding the power station.")
    assert [e.type for e in events if e.trigger.text == "harassed"] == ["ASSAULT"]
