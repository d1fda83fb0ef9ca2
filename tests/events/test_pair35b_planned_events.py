"""Session 35 (helper PAIR2): an event noun that is the direct object of a verb of planning ("plans a visit",
"scheduled talks", "is preparing an offensive", "plotted an attack") is to be done by that verb's subject, as the
object of a support verb is ("made a visit"); the event was dropped for want of a doer (planned_events.py).  The
verb's modality marks it future.  Who prepares a report or plans with no event noun as object codes nothing new.

Sentences written for these tests."""

from __future__ import annotations

import pytest


def _at(events, word):
    return [e for e in events if e.trigger.text.split()[0] == word]


@pytest.mark.parametrize("text, word, actor", [
    ("The foreign minister plans a visit to Brazil next month.", "visit", "The foreign minister"),
    ("The prime minister is planning a trip to Tokyo.", "trip", "The prime minister"),
    ("The militia is preparing an offensive against the rebels.", "offensive", "The militia"),
    ("The gang plotted an attack on the consulate.", "attack", "The gang"),
])
def test_the_planner_does_the_planned_event(code, text, word, actor):
    events = _at(code(text), word)
    assert [[a.text for a in e.actor] for e in events] == [[actor]]
    assert all(e.status == "future" for e in events)


def test_a_planned_visit_keeps_its_destination(code):
    events = _at(code("The foreign minister plans a visit to Brazil next month."), "visit")
    assert [[r.text for r in e.recipient] for e in events] == [["Brazil"]]


def test_a_prepared_report_is_no_event(code):
    assert not _at(code("The ministry prepared a report on the floods."), "report")


def test_a_visit_made_is_still_done(code):
    events = _at(code("The foreign minister made a visit to Brazil."), "visit")
    assert [[a.text for a in e.actor] for e in events] == [["The foreign minister"]]
    assert all(e.status == "factual" for e in events)
