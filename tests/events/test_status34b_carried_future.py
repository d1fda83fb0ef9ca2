"""Status, session 34 (helper STATUS2): the future an event reaches through the verb that carries it - a modal the
parser cut off from its verb ("will, later this month, host"), "is to" of arrangement ("is to pay a visit") - and
the reverse: an event noun dated in the past keeps its past under a future verb ("will investigate last week's
attack").  Real spaCy model, the actors stage's mentions and the shipped type model, as the pipeline codes."""

from __future__ import annotations

import pytest

from dateline.events.destined import arranged_future


def _coded_at(code, text, trigger):
    """The (type, status) of the events at ``trigger``, and all events of the text (for the failure message)."""
    events = code(text)
    return [(e.type, e.status) for e in events if e.trigger.text == trigger], \
        [(e.trigger.text, e.type, e.status) for e in events]


@pytest.mark.parametrize("text,trigger", [
    ("The president, Joe Biden, will, later this month, host the Japanese prime minister at the White House.", "host"),
    ("The president, Joe Biden, will, later this month, meet the Japanese prime minister at the White House.", "meet"),
])
def test_a_modal_cut_off_from_its_verb_still_makes_it_future(code, text, trigger):
    at, events = _coded_at(code, text, trigger)
    assert at and all(status == "future" for _, status in at), events


@pytest.mark.parametrize("text,trigger", [
    ("The foreign minister is to pay a visit to Beijing next month.", "visit"),
    ("The two leaders are to meet in Geneva next week.", "meet"),
    ("Egypt is to host talks between Israel and Hamas.", "talks"),
    ("The German chancellor was to meet the French president on Monday.", "meet"),
])
def test_a_party_that_is_to_act_is_set_to_act(code, text, trigger):
    at, events = _coded_at(code, text, trigger)
    assert at and all(status == "future" for _, status in at), events


def test_is_to_says_what_a_thing_is_when_its_subject_is_no_party(nlp):
    doc = nlp("The aim is to hold talks with Hamas.")
    be = next(t for t in doc if t.lemma_ == "be")
    assert not arranged_future(be, "xcomp")
    doc = nlp("One of the new president's first acts was to send troops to the border.")
    assert not arranged_future(next(t for t in doc if t.lemma_ == "be"), "xcomp")
    doc = nlp("The foreign minister is to hold talks with Hamas.")
    assert arranged_future(next(t for t in doc if t.lemma_ == "be"), "xcomp")


@pytest.mark.parametrize("text,trigger", [
    ("The army will investigate last week's attack by rebels on the village.", "attack"),
    ("The UN will investigate the recent killings of protesters by the police.", "killings"),
])
def test_an_act_dated_in_the_past_stays_past_under_a_future_verb(code, text, trigger):
    at, events = _coded_at(code, text, trigger)
    assert at and set(at) == {("ASSAULT", "factual")}, events
