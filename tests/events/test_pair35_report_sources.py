"""Session 35 (helper PAIR): the source of a report is no party of what it reports.

"According to Amnesty International, the police are responsible for many killings, in which they shoot unarmed
suspects": "they" takes up the clause's subject (the police), not the source named before it, though the source is
the nearest name (report_sources.py).  With no subject but the pronoun, the source stays its antecedent.

Sentences written for these tests."""

from __future__ import annotations


def _actors(events, trigger):
    return [[a.text for a in e.actor] for e in events if e.trigger.text == trigger]


def test_pronoun_in_the_reported_clause_takes_its_subject(code):
    events = code("According to Amnesty International, the police are responsible for many killings, "
                  "in which they shoot unarmed suspects.")
    assert _actors(events, "shoot") == [["the police"]]


def test_pronoun_after_a_named_source_and_a_plural_subject(code):
    events = code("According to the Red Cross, government troops control the valley, where they burned "
                  "three villages.")
    assert _actors(events, "burned") == [["government troops"]]


def test_a_clause_with_no_other_subject_keeps_the_source(code):
    events = code("According to the rebels, they captured the town.")
    assert _actors(events, "captured") == [["the rebels"]]


# The holder of a proposition named by a noun is its possessor: "Siemens' announcement that it had cancelled ..." says
# what Siemens announced, as "Siemens announced that it had cancelled" does.

def test_pronoun_in_a_possessed_announcement_takes_the_possessor(code):
    events = code("A government spokesman said the ministry would not comment on Siemens' announcement that it had "
                  "cancelled a contract with Alstom.")
    assert _actors(events, "cancelled") == [["Siemens"]]


def test_pronoun_in_a_possessed_statement_takes_the_possessor(code):
    events = code("The minister said he welcomed Iran's statement that it would halt enrichment.")
    actors = _actors(events, "halt")
    assert actors and all(len(a) == 1 and a[0].startswith("Iran") for a in actors)
