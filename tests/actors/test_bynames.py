"""Session 53, from the blind precision sample 6: a ruler's title after a common noun of no place or people is a
byname of a trade's champion, no ruler (agent_contexts.tsv ``byname``; compose._trade_before).  Sentences written for
the test."""

from __future__ import annotations

import pytest

from dateline.actors import resolve

pytestmark = pytest.mark.model


def _sectors(nlp, text):
    return {m.text: m.actor.sector for m in resolve(nlp(text), "2005-01-01").mentions}


@pytest.mark.parametrize("text", [
    "The net's self-declared spam king is seeking bankruptcy protection.",
    "The junk bond king was released from prison.",
])
def test_a_trade_s_king_is_no_ruler(nlp, text):
    assert not [m for m, sector in _sectors(nlp, text).items() if "king" in m and sector == "GOV"]


@pytest.mark.parametrize("text, mention", [
    ("The Saudi king met the president.", "Saudi king"),
    ("The Zulu king addressed the crowd.", "Zulu king"),
])
def test_a_realm_s_king_stays_a_ruler(nlp, text, mention):
    assert _sectors(nlp, text)[mention] == "GOV"
