"""A country adjective on a former dependency names the state that once ruled it (session 19, helper ACTOR).

"the former British colony" is Belize or Kenya, not Britain: the phrase names no actor the adjective could code
(actors/data/former_dominions.tsv)."""

from __future__ import annotations

import pytest

from dateline.actors import resolve

pytestmark = pytest.mark.model


def _codes(nlp, text):
    return {m.text: m.actor.country for m in resolve(nlp(text), "2005-01-01").mentions}


def test_former_colony_is_not_the_ruling_state(nlp):
    # MUC-4 (design sample G): "A CLAIM WHICH THE FORMER BRITISH COLONY REJECTED"
    codes = _codes(nlp, "Guatemala claims a section of Belize, a claim which the former British colony rejected.")
    assert "GBR" not in codes.values()
    assert codes["Belize"] == "BLZ"


def test_former_soviet_republic_is_not_russia(nlp):
    codes = _codes(nlp, "The former Soviet republic of Georgia accused Russia of aggression.")
    assert "RUS" == codes["Russia"]
    assert list(codes.values()).count("RUS") == 1


def test_former_official_keeps_the_country(nlp):
    # "former" alone changes nothing: a former British minister is still British
    codes = _codes(nlp, "The former British prime minister criticised the plan.")
    assert codes["former British prime minister"] == "GBR"


def test_colony_without_former_is_folded_into_its_state(nlp):
    # a dependency today is coded as its controlling state (territories.tsv, PLOVER manual 5.1.2)
    assert "GBR" in _codes(nlp, "The British colony's governor imposed a curfew.").values()
