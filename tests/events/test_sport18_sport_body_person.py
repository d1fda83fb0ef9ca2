"""In an article with sport words that names a sport governing body (data/sport_bodies.tsv), a person whose
government sector comes from the knowledge base alone acts as often for the sport body: kept at half confidence
(session 18, helper SPORT; design sample E: "Trinidad's Jack Warner, who resigned" - FIFA's vice-president - coded as
the Trinidad government at 0.856)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

PREFIX = ("Prime Minister David Cameron, Chancellor Angela Merkel and President Barack Obama said their governments "
          "wanted reform of the {body} before the next football tournament in Brazil. ")
WARNER = "Those who have departed include Trinidad's Jack Warner, who resigned after being placed under investigation."


def _resigned(events):
    return [e for e in events if e.type in ("RETREAT", "CONCEDE", "YIELD") and e.trigger.text == "resigned"
            and any("Warner" in p.text for p in e.actor)]


def test_office_holder_in_sport_body_article_is_doubted(code_in_pipeline):
    text = PREFIX.format(body="Fifa") + WARNER
    assert [e for e in _resigned(code_in_pipeline(text, layer=False)) if e.confidence >= 0.5]  # the coder alone
    kept = _resigned(code_in_pipeline(text))
    assert kept and all(e.confidence < 0.5 and "relevance:sport_body_person" in e.reason for e in kept)


def test_office_holder_without_sport_body_is_kept(code_in_pipeline):
    text = PREFIX.format(body="sport") + WARNER
    assert [e for e in _resigned(code_in_pipeline(text)) if e.confidence >= 0.5]
