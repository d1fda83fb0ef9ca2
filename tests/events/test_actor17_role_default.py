"""A role noun that names no sector ("spokesman", "official") takes the government's sector from a country named
with it; in sport and culture news that is no evidence of politics - "Egypt FA spokesman" speaks for the football
federation (session 17, helper ACTOR; BBC sport, design sample E)."""

from __future__ import annotations

import pytest

from dateline.actors import resolve

pytestmark = pytest.mark.model

SPORT = ("Tottenham striker Mido has apologised to Egypt coach Marco Tardelli after a row at the African Nations Cup. "
         "The striker was dropped for the tournament match against Cameroon, which Egypt lost in the championship. "
         "Meanwhile, Egypt FA spokesman Methat Shalaby welcomed the apology and said no one had exerted pressure on "
         "Mido to apologise.")


def test_role_default_is_flagged(nlp):
    ms = {m.text: m for m in resolve(nlp("Egypt FA spokesman Methat Shalaby welcomed the apology. Egyptian "
                                         "government spokesman Magdy Radi said the talks would go on."), None).mentions}
    fa = ms["Egypt FA spokesman Methat Shalaby"]
    assert (fa.actor.country, fa.actor.sector) == ("EGY", "GOV") and "sector:role_default" in fa.flags
    assert "sector:role_default" not in ms["Egyptian government spokesman Magdy Radi"].flags  # a government noun


def test_federation_spokesman_in_sport_news_is_no_political_actor(code_in_pipeline):
    welcomed = [e for e in code_in_pipeline(SPORT, layer=False) if e.type == "SUPPORT"]
    assert welcomed  # the coder alone codes it
    assert not [e for e in code_in_pipeline(SPORT) if e.type == "SUPPORT" and e.confidence >= 0.5]
