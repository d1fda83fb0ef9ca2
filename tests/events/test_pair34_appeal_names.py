"""Session 34 (helper PAIR): a place named in the name of an appeal says whom it is for, not who makes it.

"a Peru flood appeal", "a Sudan appeal": a charity's appeal is named after the place or the disaster it raises
money for; the place compounded with the noun is the appeal's cause, and the one who launches it (the subject of
the support verb) makes it (frame_roles.named_cause).  A body named before the noun still makes it ("a UN appeal",
"an Oxfam appeal").

Sentences written for these tests."""

from __future__ import annotations


def _event(events, trigger):
    return [e for e in events if e.trigger.text == trigger]


def _texts(args):
    return [a.text for a in args]


def test_a_place_named_in_an_appeal_does_not_appeal(code):
    events = _event(code("In Germany, the Red Cross launched a Peru flood appeal."), "appeal")
    assert events and not any("Peru" in _texts(e.actor) for e in events)
    assert all(_texts(e.actor) == ["the Red Cross"] for e in events)


def test_a_bare_place_appeal_is_launched_by_its_subject(code):
    events = _event(code("Oxfam launched a Sudan appeal on Monday."), "appeal")
    assert events and all(_texts(e.actor) == ["Oxfam"] for e in events)


def test_a_body_named_before_an_appeal_makes_it(nlp):
    from dateline.events.frame_roles import named_cause

    doc = nlp("The charity welcomed a UN appeal for funds.")
    appeal = next(t for t in doc if t.text == "appeal")
    assert not any(named_cause(appeal, c) for c in appeal.children)


def test_a_place_before_an_appeal_is_its_cause(nlp):
    from dateline.events.frame_roles import named_cause

    doc = nlp("Oxfam launched a Sudan appeal on Monday.")
    appeal = next(t for t in doc if t.text == "appeal")
    assert any(named_cause(appeal, c) for c in appeal.children)
