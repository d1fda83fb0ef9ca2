"""Session 25, helper PAIR: who acts on whom, by English grammar.  Sentences written here.

A thing a named party owns through a possessive - its policy, its handling of something, its convoy - is that
party's: criticism, praise or force aimed at the thing is aimed at its owner, not at what the thing is about or made
of (``roles.party_possessed``).  The possessor of a noun of what is undergone ("Khashoggi's murder", "Sonko's
release") is the one it befell, and keeps its own rules."""

from __future__ import annotations

import pytest

from coded_events import in_dyad, rows


@pytest.mark.parametrize("text, type_, actor, owner, topic", [
    ("The opposition criticized the government's handling of the crisis.", "ACCUSE", "opposition", "government",
     "crisis"),
    ("Britain welcomed the government's handling of the protests.", "SUPPORT", "Britain", "government", "protests"),
    ("The senator slammed the president's policy on Syria.", "ACCUSE", "senator", "president", "Syria"),
    ("The rebels attacked the army's convoy of trucks.", "ASSAULT", "rebels", "army", "xxx"),
])
def test_the_owner_of_a_thing_receives(code, text, type_, actor, owner, topic):
    evs = rows(code, text)
    assert in_dyad(evs, type_, actor, owner), evs
    assert not any(t == type_ and any(r == topic or r == f"the {topic}" for r in recs) for t, _, _, recs in evs), evs


@pytest.mark.parametrize("text, type_, actor, recipient", [
    ("China rejected Japan's claims to the islands.", "REJECT", "China", "Japan"),  # (already right: kept)
    ("Washington condemned the police's arrest of the journalist.", "ACCUSE", "Washington", "police"),
    ("Activists demanded Sonko's release from prison.", "REQUEST", "Activists", "Sonko"),  # the one released
])
def test_owners_already_found_stay(code, text, type_, actor, recipient):
    assert in_dyad(rows(code, text), type_, actor, recipient), rows(code, text)


def test_a_pronoun_possessor_is_not_taken_here(code):
    # ("its policy": the actor's own; no party to take as the owner here)
    evs = rows(code, "Iran defended its policy on Syria.")
    assert not any(any(r in ("its", "Iran") for r in recs) for _, _, _, recs in evs), evs
