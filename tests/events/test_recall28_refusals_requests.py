"""Trigger entries of session 28 (helper RECALL), second set: refusals, requests, threats, releases and visits that coded
nothing, each from the codebook/CAMEO wording its `notes` cite - demands stonewalled, a plan nixed, a deaf ear turned to
demands, a strike notice given, a memorandum submitted to an official, the dismissal of a minister or a probe sought,
prisoners swapped, a courtesy call paid.  Real spaCy model and actors stage; sentences written for these tests, none
copied from an evaluation or news article.  The positive tests fail without the entries; the guards pin senses they
must not reach."""

from __future__ import annotations

import pytest
from coded_events import rows as _events


@pytest.mark.parametrize("text, type_, trigger, actor", [
    ("The union stonewalled the demands of the management.", "REJECT", "stonewalled", "union"),
    ("The board nixed the plan.", "REJECT", "nixed", "board"),
    ("The government turned a deaf ear to the demands.", "REJECT", "turned a deaf ear", "government"),
    ("The union gave a strike notice to the management.", "THREATEN", "strike notice", "union"),
    ("The union submitted a memorandum to the governor.", "REQUEST", "submitted", "union"),
    ("The party sought the dismissal of the minister.", "REQUEST", "sought", "party"),
    ("The opposition sought a judicial probe into the killings.", "REQUEST", "sought", "opposition"),
    ("The two sides swapped prisoners.", "RETREAT", "swapped", "sides"),
    ("The minister paid a courtesy call on the governor.", "CONSULT", "courtesy call", "minister"),
])
def test_recall28_second_entry_codes_the_event(code, text, type_, trigger, actor):
    evs = _events(code, text)
    assert any(t == type_ and trig == trigger and any(actor in a for a in actors) for t, trig, actors, _ in evs), evs


@pytest.mark.parametrize("text, type_, word", [
    ("The two countries signed a memorandum of understanding.", "REQUEST", "signed"),  # signed, not submitted
    ("The fans swapped shirts after the match.", "RETREAT", "swapped"),  # no prisoners
    ("The students submitted their essays to the teacher.", "REQUEST", "submitted"),  # no memorandum
])
def test_recall28_second_entry_leaves_other_senses(code, text, type_, word):
    evs = _events(code, text)
    assert not any(t == type_ and trig == word for t, trig, *_ in evs), evs
