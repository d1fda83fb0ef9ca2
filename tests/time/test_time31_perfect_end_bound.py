"""A month given without its year as the end a present perfect's span runs to ("banks have extended the
company loans through January") is the nearest such month, not the one behind: the result of a present
perfect holds now, and its end lies ahead as often as behind (tense.tense_from_doc, session 31)."""

from __future__ import annotations

from dateline.time import tag

DCT = "2024-10-24"


def _value(nlp, text: str, expr: str) -> str:
    return {t.text: t.value for t in tag(text, DCT, doc=nlp(text))}[expr]


def test_a_present_perfect_runs_through_the_coming_month(nlp):
    assert _value(nlp, "A group of banks has extended the company credit lines through January.", "January") \
        == "2025-01"


def test_a_past_perfect_runs_through_the_month_behind(nlp):
    assert _value(nlp, "A group of banks had extended the company credit lines through January.", "January") \
        == "2024-01"


def test_a_start_bound_of_a_present_perfect_is_behind(nlp):
    assert _value(nlp, "The rebels have held the town since January.", "January") == "2024-01"
