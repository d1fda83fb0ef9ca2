"""Recall on news, session 13 (issue 5, helper RECALL): harm inflicted on a side, tear gas in two words, harm set in
an exchange of fire or beside someone who died, an unknown doer ("someone"), and how far a trigger reaches when a noun
and a verb tell one attack.  Real spaCy model and actors stage; sentences written for these tests, none copied from an
evaluation article.  The positive tests fail without the change they pin; the guards pin what must stay uncoded."""

from __future__ import annotations

import pytest
from coded_events import rows as _events


@pytest.fixture(scope="module")
def code(code_with_mentions):
    return code_with_mentions


def _at(evs, type_, word):
    return [e for e in evs if e[0] == type_ and word in e[1]]


# --- lexicon (triggers.tsv) ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, actor, recipient", [
    ("The rebels inflicted heavy casualties on the army during the offensive.", "rebels", "army"),
    ("The guerrillas inflicted 40 casualties on government troops last week.", "guerrillas", "troops"),
])
def test_casualties_inflicted_on_a_side_are_assault(code, text, actor, recipient):
    evs = _events(code, text)
    assert any(any(actor in a for a in acts) and any(recipient in r for r in recs)
               for _, _, acts, recs in _at(evs, "ASSAULT", "inflicted")), evs


@pytest.mark.parametrize("text", [
    "The new tax inflicted heavy losses on small firms.",  # losses: economic harm, no entry
    "The defeat inflicted more pain on the coach.",
])
def test_other_harm_inflicted_is_no_assault(code, text):
    assert not _at(_events(code, text), "ASSAULT", "inflicted")


def test_tear_gas_in_two_words_lobbed_is_crowd_control(code):
    evs = _events(code, "Police lobbed tear gas shells to disperse the stone-pelting mob.")
    assert any(any("Police" in a for a in acts) for _, _, acts, _ in _at(evs, "ASSAULT", "lobbed")), evs
