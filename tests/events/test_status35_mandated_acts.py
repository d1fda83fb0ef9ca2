"""Status, session 35 (helper STATUS): the act of a that-clause of demand - the mandative subjunctive ("Russia
demanded that Israel withdraw its troops") - is asked for, not done: hypothetical (events/mandated_acts.py).  A
that-clause of a verb that also states facts ("insisted that the army had withdrawn"), an infinitive ("urged Israel
to withdraw", read by the governors already) and an act inside a question the clause asks are left as they were.
Real spaCy model and the actors stage's mentions, as the pipeline codes."""

from __future__ import annotations

import pytest

from word_status import status_at as _status_at


@pytest.mark.parametrize("text,word", [
    ("The opposition leader demanded that the army withdraw its tanks from the capital.", "withdraw"),
    ("The senators recommended that the envoy be expelled from the country.", "expelled"),
    ("The judge ordered that the two journalists be released on bail.", "released"),
    ("Brazil proposed that the two presidents meet in Lisbon.", "meet"),
    ("The UN urged that both armies cease fire and withdraw from the valley.", "withdraw"),
])
def test_the_act_a_that_clause_of_demand_asks_for_is_not_done(nlp, text, word):
    mod = _status_at(nlp, text, word)
    assert mod.status == "hypothetical" and any(c.startswith("mandate:") for c in mod.cues), mod


@pytest.mark.parametrize("text,word", [
    ("The general insisted that the army had withdrawn its tanks from the capital.", "withdrawn"),
    ("The minister said that the army withdrew its tanks from the capital.", "withdrew"),
    ("The opposition demanded that the army explain why soldiers attacked the crowd.", "attacked"),
    ("The opposition demanded that the prisoners be freed, saying the police had arrested them without cause.",
     "arrested"),
])
def test_a_clause_that_states_a_fact_keeps_its_act(nlp, text, word):
    mod = _status_at(nlp, text, word)
    assert mod.status == "factual", mod


def test_the_demanded_withdrawal_is_no_withdrawal_coded_as_done(code):
    events = code("The opposition leader demanded that the army withdraw its tanks from the capital.")
    assert not [e for e in events if e.trigger.text == "withdraw" and e.status == "factual"], \
        [(e.trigger.text, e.type, e.status) for e in events]
