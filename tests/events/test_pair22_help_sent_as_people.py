"""Session 22, helper PAIR: whom help sent as people serves, and purposes that serve no one.

- The object of a verb of giving is what is given; when that is unnamed people ("a team of doctors", "experts") and
  the verb has a purpose infinitive of helping ("to help", "to assist"), the one helped receives the AID, as the
  "to" goal does in "sent doctors to Haiti" (``arguments._helped_by_given_people``).
- An infinitive of purpose that is an act against its object names no one served: "supplied weapons *to attack*
  Israel" gives Israel no AID (``arguments._purpose_party``, ``HOSTILE_PURPOSE_TYPES``).
"""

from __future__ import annotations

import pytest


def _pairs(events, etype):
    return [([a.text for a in e.actor], [r.text for r in e.recipient]) for e in events if e.type == etype]


@pytest.mark.parametrize("text, actor, helped", [
    ("India sent a team of doctors to help Nepal after the earthquake.", "India", "Nepal"),
    ("The UN sent a group of experts to assist Haiti.", "The UN", "Haiti"),
])
def test_people_sent_to_help_a_party_give_it_the_aid(code, text, actor, helped):
    pairs = _pairs(code(text), "AID")
    assert ([actor], [helped]) in pairs, pairs
    assert all(helped in r for _, r in pairs), pairs


def test_a_named_goal_keeps_the_aid(code):
    assert (["Cuba"], ["Italy"]) in _pairs(code("Cuba sent a brigade of doctors to Italy."), "AID")


def test_a_purpose_of_attack_serves_no_one(code):
    assert not any("Israel" in r for _, r in _pairs(code("Iran supplied weapons to attack Israel."), "AID"))
