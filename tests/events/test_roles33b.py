"""Session 33 (helper ROLES3): a passive relative clause with no subject of its own ("the first banker *to be added*
to the list", "the third mayor *to be charged*") describes the one acted on, who is not its doer
(events/frame_roles.passive_relative_roles).  A by-agent stays the doer ("the bill to be signed by the president").

Sentences written for these tests."""

from __future__ import annotations


def _parties(events, event_type, trigger):
    return [(" ".join(a.text for a in e.actor), " ".join(r.text for r in e.recipient))
            for e in events if e.type == event_type and e.trigger.text == trigger]


def test_the_noun_an_infinitive_passive_describes_is_charged_not_charging(code):
    found = _parties(code("He is the third Peruvian mayor to be charged with bribery this year."), "ACCUSE", "charged")
    assert found and not any("mayor" in actor for actor, _ in found)
    assert any("mayor" in recipient for _, recipient in found)


def test_the_first_leader_to_be_jailed_is_the_one_jailed(code):
    found = _parties(code("Ortega was the first opposition leader to be jailed."), "COERCE", "jailed")
    assert found and not any("leader" in actor for actor, _ in found)
    assert any("leader" in recipient for _, recipient in found)


def test_a_by_agent_of_a_passive_relative_stays_its_doer(code):
    found = _parties(code("He was the first Colombian officer to be arrested by the army."), "COERCE", "arrested")
    assert found and all("army" in actor for actor, _ in found)
