"""Who an act of force was done to when the clause tells the harm taken, session 31 (helper PAIR): a nominal act of
force in a prepositional adjunct of "suffer", "sustain" or "incur" with casualties, deaths or injuries as the object
("the army suffered 15 casualties in an ambush on the highway") was done to that verb's subject - not to the road it
was laid on, and the subject is not its doer (``noun_roles.harm_sufferer``).  Sentences written for the test, real
spaCy model."""

from __future__ import annotations


def _event(events, trigger):
    found = [e for e in events if e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in events]
    return found[0]


def test_ambush_by_named_doer_on_a_highway(code):
    e = _event(code("The army suffered 15 casualties in an ambush by Taliban fighters on the highway."), "ambush")
    assert [a.text for a in e.actor] == ["Taliban fighters"]
    assert [r.text for r in e.recipient] == ["The army"]


def test_as_a_result_of_an_ambush(code):
    e = _event(code("As a result of a Taliban ambush on the highway near Kandahar, the army's third brigade suffered "
                    "15 casualties."), "ambush")
    assert [r.text for r in e.recipient] == ["the army's third brigade"]


def test_casualties_in_an_attack_on_the_road(code):
    # (the parser hangs "in an attack" on the casualties)
    e = _event(code("The Iraqi army suffered heavy casualties in an Islamic State attack on the main road."), "attack")
    assert [r.text for r in e.recipient] == ["The Iraqi army"]


def test_who_sustained_injuries_did_not_attack(code):
    events = code("Government troops sustained several injuries during an attack on the coastal highway.")
    assert not any(e.trigger.text == "attack" and [a.text for a in e.actor] == ["Government troops"] for e in events)


def test_ambush_on_a_highway_with_no_harm_told_keeps_the_place(code):
    e = _event(code("Rebels staged an ambush on the highway near Kandahar."), "ambush")
    assert [r.text for r in e.recipient] == ["the highway"]
