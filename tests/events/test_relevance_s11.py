"""Session 11 (helper PREC) relevance rules, on real parses of sentences written for the tests (none copied from an
article): "help" + a clause of bringing about an outcome is no aid (not_triggers.tsv)."""

from __future__ import annotations

import pytest

from dateline.events.lexicon import find_triggers


def _ids_at(doc, word):
    hits = find_triggers(doc[:])
    tok = next(t for t in doc if t.text == word)
    return [h.entry.id for h in hits.get(tok.i, [])]


@pytest.mark.parametrize("text, word", [
    ("The falling oil price helped push inflation down last year.", "helped"),  # help + bare infinitive
    ("The new rules will help to make the roads safer.", "help"),  # help + to-infinitive
    ("These measures help the rebels achieve their goals, the minister said.", "help"),  # help + object + clause
])
def test_help_with_a_clause_is_no_aid(nlp, text, word):
    assert "aid.verb" not in _ids_at(nlp(text), word)


@pytest.mark.parametrize("text, word", [
    ("The army helped the flood victims in the north.", "helped"),  # material help to a party
    ("France will help Mali with troops and money.", "help"),
    ("The charity is helping to resettle refugees in the north.", "helping"),  # help + a clause of care for people
])
def test_help_given_to_a_party_is_still_aid(nlp, text, word):
    assert "aid.verb" in _ids_at(nlp(text), word)
