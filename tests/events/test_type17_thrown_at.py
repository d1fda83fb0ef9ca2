"""Session 17 (helper TYPE): something thrown *at* people is hurled at them, no one is thrown out.

"throw" is both an expulsion verb with a member or diplomat as its object (sanction.expel: "threw out two
members") and a hurling verb with a missile as its object (assault.hurl: "threw a bomb").  When the people come
after "at" ("threw a grenade at members of the council") the members are the target of the throw
(not_triggers.tsv sanction.expel:throw has_prep, as coerce.restrict:fire "fired at the crowd"), found on a
design precision sample (MUC-4: terrorists "threw a bomb at civil defense members" was coded SANCTION expel).
Real parses of sentences written for the test."""

from __future__ import annotations

import pytest
from trigger_hits import entry_ids_at



@pytest.mark.parametrize("text", [
    "Militants threw a grenade at members of the city council on Sunday.",
    "Protesters threw stones at the ambassador as his car left the embassy.",
])
def test_thrown_at_people_is_no_expulsion(nlp, text):
    ids = entry_ids_at(nlp(text), "threw")
    assert "sanction.expel" not in ids
    assert "assault.hurl" in ids


@pytest.mark.parametrize("text", [
    "The party threw out two members who voted against the budget.",
    "The government threw the ambassador out of the country.",
])
def test_thrown_out_is_still_an_expulsion(nlp, text):
    assert "sanction.expel" in entry_ids_at(nlp(text), "threw")


def test_the_bomb_thrown_at_members_is_an_assault(code_with_mentions):
    events = code_with_mentions("Rebels threw a bomb at civil defense members in the town of Nejapa.")
    assert {e.type for e in events if e.trigger.text == "threw"} == {"ASSAULT"}
