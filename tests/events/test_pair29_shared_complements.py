"""Session 29, helper PAIR: who receives when event nouns are coordinated.  Sentences written here.

Coordinated event nouns share the complement that follows the last of them ("the kidnapping and *murder* of
students": the parser hangs "of students" on the first noun; ``arguments._complement_of_first_conjunct``)."""

from __future__ import annotations

import pytest

from coded_events import in_dyad, rows


@pytest.mark.parametrize("text, trigger, recipient", [
    ("The governor admitted that the security forces were involved in the kidnapping and murder of students.",
     "murder", "students"),
    ("The army condemned the rebels for the abduction and torture of villagers.", "torture", "villagers"),
])
def test_a_later_event_noun_shares_the_complement_after_it(code, text, trigger, recipient):
    evs = rows(code, text)
    assert any(trig == trigger and any(recipient in r for r in recips) for _, trig, _, recips in evs), evs


def test_a_conjunct_with_its_own_complement_keeps_it(code):
    evs = rows(code, "Soldiers carried out the arrest of the mayor and the torture of his aides.")
    assert not any(trig == "torture" and any("mayor" in r for r in recips) for _, trig, _, recips in evs), evs
