"""Agent nouns joined by a hyphen to a word that makes a description of a thing (session 34, helper ACTOR2):
"insurgency-related violence", "army-made rifles" name no party, as "Soviet-era tanks" names no country; "army-led"
still does.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from actor_mentions import mentions as _mentions

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, noun", [
    ("Hundreds of people died in insurgency-related violence last year.", "insurgency"),
    ("The smugglers were caught with army-made rifles near the border.", "army"),
])
def test_an_agent_noun_describing_a_thing_is_no_party(nlp, text, noun):
    assert not [m for m in _mentions(nlp, text) if m.text.lower() == noun]


def test_an_agent_noun_that_leads_stays(nlp):
    assert [m for m in _mentions(nlp, "The army-led government said it would hold elections.") if m.text == "army"]
