"""Session 34, helper LEX2: the noun "return" with a "for" phrase is something given in exchange ("in return for his
support") or a yield on money ("a return for investors"), not captives, territory or property given back (RETREAT,
CAMEO 084 'Return, release'); what is given back comes with "of" ("the return of the hostages").  Real spaCy model;
sentences written for these tests."""

from __future__ import annotations

import pytest


def _events_at(events, word):
    return [e for e in events if word in e.trigger.text.lower()]


@pytest.mark.parametrize("text", [
    "In return for his support, the minister promised the union a seat on the board.",
    "The government offered the rebels an amnesty in return for their weapons.",
    "In return for the loan, the government agreed to cut spending.",
    "The firm promised a return for investors.",
])
def test_a_return_for_something_is_no_release(code, text):
    assert _events_at(code(text), "return") == []


@pytest.mark.parametrize("text", [
    "The judge ordered the return of the seized aircraft to the businessman.",
    "The rebels demanded the return of the captured soldiers.",
])
def test_the_return_of_what_was_taken_stays_a_release(code, text):
    assert any(e.type in ("RETREAT", "REQUEST") for e in code(text))
