"""Session 26, helper PAIR: a subject pronoun of a subordinate clause takes up the subject of the clause it qualifies.
Sentences written here.

"The rebels crossed the border before *they* attacked the base", "The ministers met in Brussels, where *they* agreed
to impose sanctions": English keeps the subject of the report and takes it up with a pronoun in a clause of time,
place or reason (``pronouns._host_of_subordinate``), as in coordinated clauses (session 21).  Number agreement
still holds, and a second party that agrees as well leaves the pronoun unresolved ("fired on the protesters after
they threw stones")."""

from __future__ import annotations

import pytest

from coded_events import in_dyad, rows


@pytest.mark.parametrize("text, type_, actor, recipient", [
    ("The rebels crossed the border before they attacked the army base.", "ASSAULT", "rebels", "army base"),
    ("The ministers met in Brussels, where they agreed to impose sanctions on Iran.", "AGREE", "ministers", "Iran"),
])
def test_the_subordinate_pronoun_takes_up_the_subject(code, text, type_, actor, recipient):
    evs = rows(code, text)
    assert in_dyad(evs, type_, actor, recipient), evs


def test_a_second_party_that_agrees_leaves_the_pronoun_open(code):
    evs = rows(code, "The army shelled the rebel group after it attacked a convoy.")
    assert not any(any("army" in a for a in actors) for t, trig, actors, _ in evs if trig == "attacked"), evs


def test_a_singular_subject_is_no_they(code):
    evs = rows(code, "The minister met in Brussels with officials, where they agreed to impose sanctions on Iran.")
    assert not any(any("minister" in a for a in actors) for t, trig, actors, _ in evs if trig != "met"), evs
