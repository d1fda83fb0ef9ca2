"""Senses, session 38 (lead): "assured X that ..." with nothing to come in the clause is a statement of how things are
(relevance:stated_assurance, data/layer_doubts.tsv); an assurance of what will be done, or "assured X of" support, is a
promise (PLOVER AGREE).  Sentences written for the test, through the whole pipeline."""

from __future__ import annotations

import pytest

from coded_events import halved_by_layer as _halved, not_doubted as _not_doubted


@pytest.mark.parametrize("text, trigger", [
    ("The gambling bill was debated. Last week the prime minister assured Parliament that most of the bill was about "
     "tightening regulation.", "assured"),
    ("The vote was disputed. The interior minister assured the opposition leaders that the count had been fair.",
     "assured"),
])
def test_assurance_of_a_fact_is_a_statement(code_in_pipeline, text, trigger):
    _halved(code_in_pipeline, text, trigger, "relevance:stated_assurance")


@pytest.mark.parametrize("text, trigger", [
    ("Riots spread. The prime minister assured the people that the government would deal firmly with the situation.",
     "assured"),
    ("Farmers protested. The minister assured the farmers of the government's full support.", "assured"),
    ("Talks resumed. The president assured the rebels that their fighters will not be arrested.", "assured"),
])
def test_assurance_of_what_will_be_done_is_a_promise(code_in_pipeline, text, trigger):
    _not_doubted(code_in_pipeline, text, trigger, "relevance:stated_assurance")
