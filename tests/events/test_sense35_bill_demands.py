"""Relevance doubt of session 35 (helper SENSE): a demand of tax, duty or an invoice (events/economy_senses.py,
``bill_demand``) is a bill an authority or a creditor sends, no demand that a party do a political act (PLOVER REQUEST).
Sentences written for the test, through the whole pipeline: each case first checks that the coder alone gives the event
at confidence >= 0.5, then that the layer halves it below 0.5; the contrast cases stay.
"""

from __future__ import annotations

import pytest

from coded_events import halved_by_layer as _halved, not_doubted as _not_doubted


@pytest.mark.parametrize("text, trigger", [
    ("Gazprom has been presented with a dollars 3bn (pounds 2bn) tax demand by the Russian authorities and its main "
     "unit was sold off to pay the bill.", "demand"),
    ("The Kenyan tax authority sent the mining company a tax demand for $40m last week.", "sent"),
    ("The mining company said it had received a tax demand from the Kenyan government.", "demand"),
    ("The Kenyan government issued a demand for $40m in unpaid taxes to the mining company.", "issued"),
])
def test_a_demand_of_tax_is_a_bill(code_in_pipeline, text, trigger):
    _halved(code_in_pipeline, text, trigger, "relevance:bill_demand")


@pytest.mark.parametrize("text, trigger", [
    ("The kidnappers made a ransom demand to the family.", "demand"),
    ("The union presented a wage demand to the government.", "presented"),
])
def test_a_demand_of_an_act_or_of_pay_stays(code_in_pipeline, text, trigger):
    _not_doubted(code_in_pipeline, text, trigger, "relevance:bill_demand")
