"""Session 34 (helper PAIR): headlines drop the "be" of a passive.

"Mexican Soldiers Arrested After Killing of Journalist": a bare participle in title case after a noun, of a verb that
always takes an object in prose, is a passive - the soldiers were arrested, they arrested no one
(headline_passives.py).  A headline with an object ("Rebels Kidnapped Two Aid Workers") and prose keep their doer.

Sentences written for these tests."""

from __future__ import annotations


def _event(events, trigger):
    return [e for e in events if e.trigger.text == trigger]


def _texts(args):
    return [a.text for a in args]


def test_soldiers_arrested_in_a_headline_were_arrested(code):
    events = _event(code("Mexican Soldiers Arrested After Killing of Journalist"), "Arrested")
    assert events and all(not e.actor and _texts(e.recipient) == ["Mexican Soldiers"] for e in events)


def test_officers_detained_in_a_headline_detained_no_one(code):
    events = _event(code("Two Prison Officers Detained Over Escape of Inmates"), "Detained")
    assert events and not any("Two Prison Officers" in _texts(e.actor) for e in events)


def test_an_active_headline_keeps_its_doer(code):
    events = _event(code("Rebels Kidnapped Two Aid Workers In Northern Mali"), "Kidnapped")
    assert events and all(_texts(e.actor) == ["Rebels"] for e in events)


def test_prose_keeps_its_doer(nlp):
    from dateline.events.headline_passives import headline_subject

    doc = nlp("Police arrested two men after the riot.")
    assert headline_subject(doc[1]) is None


def test_a_headline_participle_names_its_subject(nlp):
    from dateline.events.headline_passives import headline_subject

    doc = nlp("Two Officers Detained Over Prison Escape")
    detained = next(t for t in doc if t.text == "Detained")
    assert getattr(headline_subject(detained), "text", None) == "Officers"
