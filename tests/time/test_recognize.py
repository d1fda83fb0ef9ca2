"""Detection and TempEval-3 minimal spans."""

from __future__ import annotations

import re

import pytest

from dateline.time.recognize import recognize


def spans(text: str) -> list[str]:
    return [c.text for c in recognize(text)]


@pytest.mark.parametrize("text, expected", [
    # the founding example: minimal spans, no preposition
    ("The Nigerien government announced on Saturday that it was terminating its agreement.", ["Saturday"]),
    ("following a three-day visit aimed at renewing contacts", ["three-day"]),
    ("poses for a photo with Nigerien President Mohamed Bazoum in Niamey, Niger, March 2023.", ["March 2023"]),
    ("Travel there has been restricted since the July 2023 coup", ["July 2023"]),
    ("Just four months later, the army deposed Bazoum", ["four months later"]),  # "Just": a focus adverb, outside
    ("forcing the withdrawal of French troops who have been in place for nearly a decade.", ["nearly a decade"]),
    # absolute dates in their usual news forms
    ("The ceasefire took effect on March 16, 2024, at midnight.", ["March 16, 2024", "midnight"]),
    ("Talks resumed on 16 March in Doha.", ["16 March"]),
    ("The law was passed on 2024-03-16.", ["2024-03-16"]),
    ("Inflation peaked in the 1990s and again in Q3 2023.", ["the 1990s", "Q3 2023"]),
    ("Profit fell in the third quarter, the company said Tuesday.", ["the third quarter", "Tuesday"]),
    ("The company reported a third-quarter loss.", ["third-quarter"]),
    ("The unions called a 48-hour strike.", ["48-hour"]),
    ("The budget for fiscal 2024 was approved.", ["fiscal 2024"]),
    # relative to the date line
    ("Protesters gathered again yesterday and last week, and will return next month.",
     ["yesterday", "last week", "next month"]),
    ("The minister resigned earlier this year.", ["earlier this year"]),
    ("Officials met this evening.", ["this evening"]),
    # sets and vague references
    ("The newspaper is published daily and the board meets every Monday.", ["daily", "every Monday"]),
    ("Prices are now higher than in the past.", ["now", "the past"]),
    # possessives and signals stay outside
    ("Friday's attack killed 12 people.", ["Friday"]),
    ("The statement comes just a day after a senior delegation left Niger.", ["a day"]),
])
def test_spans(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text", [
    "Lawmakers may vote on the bill soon.",            # "May" the modal (lower case)
    "May I ask a question, she said.",                  # "May" at sentence start, no temporal context
    "The march through the capital drew 2,000 people.",  # "march" the noun, a number
    "The United States stations some 1,000 troops at a base built at a cost of $100 million.",
    "A 12-year-old boy and his 45-year-old father were hurt.",  # ages
    "Police detained 2000 protesters.",                 # a count, not a year
    "The team won 3-1 on a penalty.",                    # a score
    "Iraq imports about three-quarters of its food.",    # a fraction
    "The airline adds four flights a week.",              # a rate
    "She appeared on ABC's This Week programme.",         # a title
    "He competed in the Summer Olympics in London.",     # a season word in a name
    "Prices rose after the fall of Saigon.",              # "the fall of": an event
])
def test_no_false_dates(text):
    assert spans(text) == []


def test_month_in_temporal_context_is_kept():
    assert spans("The elections were held in May.") == ["May"]
    assert spans("The vote is due in early March.") == ["early March"]


@pytest.mark.parametrize("text", [
    "The UN Security Council adopted Resolution 2334.",
    "Article 2024 of the penal code was amended.",
    "Temperatures reached 2000 degrees.",
    "The company reported revenue of 2023 million dollars.",
])
def test_numbers_named_or_counted_are_not_years(text):
    assert spans(text) == []


def test_grammar_file_is_consistent():
    """Every rule of data/grammar.yaml has a normalizer, known trigger categories and no unfilled fragment."""
    from dateline.time.normalize import NORMALIZERS
    from dateline.time.recognize import _rules, _triggers

    _, categories = _triggers()
    known = {c for cats in categories.values() for c in cats} | {"digit"}
    for kind, near, rx in _rules():
        assert kind in NORMALIZERS, kind
        assert set(near.split()) <= known, (kind, near)
        assert not re.search(r"\{[A-Z_]+\}", rx), (kind, rx[:80])
