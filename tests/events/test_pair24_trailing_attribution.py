"""Session 24, helper PAIR: a report set after its clause by a comma (", officials said") or before it ("Officials
said that ...") leaves the clause its own subject and verb.  The small parser may hang the clause's subject noun on
the verb of saying (as a ``dep``, as a first of two subjects, or as its complement) and its verb on that noun as a
participle; the clause is then read as it is read standing alone (``roles._trailing_attribution``, used by ``roles._main_verb_on_noun_root``).  Sentences written here."""

from __future__ import annotations

import pytest

from coded_events import in_dyad, rows


@pytest.mark.parametrize("text, type_, actor, target", [
    ("A U.S. congressional report called for sanctions against China over human rights abuses, officials said.",
     "ACCUSE", "report", "China"),
    ("A senior opposition figure called for a boycott of the election, the party said.",
     "REQUEST", "opposition figure", "election"),
    ("Mikhail Khodorkovsky, a former Russian oil tycoon, called for sanctions against Belneftekhim, Belarus's state "
     "oil company, officials said.", "ACCUSE", "Khodorkovsky", "Belneftekhim"),
    ("Officials said that a U.S. congressional report called for sanctions against China.", "ACCUSE", "report", "China"),
])
def test_the_clause_before_the_attribution_keeps_its_subject(code, text, type_, actor, target):
    evs = rows(code, text)
    assert in_dyad(evs, type_, actor, target), evs


def test_the_same_clause_without_attribution(code):
    evs = rows(code, "A U.S. congressional report called for sanctions against China over human rights abuses.")
    assert in_dyad(evs, "ACCUSE", "report", "China"), evs
