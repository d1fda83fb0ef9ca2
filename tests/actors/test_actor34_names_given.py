"""Names given by a participle of naming (session 34, helper ACTOR): "X, known as the Y" - the name and the noun it
names are one actor, so a name the knowledge base does not know takes the noun's country and sector, and so do its
later uses.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from actor_mentions import mentions as _mentions

pytestmark = pytest.mark.model


def test_a_name_known_as_takes_the_named_bodys_actor(nlp):
    text = ("On Friday, Chile's financial police, known as the BRIFIN in Spanish, arrested four bankers. "
            "The BRIFIN said the bankers had laundered money.")
    named = [m for m in _mentions(nlp, text) if m.text == "BRIFIN"]
    assert len(named) == 2
    assert all((m.actor.country, m.actor.sector) == ("CHL", "COP") for m in named)


def test_a_place_known_as_gets_no_actor(nlp):
    ms = _mentions(nlp, "The Chilean minister grew up in a village known as Little Valparaiso.")
    assert all(m.actor.country is None for m in ms if m.text.startswith("Little"))
