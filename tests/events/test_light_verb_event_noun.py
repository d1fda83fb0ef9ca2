"""A verb the lexicon does not know that carries a lexicon event noun (its direct object) reports that noun's
event: typed with one of the noun's types, it passes the unknown-verb gate below the type model's 0.5 bar
(``extract._verb_of_event_noun``).  A verb whose object is no event noun stays under the bar."""

from __future__ import annotations

import importlib

from dateline.events.model import noun_types

ex = importlib.import_module("dateline.events.extract")  # (the package's ``extract`` is the function)

ANNOUNCED = ("The European Commission has announced additional humanitarian assistance of 60 million euros to "
             "help people in Somalia, Ethiopia and Kenya.")


def test_verb_carrying_an_event_noun_is_typed_by_it_and_kept_below_the_bar(decided_unknown):
    cand, doc, cands = decided_unknown(ANNOUNCED, "announced")
    assert not cand.hits and ex._unknown_verb(cand, keep_all=False)
    assert cand.type == "AID" and "AID" in noun_types(doc[cand.token])  # "assistance": an AID noun
    cand.confidence = 0.4  # below the model's bar
    assert ex._verb_of_event_noun(cand, doc, cands)
    assert ex._unknown_kept(cand, doc, cands) == (not ex._joins_no_named_pair(cand, doc, cands))


def test_verb_typed_otherwise_than_its_event_noun_is_not_kept(decided_unknown):
    cand, doc, cands = decided_unknown(ANNOUNCED, "announced")
    cand.type, cand.confidence = "ASSAULT", 0.4
    assert not ex._verb_of_event_noun(cand, doc, cands)
    assert not ex._unknown_kept(cand, doc, cands)


def test_verb_whose_object_is_no_event_noun_stays_under_the_bar(decided_unknown):
    cand, doc, cands = decided_unknown("France launched a website for Germany on Monday.", "launched")
    assert not noun_types(doc[cand.token])
    cand.confidence = 0.4
    assert not ex._verb_of_event_noun(cand, doc, cands)
    assert not ex._unknown_kept(cand, doc, cands)
