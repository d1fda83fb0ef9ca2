"""Session 33 (helper PAIR): who acts and who is acted on.

- a verb of violence that places the harm on a part of the body ("a woman *shot in the leg*") and has no object of
  its own is a reduced relative in a list of victims, even when the parser reads it as the sentence's verb: the woman
  was shot, she shot no leg (wound_sites.py);
- a noun of asking in an adverbial of authority ("*on the orders of* the commanders", "*at the request of* the
  UN") names who asked on "of"; the doer of the clause is the one asked (behest_adjuncts.py);
- a relative pronoun as the object of a verb of asking stands for the noun the clause is about ("the envoy, *whom*
  the rebels asked to mediate the talks"): that noun is the one asked, not the talks (relative_addressees.py).

Sentences written for these tests."""

from __future__ import annotations


def _event(events, trigger):
    return [e for e in events if e.trigger.text == trigger]


def _texts(args):
    return [a.text for a in args]


LIST_OF_VICTIMS = "They are a 30-year-old man who was shot in his arm; a 19-year-old woman shot in the leg; and a boy, 12."


def test_a_victim_shot_in_the_leg_is_no_shooter(code):
    events = _event(code(LIST_OF_VICTIMS), "shot")
    assert not any("woman" in " ".join(_texts(e.actor)) for e in events)
    assert not any("the leg" in _texts(e.recipient) for e in events)


def test_the_noun_before_a_bare_form_shot_in_the_leg_is_the_one_hurt(nlp):
    from dateline.events.wound_sites import wounded_subject

    doc = nlp(LIST_OF_VICTIMS)
    second = [t for t in doc if t.text == "shot"][1]
    hurt = wounded_subject(second)
    assert (hurt.text if hurt is not None else None) == ("woman" if second.dep_ != "acl" else None)


def test_a_shooter_with_an_object_keeps_the_shot(code):
    events = _event(code("The gunman shot a guard in the leg and fled."), "shot")
    assert events and _texts(events[0].actor) == ["The gunman"] and _texts(events[0].recipient) == ["a guard"]


def test_firing_in_the_air_keeps_its_doer(code):
    events = code("Soldiers fired in the air to disperse the crowd.")
    assert any("Soldiers" in _texts(e.actor) for e in events)


def test_the_one_asked_in_a_relative_clause_is_its_antecedent(code):
    events = _event(code("The minister praised the envoy, whom the rebels asked to mediate the talks."), "asked")
    assert events and all(_texts(e.recipient) == ["the envoy"] for e in events)
    assert all("the rebels" in _texts(e.actor) for e in events)


def test_the_one_asked_in_a_main_clause_is_unchanged(code):
    events = _event(code("The rebels asked the envoy to mediate the talks."), "asked")
    assert events and _texts(events[0].recipient) == ["the envoy"]


def test_on_the_orders_of_names_who_ordered(code):
    events = _event(code("The villagers were told to leave their homes on the orders of commanders of the rebel army."),
                    "orders")
    assert events and all("commanders of the rebel army" in _texts(e.actor) for e in events)
    assert all("The villagers" not in _texts(e.actor) for e in events)


def test_at_the_request_of_names_who_asked(code):
    events = _event(code("Troops withdrew from the town at the request of the United Nations."), "request")
    assert events and all(_texts(e.actor) == ["the United Nations"] and _texts(e.recipient) == ["Troops"]
                          for e in events)


def test_a_request_of_its_own_keeps_its_roles(code):
    events = _event(code("The United Nations made a request to the rebels for a ceasefire."), "request")
    assert all("the rebels" not in _texts(e.actor) for e in events)


def test_one_killed_on_the_orders_of_a_gang_was_not_asked(code):
    events = _event(code("The prison governor was shot dead last month on the orders of jailed gang leaders."), "orders")
    assert all("The prison governor" not in _texts(e.recipient) for e in events)
    assert all("The prison governor" not in _texts(e.actor) for e in events)
