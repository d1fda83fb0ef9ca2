"""Session 21, helper CONTROL (issue 5): a vow or demand coded through the event noun it governs is aimed at the
party the vow or demand targets, not at that noun's patient.  Real spaCy model and actors stage; sentences written
for these tests.

* A vow or threat whose governed event sits in a "for" reason phrase ("vowed revenge against X *for the killing of*
  Y") answers that deed: the vowed response's against/on party is the target, not the victim of the deed avenged
  (status.reason_phrase, doer_goals.avenged_goal).
* A demand for an act on someone held by another ("demanded the extradition of the cleric *from the United
  States*") is asked of the holder who would carry it out (doer_goals.demanded_of), as "demanded the withdrawal of
  X's forces" asks the forces that withdraw; a "from" place or thing ("from the region") changes nothing.
"""

from __future__ import annotations

import pytest
from coded_events import in_dyad, rows


@pytest.mark.parametrize("text, actor, target", [
    ("Iran vowed revenge against Israel for the killing of a nuclear scientist.", "Iran", "Israel"),
    ("The militants vowed revenge on the government for the arrest of their leader.", "militants", "government"),
    ("North Korea vowed revenge against South Korea for the shelling of its island.", "North Korea", "South Korea"),
])
def test_vowed_response_goes_to_its_target_not_the_victim(code, text, actor, target):
    evs = rows(code, text)
    assert in_dyad(evs, "THREATEN", actor, target), evs
    victims = ("scientist", "leader", "island")
    assert not any(t == "THREATEN" and any(v in r for r in recips for v in victims)
                   for t, _, _, recips in evs), evs


@pytest.mark.parametrize("text, actor, asked", [
    ("Turkey demanded the extradition of the cleric from the United States.", "Turkey", "United States"),
    ("Washington demanded the handover of the suspects from the Taliban.", "Washington", "Taliban"),
])
def test_demand_is_asked_of_the_holder(code, text, actor, asked):
    evs = rows(code, text)
    assert in_dyad(evs, "REQUEST", actor, asked), evs


@pytest.mark.parametrize("text, actor, asked", [
    ("France demanded the withdrawal of Russian forces from the region.", "France", "Russian forces"),
    ("Serbia demanded the arrest of the commander by Kosovo police.", "Serbia", "Kosovo police"),
])
def test_demand_keeps_the_doer_of_the_act(code, text, actor, asked):
    evs = rows(code, text)
    assert in_dyad(evs, "REQUEST", actor, asked), evs


@pytest.mark.parametrize("text, actor, target, victim", [
    ("Israel vowed to retaliate against Hezbollah for the attack on its soldiers.", "Israel", "Hezbollah", "soldiers"),
    ("The rebels vowed to punish the army for the killing of their commander.", "rebels", "army", "commander"),
    ("Iran threatened to respond to the United States for the seizure of its tanker.", "Iran", "United States",
     "tanker"),
])
def test_deed_punished_by_a_vowed_act_is_no_act_vowed(code, text, actor, target, victim):
    """"vowed to punish the army *for the killing* of X" (status._reason_of_governed_verb): the vowed act is the
    infinitive's, aimed at its own target; the deed in its "for" phrase is coded as no vow aimed at its victim."""
    evs = rows(code, text)
    assert any(any(actor in a for a in actors) and any(target in r for r in recips)
               for _, _, actors, recips in evs), evs
    assert not any(any(victim in r for r in recips) for _, _, _, recips in evs), evs


def test_aim_of_a_vowed_verb_stays_governed(code):
    """A verb with no target of its own takes "for" as its aim, not a reason: the release is still vowed, not coded
    as done."""
    evs = rows(code, "The minister vowed to fight for the release of the hostages.")
    assert not any(t == "RETREAT" for t, _, _, _ in evs), evs
