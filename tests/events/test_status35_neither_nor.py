"""Status, session 35 (helper STATUS): negation by an argument that is "neither" - "neither side", "neither of the
parties", "neither A nor B" - denies the act as "no" and "nobody" do ("*Neither* the army *nor* the police arrested
the protesters": no arrest).  "either ... or" and a plain coordination leave it done.  Real spaCy model and the
actors stage's mentions, as the pipeline codes."""

from __future__ import annotations

import pytest


def _statuses_at(code, text, trigger):
    events = code(text)
    return [e.status for e in events if e.trigger.text == trigger], [(e.trigger.text, e.type, e.status) for e in events]


@pytest.mark.parametrize("text,trigger", [
    ("Neither Brazil nor Argentina attacked the disputed island.", "attacked"),
    ("Neither the soldiers nor the militia detained the reporters.", "detained"),
    ("Neither of the rival factions signed the ceasefire.", "signed"),
])
def test_a_doer_that_is_neither_of_them_did_not_act(code, text, trigger):
    at, events = _statuses_at(code, text, trigger)
    assert at and set(at) == {"negated"}, events


@pytest.mark.parametrize("text,trigger", [
    ("Either the soldiers or the militia detained the reporters.", "detained"),
    ("Both the soldiers and the militia detained the reporters.", "detained"),
])
def test_either_or_and_both_and_leave_the_act_done(code, text, trigger):
    at, events = _statuses_at(code, text, trigger)
    assert at and set(at) == {"factual"}, events
