"""A role noun that names no sector ("spokesman") takes the government's sector from a country named with it; in an
article with sport words that is weak evidence of politics even when the article names enough states that it gets no
sport domain (session 18, helper SPORT; BBC sport, design sample Q: "Egypt FA spokesman" kept at 0.992)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

STATES = ("Egyptian President Hosni Mubarak and Prime Minister Ahmed Nazif called for calm, and the governments of "
          "Cameroon, Nigeria and Tunisia sent envoys to Cairo on Monday. ")
SPORT = ("Tottenham striker Mido has apologised to Egypt coach Marco Tardelli after a row at the African Nations Cup. "
         "The striker was dropped for the tournament match against Cameroon, "
         "which Egypt lost in the championship final. ")


def _welcomed(events):
    return [e for e in events if e.type == "SUPPORT" and e.trigger.text == "welcomed"]


def test_federation_spokesman_in_sport_article_without_domain(code_in_pipeline):
    # ("Egypt FA spokesman" in the article; "FA" is a sport cue since session 45, which gives this text a sport domain)
    text = SPORT + STATES + "Meanwhile, Egypt team spokesman Methat Shalaby welcomed the apology."
    assert [e for e in _welcomed(code_in_pipeline(text, layer=False)) if e.confidence >= 0.5]  # the coder alone
    kept = _welcomed(code_in_pipeline(text))
    assert kept and all(e.confidence < 0.5 and "relevance:sport_role_default" in e.reason for e in kept)


def test_government_spokesman_in_the_same_article_is_kept(code_in_pipeline):
    text = SPORT + STATES + "Meanwhile, Egyptian government spokesman Magdy Radi welcomed the apology."
    assert [e for e in _welcomed(code_in_pipeline(text)) if e.confidence >= 0.5]


def test_role_default_outside_sport_news_is_kept(code_in_pipeline):
    text = STATES + "Meanwhile, an Egyptian spokesman, Magdy Radi, welcomed the agreement with Tunisia."
    assert [e for e in _welcomed(code_in_pipeline(text)) if e.confidence >= 0.5]
