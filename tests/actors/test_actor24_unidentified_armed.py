"""Actor coding on news (session 24, helper ACTOR), third part: unidentified armed men ("gunmen", PLOVER UAF) in a
story about one country are that country's, as its rebels and criminals are.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from actor_mentions import mentions as _mentions, one as _one

pytestmark = pytest.mark.model


def test_unidentified_gunmen_take_the_storys_country(nlp):
    text = ("India's army chief visited Manipur on Monday. Ten Indian soldiers were wounded. A tribal leader was shot "
            "dead by unidentified gunmen in Churachandpur district on Sunday.")
    gunmen = _one(_mentions(nlp, text), "unidentified gunmen")
    assert (gunmen.actor.country, gunmen.actor.sector) == ("IND", "UAF")


def test_gunmen_from_another_country_keep_it(nlp):
    # guard: where the words say they come from wins over the story's country
    text = "Pakistan's army said on Monday that it had killed ten militants. Gunmen from Afghanistan attacked a checkpoint."
    assert _one(_mentions(nlp, text), "Gunmen").actor.country == "AFG"
