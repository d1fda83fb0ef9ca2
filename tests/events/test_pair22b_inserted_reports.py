"""Session 22, helper PAIR2: a report inserted between commas inside a clause ("troops opened fire, *witnesses
said*, on the protesters") takes no phrase of its own after its closing comma; the parser hangs the target phrase on
"said", and ``roles._preps_after_inserted_report`` gives it back to the verb the report interrupts.  Sentences
written here."""

from __future__ import annotations

import pytest


def _pairs(events, etype):
    return [([a.text for a in e.actor], [r.text for r in e.recipient]) for e in events if e.type == etype]


@pytest.mark.parametrize("text, target", [
    ("Troops opened fire, witnesses said, on the protesters.", "protesters"),
    ("Soldiers opened fire, the opposition said, at the crowd outside parliament.", "crowd"),
])
def test_the_phrase_after_an_inserted_report_is_the_verbs_target(code, text, target):
    pairs = _pairs(code(text), "ASSAULT")
    assert any(any(target in r for r in recs) for _, recs in pairs), pairs


def test_a_phrase_of_the_report_itself_stays_with_it(nlp):
    from dateline.events import roles

    doc = nlp("Troops opened fire on the crowd, the opposition said in a statement to parliament.")
    opened = next(t for t in doc if t.text == "opened")
    assert roles._preps_after_inserted_report(opened) == []
