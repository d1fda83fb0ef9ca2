"""Session 34 (helper PAIR): force used during a gathering by those who police it.

A gathering (a protest, a march, a riot) under "during" keeps its participants as doers when they act during it
("during the strike, the workers blocked the road"), but police, troops or soldiers using force during it (firing,
beating) are the ones who police the gathering, not its participants: the gathering names the scene of their act,
as any event under "during" does (frame_roles.policed_gathering).  Arrests during a gathering are left to the
relevance layer (wrong_doers.responder_as_doer).

Sentences written for these tests."""

from __future__ import annotations


def _event(events, trigger):
    return [e for e in events if e.trigger.text == trigger]


def _texts(args):
    return [a.text for a in args]


def test_police_firing_during_riots_are_no_rioters(code):
    events = _event(code("Two students were killed in police firing during the riots."), "riots")
    assert not any("police" in _texts(e.actor) for e in events)


def test_troops_firing_during_a_march_do_not_march(code):
    events = _event(code("Troops fired at dozens of students during the march."), "march")
    assert not any("Troops" in _texts(e.actor) for e in events)


def test_marchers_acting_during_their_march_keep_it(nlp):
    from dateline.events.frame_roles import frames_the_clause

    doc = nlp("The students sang songs during the march.")
    march = next(t for t in doc if t.text == "march")
    assert not frames_the_clause(march)


def test_protesters_using_force_during_their_protest_keep_it(nlp):
    from dateline.events.frame_roles import frames_the_clause

    doc = nlp("Demonstrators threw stones at the police during the protest.")
    protest = next(t for t in doc if t.text == "protest")
    assert not frames_the_clause(protest)


def test_the_rule_reads_the_force_of_order_as_policing(nlp):
    from dateline.events.frame_roles import frames_the_clause

    doc = nlp("Police fired at dozens of students during the demonstration.")
    demo = next(t for t in doc if t.text == "demonstration")
    assert frames_the_clause(demo)
