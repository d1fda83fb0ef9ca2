"""Session 34 (helper PAIR2): headline passives in capitals and in lower case.

Headlines drop the "be" of a passive in any case: "SOLDIERS KIDNAPPED IN NORTHERN MALI" (wire copy in capitals) and
"Two officers detained over prison escape" say the soldiers were kidnapped and the officers detained.  Outside Title
Case the participle is read as a passive only when its sentence is a headline line - a line of its own with no final
punctuation, or the text's first line (headline_passives.headline_line); prose keeps its reading.

Sentences written for these tests."""

from __future__ import annotations


def _event(events, trigger):
    return [e for e in events if e.trigger.text == trigger]


def _texts(args):
    return [a.text for a in args]


def test_a_capital_headline_participle_is_a_passive(code_in_pipeline):
    # (the pipeline parses text in capitals through a case-restored copy: nlp.truecase)
    text = "SOLDIERS KIDNAPPED IN NORTHERN MALI\n\nTHE ARMY SAID TODAY THAT TWO SOLDIERS WERE KIDNAPPED BY REBELS."
    events = [e for e in _event(code_in_pipeline(text, layer=False), "KIDNAPPED") if e.trigger.start < 40]
    assert events and all(not e.actor and _texts(e.recipient) == ["SOLDIERS"] for e in events)


def test_a_lower_case_headline_participle_is_a_passive(code):
    events = _event(code("Two officers detained over prison escape\n\nThe officers were held on Monday."), "detained")
    assert events and all(not e.actor and _texts(e.recipient) == ["Two officers"] for e in events)


def test_a_lower_case_headline_with_an_object_keeps_its_doer(code):
    events = _event(code("Rebels kidnapped two aid workers in northern Mali\n\nThe army said so on Monday."), "kidnapped")
    assert events and all(_texts(e.actor) == ["Rebels"] for e in events)


def test_a_headline_line_is_a_whole_line_without_a_stop(nlp):
    from dateline.events.headline_passives import headline_line

    doc = nlp("Two officers detained over prison escape\n\nThe officers were held on Monday. Their lawyer spoke.")
    sents = list(doc.sents)
    assert headline_line(sents[0])
    assert not any(headline_line(s) for s in sents[1:])


def test_prose_in_capitals_is_no_headline(nlp):
    from dateline.events.headline_passives import headline_line

    doc = nlp("THE ARMY SAID TODAY THAT\nTWO SOLDIERS WERE KIDNAPPED\nBY REBELS NEAR THE BORDER.")
    assert not any(headline_line(s) for s in doc.sents)
