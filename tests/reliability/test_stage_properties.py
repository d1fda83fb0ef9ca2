"""clean and time never raise on hostile text, and what they return points into the text.

``time.tag`` is checked with and without the spaCy Doc (the pipeline passes one; other callers may
not) and against any date line, including none; every value must be a valid TIMEX3 value.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from dateline import clean, time
from hostile_text import article_text, dct
from reliability_invariants import check_timexes

SLOW = settings(max_examples=2000)


def _clean_ok(text: str) -> None:
    for r in clean.find_excluded(text):
        assert 0 <= r.start <= r.end <= len(text), r
        assert r.kind and r.reason


def _time_ok(text: str, date: str | None, doc=None) -> None:
    timexes = time.tag(text, date, doc=doc)
    assert check_timexes(text, timexes) == []
    if date is None:  # no date line: nothing may be resolved against an invented one
        assert all(t.anchor != "dct" or t.value.endswith("_REF") for t in timexes)


def test_unresolved_offset_without_date_line():
    # Without a date line "a year ago" is a date nobody can place: a placeholder, not 'P1Y'.
    (t,) = time.tag("The minister visited Niger a year ago.", None)
    assert check_timexes("The minister visited Niger a year ago.", [t], tolerate_known=False) == []


@given(article_text)
def test_clean_never_raises_and_regions_are_inside(text):
    _clean_ok(text)


@given(article_text, dct)
def test_time_tag_without_doc(text, date):
    _time_ok(text, date)


@pytest.mark.model
@given(article_text, dct)
@settings(max_examples=25)
def test_time_tag_with_doc(nlp, text, date):
    _time_ok(text, date, nlp(text))


@pytest.mark.parametrize("text", ["On 2024-02-30 troops moved.", "It happened on February 30, 2024.",
                                  "Fighting began in Q5 2023 and lasted 99999999999999999999 years.",
                                  "The talks of 31 April ended at 25:61 on week 99 of 2024.",
                                  "Ten thousand years from now, in the year 10000, it will be remembered."])
@pytest.mark.parametrize("date", ["2024-03-17", "1800-01-01", "2100-12-31", None])
def test_impossible_dates_in_text_give_no_invalid_values(text, date):
    _time_ok(text, date)


@pytest.mark.slow
@SLOW
@given(article_text, dct)
def test_time_and_clean_many(text, date):
    _clean_ok(text)
    _time_ok(text, date)
