"""Session 24, helper PAIR: who acts on whom, by English grammar.  Sentences written here.

An "including" list the parser read as a clause still closes at its comma: the phrase after it completes the thing
before the list ("imposed sanctions over the crackdown, including asset freezes, *on Belarusian officials*";
``roles._list_read_as_clause``)."""

from __future__ import annotations

import pytest

from coded_events import in_dyad, rows


@pytest.mark.parametrize("text, actor, target", [
    ("The EU imposed new sanctions over the crackdown, including asset freezes, on Belarusian officials.",
     "EU", "Belarusian officials"),
    ("Washington imposed new sanctions over the coup, including travel bans and asset freezes, on Myanmar generals.",
     "Washington", "Myanmar generals"),
])
def test_a_list_read_as_a_clause_still_closes_at_its_comma(code, text, actor, target):
    evs = rows(code, text)
    assert in_dyad(evs, "COERCE", actor, target, ("imposed",)), evs


def test_the_list_read_as_a_list_still_works(code):
    evs = rows(code, "Canada imposed sanctions, including travel bans, on Russian officials.")
    assert in_dyad(evs, "COERCE", "Canada", "Russian officials", ("imposed",)), evs
