"""Session 34 (helper PAIR2): arrests during a gathering by those who police it.

Police, troops or soldiers who arrest or detain people during a protest, a march or a riot police the gathering; they
are not its participants (frame_roles.policed_gathering, now for coercion as well as force).  Others who answer a
gathering ("prosecutors questioned 30 people during the riots") are left to the relevance layer
(wrong_doers.responder_as_doer, test_prec31_doubts).

Sentences written for these tests."""

from __future__ import annotations

import pytest


def _event(events, trigger):
    return [e for e in events if e.trigger.text == trigger]


@pytest.mark.parametrize("text, trigger, doer", [
    ("Police arrested 30 people during the riots in the capital.", "riots", "Police"),
    ("Soldiers detained dozens of students during the march.", "march", "Soldiers"),
])
def test_forces_arresting_during_a_gathering_do_not_gather(code, text, trigger, doer):
    events = _event(code(text), trigger)
    assert not any(doer in [a.text for a in e.actor] for e in events)


def test_the_arrest_itself_keeps_its_doer(code):
    events = _event(code("Police arrested 30 people during the riots in the capital."), "arrested")
    assert events and all([a.text for a in e.actor] == ["Police"] for e in events)


def test_marchers_detaining_someone_during_their_march_keep_it(nlp):
    from dateline.events.frame_roles import frames_the_clause

    doc = nlp("The marchers detained a thief during the march.")
    march = [t for t in doc if t.text == "march"][-1]
    assert not frames_the_clause(march)
