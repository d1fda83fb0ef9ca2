"""Refusing to meet (PLOVER REJECT meet, CAMEO 125): "call" names it only with its particle ("called off the
talks"); "called the talks constructive" judges them and "called a meeting" convenes one (data/triggers.tsv,
reject.call_off_meeting).  Real spaCy model; sentences written for this test."""

from __future__ import annotations

from coded_events import in_dyad, rows


def test_calling_off_talks_is_refusing_to_meet(code):
    evs = rows(code, "Pakistan called off the peace talks with India on Saturday.")
    assert in_dyad(evs, "REJECT", "Pakistan", "India", ("called",)), evs


def test_calling_talks_constructive_is_no_refusal(code):
    evs = rows(code, "The foreign minister called the talks with Iran constructive.")
    assert not [e for e in evs if e[0] == "REJECT"], evs


def test_calling_a_meeting_is_no_refusal(code):
    evs = rows(code, "The president called a meeting of the security council.")
    assert not [e for e in evs if e[0] == "REJECT"], evs
