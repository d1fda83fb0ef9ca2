"""Feeding a market, a demand or a fear supplies or fuels it; it gives no aid to a party (PLOVER AID), while feeding
people still does (data/not_triggers.tsv, aid.verb:feed).  Real spaCy model; sentences written for this test."""

from __future__ import annotations

import pytest
from coded_events import rows


@pytest.mark.parametrize("text", [
    "The smugglers, who are feeding the European market, moved the cocaine by sea.",
    "The cartel fed the demand for drugs in Europe.",
])
def test_feeding_a_market_is_no_aid(code, text):
    evs = rows(code, text)
    assert not [e for e in evs if e[0] == "AID"], evs


def test_feeding_refugees_is_aid(code):
    evs = rows(code, "The UN fed thousands of refugees in Darfur.")
    assert [e for e in evs if e[0] == "AID" and e[1] == "fed"], evs
