"""Session 34, helper LEX2: a state body named after the domain it oversees ("the US *stock market* regulator") is no
firm of that domain: in business news its investigation or sanction of a firm is kept, while a firm's or an
exchange's own office ("the stock exchange president", "the company's chief executive") is still business copy.
Real spaCy model, the whole pipeline with the relevance layer; sentences written for these tests."""

from __future__ import annotations

import pytest

# (the same business sentence after each, so that the article is business news: shares, the stock market, profits)
MARKET_NEWS = " Its shares fell 5% on the stock market and profits dropped."


def _at(events, word):
    return [e for e in events if word in e.trigger.text]


@pytest.mark.parametrize("text, word, type_", [
    ("The US stock market regulator is investigating the shareholder transactions of the insurance broker, "
     "the firm said.", "investigating", "ACCUSE"),
    ("The Indian stock market regulator has banned the broker from trading, the firm said.", "banned", "COERCE"),
])
def test_a_regulator_named_after_the_market_acts_for_the_state(code_in_pipeline, text, word, type_):
    assert [e.type for e in _at(code_in_pipeline(text + MARKET_NEWS, layer=False), word)] == [type_]
    assert [e.type for e in _at(code_in_pipeline(text + MARKET_NEWS), word)] == [type_]


@pytest.mark.parametrize("text, word", [
    ("The Tokyo stock exchange president met the firm's chief executive, the company said.", "met"),
    ("The company's chief executive is investigating the accounts of the insurance broker, the firm said.",
     "investigating"),
])
def test_an_office_of_a_firm_or_an_exchange_stays_business_copy(code_in_pipeline, text, word):
    assert _at(code_in_pipeline(text + MARKET_NEWS, layer=False), word)
    assert _at(code_in_pipeline(text + MARKET_NEWS), word) == []
