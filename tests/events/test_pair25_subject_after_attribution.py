"""Session 25, helper PAIR: who acts on whom, by English grammar.  Sentences written here.

After a fronted "According to X," the parser sometimes draws the clause's subject into the attribution (more objects
of "to", or one coordination with the source).  The comma closes the attribution: the noun phrase between it and a
verb with no subject of its own is that verb's subject (``roles.subject_inside_attribution``), clipped to the words
after the comma; in a passive it is the one acted on."""

from __future__ import annotations

import pytest

from coded_events import in_dyad, rows


@pytest.mark.parametrize("text, type_, actor, recipient", [
    ("According to local media, the Jordan and the United States began a new round of joint military exercises "
     "today in the southern desert.", "COOPERATE", "Jordan", "United States"),
    ("According to local media, Immigration and Customs Enforcement returned 12 human skulls to Peru.", "RETREAT",
     "Immigration", "Peru"),
])
def test_the_subject_after_the_attribution_acts(code, text, type_, actor, recipient):
    evs = rows(code, text)
    assert in_dyad(evs, type_, actor, recipient), evs
    assert not any(any("media" in p for p in actors + recs) for _, _, actors, recs in evs), evs


def test_a_passive_subject_after_the_attribution_is_acted_on(code):
    evs = rows(code, "According to local media, Victoire Ingabire, leader of an opposition party, was arrested in "
                     "Rwanda for collaborating with a terrorist group.")
    assert any(t == "COERCE" and any("Ingabire" in r for r in recs) for t, _, _, recs in evs), evs


def test_a_clause_parsed_right_keeps_its_subject(code):
    assert in_dyad(rows(code, "According to officials, the rebels attacked the town."), "ASSAULT", "rebels", "town")
