"""Session 11 (helper PREC) relevance rules, on real parses of sentences written for the tests (none copied from an
article): "help" + a clause of bringing about an outcome is no aid (not_triggers.tsv), and news outlets or journalists as parties
(political_actors.tsv kind media, ``political.media_party``; relevance doubts media_actor and press_contact)."""

from __future__ import annotations

import pytest

from dateline.actors import resolve
from dateline.events import relevance
from dateline.events.political import media_party
from dateline.model import Event, Participant, Span
from trigger_hits import entry_ids_at


@pytest.mark.parametrize("text, word", [
    ("The falling oil price helped push inflation down last year.", "helped"),  # help + bare infinitive
    ("The new rules will help to make the roads safer.", "help"),  # help + to-infinitive
    ("These measures help the rebels achieve their goals, the minister said.", "help"),  # help + object + clause
])
def test_help_with_a_clause_is_no_aid(nlp, text, word):
    assert "aid.verb" not in entry_ids_at(nlp(text), word)


@pytest.mark.parametrize("text, word", [
    ("The army helped the flood victims in the north.", "helped"),  # material help to a party
    ("France will help Mali with troops and money.", "help"),
    ("The charity is helping to resettle refugees in the north.", "helping"),  # help + a clause of care for people
])
def test_help_given_to_a_party_is_still_aid(nlp, text, word):
    assert "aid.verb" in entry_ids_at(nlp(text), word)


def _event(doc, trigger, actor, recipient, type_):
    text = doc.text
    t, a, r = text.index(trigger), text.index(actor), text.index(recipient)
    return Event(id="t:e1", type=type_, mode=None, quad=1, score=1.0, sentence=Span(0, len(text), text),
                 trigger=Span(t, t + len(trigger), trigger),
                 actor=[Participant(a, a + len(actor), actor, None, None)],
                 recipient=[Participant(r, r + len(recipient), recipient, None, None)], confidence=0.9, reason="test")


def _judge(nlp, text, trigger, actor, recipient, type_):
    doc = nlp(text)
    ctx = relevance.context_of(doc, resolve(doc, None).mentions)
    return relevance.judge(_event(doc, trigger, actor, recipient, type_), ctx)


@pytest.mark.parametrize("text, phrase, media", [
    ("A reporter from Radio Caracol received a call from the rebels.", "Radio Caracol", True),  # compound
    ("The interior minister met foreign correspondents in the capital.", "foreign correspondents", True),  # head
    ("The interior minister met foreign diplomats in the capital.", "foreign diplomats", False),
    ("The president ordered the security agencies to investigate the leak.", "the security agencies", False),
])
def test_media_party(nlp, text, phrase, media):
    doc = nlp(text)
    start = doc.text.index(phrase)
    assert media_party(Participant(start, start + len(phrase), phrase, None, None), doc) is media


def test_a_meeting_with_journalists_is_doubted(nlp):
    d = _judge(nlp, "The army chief of staff also met with foreign correspondents on Tuesday.", "met",
               "The army chief of staff", "foreign correspondents", "CONSULT")
    assert "relevance:press_contact" in d.reason.split("+") and d.factor < 1


def test_a_meeting_between_officials_is_not_doubted(nlp):
    d = _judge(nlp, "The army chief of staff also met with foreign diplomats on Tuesday.", "met",
               "The army chief of staff", "foreign diplomats", "CONSULT")
    assert "relevance:press_contact" not in d.reason.split("+")


def test_a_newspaper_as_the_doer_is_doubted(nlp):
    d = _judge(nlp, "Gunmen took three villagers hostage on Monday, the daily newspaper reported.", "hostage",
               "the daily newspaper", "three villagers", "ASSAULT")
    assert "relevance:media_actor" in d.reason.split("+") and d.factor < 1
