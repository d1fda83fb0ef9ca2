"""Recall gaps of the trigger lexicon on real news (issue 5, session 11, helper LEX), each entry taken from the
PLOVER codebook / CAMEO wording its `notes` cite.  Real spaCy model and actors stage; sentences written for these
tests, none copied from an evaluation article.  The positive tests fail without the entries; the guards pin what
must not change."""

from __future__ import annotations

import pytest
from coded_events import has as _has, rows as _events


@pytest.fixture(scope="module")
def code(code_with_mentions):
    return code_with_mentions


# --- hindered movement (coerce.restrict_movement; codebook COERCE restrict 'restrictions on ... movement', CAMEO 191)

@pytest.mark.parametrize("text, actor", [
    ("Police prevented the activists from leaving for the capital.", "Police"),
    ("Israel stopped the journalists from entering Gaza.", "Israel"),
    ("The authorities barred opposition leaders from travelling abroad.", "authorities"),
])
def test_hindered_movement_is_coerce(code, text, actor):
    ok, evs = _has(code, text, "COERCE", actor)
    assert ok, evs


def test_hindered_movement_agentless_passive(code):
    evs = _events(code, "Ten activists were prevented from leaving for the capital at the railway station.")
    assert any(t == "COERCE" and trig == "prevented" and not actors and recips for t, trig, actors, recips in evs), evs


@pytest.mark.parametrize("text", [
    "The government prevented Iran from reaching a nuclear deal.",  # reach: not a movement word
    "The police kept the suspects in a cell on March 15.",  # 'March' is a date, 'keep' no hindering verb
    "The ministry prevented the bank from going bankrupt.",
])
def test_hindered_movement_guards(code, text):
    assert not any(t == "COERCE" for t, *_ in _events(code, text)), _events(code, text)

