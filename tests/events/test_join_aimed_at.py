"""A thing thrown, fired, pointed or hurled *at* a party is aimed at that party (session 19, helper JOIN):
``roles._aimed_at_party`` - the party on "at" receives, not the thing; a venue on "at" and people acted on stay
as they were."""

from __future__ import annotations

from dateline.actors import resolve
from dateline.events import roles


def _root_recipients(nlp, text):
    """The recipients of the sentence's main verb, with the actors stage's mentions as parties (as extract reads
    them)."""
    doc = nlp(text)
    covered = {}
    for m in resolve(doc, None).mentions:
        for t in doc.char_span(m.start, m.end, alignment_mode="expand") or ():
            covered[t.i] = m
    verb = next(t for t in doc if t.dep_ == "ROOT")
    return [doc[a.start:a.end].text for a in roles.object_of(verb, parties=covered)]


def test_thing_thrown_at_a_person(nlp):
    assert _root_recipients(nlp, "Demonstrators threw eggs at the Israeli ambassador.") == ["the Israeli ambassador"]


def test_insults_hurled_at_a_leader(nlp):
    assert _root_recipients(nlp, "The mob hurled insults at the opposition leader.") == ["the opposition leader"]


def test_people_acted_on_stay_the_recipient(nlp):
    assert _root_recipients(nlp, "Gunmen injured four people at an apartment complex.") == ["four people"]


def test_organisation_on_at_is_a_venue(nlp):
    doc = nlp("The minister presented the budget at the United Nations.")
    verb = next(t for t in doc if t.dep_ == "ROOT")
    obj = next(c for c in verb.children if c.dep_ == "dobj")
    assert roles._aimed_at_party(verb, obj, ()) == []
