"""Session 26 (helper RECALL): South Asian English nouns of protest the lexicon lacked (triggers.tsv protest.dharna,
protest.road_blockade; codebook PROTEST demonstrate / obstruct, CAMEO 141 and 144): a dharna (a sit-in), a gherao
(an official surrounded in protest), a rasta roko or chakka jam (a road blockade).  Real spaCy model and actors
stage; sentences written for these tests, none copied from an evaluation article.  Each positive case fails on the
tree before.  And public order brought or kept is no command given (not_triggers.tsv request.noun:order has_head): "deployed
to bring order" is no REQUEST.
"""

from __future__ import annotations

import pytest
from coded_events import rows as _events


@pytest.mark.parametrize("text, actor, trigger", [
    ("Congress workers staged a dharna outside the collectorate.", "Congress workers", "dharna"),
    ("Students held a gherao of the vice chancellor.", "Students", "gherao"),
    ("The farmers held a rasta roko on the highway.", "farmers", "rasta roko"),
    ("The union called a chakka jam across the state.", "union", "chakka jam"),
])
def test_the_noun_reports_a_protest(code, text, actor, trigger):
    evs = _events(code, text)
    assert any(t == "PROTEST" and trig == trigger and any(actor in a for a in actors)
               for t, trig, actors, _ in evs), evs


@pytest.mark.parametrize("text", [
    "The peacekeeping force was deployed in 2004 to bring order.",
    "Troops were sent to the city to restore law and order.",
])
def test_order_brought_or_kept_is_no_command(code, text):
    evs = _events(code, text)
    assert not any(t == "REQUEST" and trig == "order" for t, trig, *_ in evs), evs


def test_an_order_issued_stays_a_demand(code):
    evs = _events(code, "The court issued an order against the company.")
    assert any(t == "REQUEST" and trig == "order" for t, trig, *_ in evs), evs
