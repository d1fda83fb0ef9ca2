"""Session 27, helper PAIR: three English constructions whose parties the coder missed or swapped.  Sentences written
here.

- A governing *noun* has no subject: its owner or by-agent makes the request or the call, and the doer the governed
  act names ("help *from Iran*") is the party asked ("Iraq's request for help from Iran": Iraq asks Iran;
  ``arguments._doer_of_governing_noun``).
- "between" naming the two sides may stand on the verb of the event noun's clause, on an agentless passive trigger or
  on a participle describing the noun ("Talks took place *between* X and Y", "talks were held *between* X and Y", "a
  ceasefire brokered by Egypt *between* Israel and Hamas": ``events/clause_between.py``).
- Who acts *together with* the subject acts too, however the parser hangs "together" ("Germany, together with France,
  pledged ...": ``arguments._comitative``)."""

from __future__ import annotations

import pytest

from coded_events import in_dyad, rows


@pytest.mark.parametrize("text, type_, actor, recipient", [
    ("Iraq's request for help from Iran was granted.", "REQUEST", "Iraq", "Iran"),
    ("Kenya's call for support from the UN went unanswered.", "REQUEST", "Kenya", "UN"),
])
def test_the_owner_of_a_governing_noun_acts(code, text, type_, actor, recipient):
    evs = rows(code, text)
    assert in_dyad(evs, type_, actor, recipient), evs


def test_a_governing_verb_keeps_its_subject(code):
    evs = rows(code, "Iraq asked Iran for help.")
    assert in_dyad(evs, "REQUEST", "Iraq", "Iran"), evs


@pytest.mark.parametrize("text, type_, actor, recipient", [
    ("Talks took place between Israeli and Egyptian officials in Cairo.", "CONSULT", "Israeli", "Egyptian officials"),
    ("Negotiations resumed between the government and the rebels on Monday.", "CONSULT", "government", "rebels"),
    ("Fresh talks were held between Serbia and Kosovo in Brussels.", "CONSULT", "Serbia", "Kosovo"),
    ("The truce mediated by Qatar between the army and the rebels collapsed.", "CONCEDE", "army", "rebels"),
])
def test_between_on_the_clause_names_the_sides(code, text, type_, actor, recipient):
    evs = rows(code, text)
    assert in_dyad(evs, type_, actor, recipient), evs


@pytest.mark.parametrize("text", [
    "Clashes could erupt between police and protesters.",
    "Talks will not resume between the government and the rebels.",
])
def test_no_sides_when_the_verb_says_it_did_not_happen(code, text):
    evs = rows(code, text)
    assert not any(actors and recips for _, _, actors, recips in evs), evs


def test_the_broker_is_no_side(code):
    evs = rows(code, "A ceasefire brokered by Egypt between Israel and Hamas held overnight.")
    assert in_dyad(evs, "CONCEDE", "Israel", "Hamas"), evs
    assert not any(t == "CONCEDE" and "Egypt" in actors for t, _, actors, _ in evs), evs


def test_a_passive_with_its_agent_keeps_the_agent(code):
    evs = rows(code, "Talks between Serbia and Kosovo were hosted by the EU in Brussels.")
    assert not any(t == "CONSULT" and actors == ["Serbia"] and "Kosovo" in recips and trig == "hosted"
                   for t, trig, actors, recips in evs), evs


@pytest.mark.parametrize("text, type_, actor, recipient", [
    ("Germany, together with France, pledged new aid to Lebanon.", "AID", "France", "Lebanon"),
    ("Police, together with soldiers, raided the camp.", "COERCE", "soldiers", "camp"),
])
def test_who_acts_together_with_the_subject_acts(code, text, type_, actor, recipient):
    # (the parser hangs "together" on "with", not "with" on "together" as it does for "along with")
    evs = rows(code, text)
    assert in_dyad(evs, type_, actor, recipient), evs


def test_a_partner_on_with_after_the_verb_still_receives(code):
    evs = rows(code, "The minister met with officials of the ruling party.")
    assert in_dyad(evs, "CONSULT", "minister", "officials"), evs
