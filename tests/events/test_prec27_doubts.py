"""Relevance doubts of session 27 (helper PREC): what the clause does not report as done - a statistic (a participle
after "of" a word of amount, or counted "so far"), an attempt in the present ("attempts to depose"), an event noun that
is the subject of a clause of a time still to come ("before a general strike goes into effect"), a relative clause
inside the consequent of an "if" clause, a habit: a state "constantly" kept, reached through the trigger's preposition
("are constantly on alert"), or a complaint "for too long", and a passive under a modal of the future ("will be tried by
the courts").  Sentences written for the test, through the whole pipeline.

Each case first checks that the coder alone gives the event at confidence >= 0.5 (so that the test fails when the doubt
stops working), then that the layer lowers it below 0.5 with the doubt's reason; contrast cases keep it.
"""

from __future__ import annotations

import pytest

from coded_events import at_trigger as _event, halved_by_layer as _halved


@pytest.fixture(scope="module")
def code(code_in_pipeline):
    return code_in_pipeline


@pytest.mark.parametrize("text, trigger, reason", [
    ("Officials wonder how much of the cocaine seized in Peru is produced in Bolivia.", "seized", "relevance:statistic"),
    ("Customs officials said half of the heroin seized in the port came from Afghanistan.", "seized",
     "relevance:statistic"),
    ("The opposition attempts to depose the president through a referendum.", "depose", "relevance:not_done"),
    ("The ministry is attempting to expel the foreign journalists.", "expel", "relevance:not_done"),
    ("The government declared a state of emergency two days before a general strike by the unions goes into effect.",
     "general strike", "relevance:unreal"),
    ("If the cabinet approves the plan, this will be the first deal that Iraq has signed with a foreign firm.", "signed",
     "relevance:conditional"),
    ("The army said its troops are constantly on alert along the border.", "on alert", "relevance:habitual"),
    ("For too long, members of Congress have ignored the will of the people, the senator said.", "ignored",
     "relevance:habitual"),
    ("Other groups of strikers will be tried by the regular courts, the minister said.", "tried", "relevance:planned"),
])
def test_the_doubt_lowers_the_event(code, text, trigger, reason):
    _halved(code, text, trigger, reason)


@pytest.mark.parametrize("text, trigger, reason", [
    ("The police displayed two tons of cocaine seized in a raid on Tuesday.", "seized", "relevance:statistic"),
    ("The army seized weapons in the village on Monday.", "seized", "relevance:statistic"),
    ("The opposition tried to depose the president last year.", "depose", "relevance:not_done"),
    ("The ministry expelled the foreign journalists on Monday.", "expelled", "relevance:not_done"),
    ("The unions held a general strike on Monday before the talks resumed.", "general strike", "relevance:unreal"),
    ("Iraq has signed a deal with a foreign firm, the minister said.", "signed", "relevance:conditional"),
    ("The army put its troops on alert along the border on Monday.", "put", "relevance:habitual"),
    ("For two years, the rebels have attacked the capital.", "attacked", "relevance:habitual"),
    ("The strikers were tried by the regular courts last year.", "tried", "relevance:planned"),
])
def test_the_contrast_keeps_the_event(code, text, trigger, reason):
    event = _event(code(text), trigger)
    assert event is not None and reason not in event.reason and event.confidence >= 0.5
