"""Session 24, helper PAIR: the subject pronoun of a clause of condition, time or reason inside a reported clause takes
up the subject of the clause it qualifies, not the reporter: "Egypt is willing to withdraw its troops if *it* can
retain ..., officials said" - it is Egypt (``pronouns._subject_above_condition``).  Sentences written here."""

from __future__ import annotations

from coded_events import in_dyad, rows


def test_a_conditional_subject_is_the_main_subject_not_the_reporter(code):
    evs = rows(code, "Egypt is willing to withdraw its troops if it can retain a civil administration in Gaza, "
                     "officials said.")
    assert any(trig == "retain" and actors == ["Egypt"] for _, trig, actors, _ in evs), evs


def test_a_passive_conditional_subject_is_the_main_subject(code):
    evs = rows(code, "The minister said the army would withdraw from the town if it was attacked by rebels.")
    assert in_dyad(evs, "ASSAULT", "rebels", "army"), evs
    assert not in_dyad(evs, "ASSAULT", "rebels", "minister"), evs


def test_a_clause_of_time_takes_up_the_main_subject(code):
    evs = rows(code, "Officials said Syria would release the prisoners once it received guarantees from Turkey.")
    assert any(trig == "received" and actors == ["Syria"] for _, trig, actors, _ in evs), evs
