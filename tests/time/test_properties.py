"""Property tests: whatever the text, the tagger returns valid, in-text, non-overlapping spans."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.time import tag

WORDS = ["on", "Saturday", "May", "may", "March", "2024", "1999", "the", "next", "last", "day", "days", "after",
         "a", "year", "ago", "four", "months", "later", "three-day", "nearly", "decade", "Q3", "fiscal", "1990s",
         "every", "Monday", "daily", "now", "the past", "since", "then", "$100", "1,000", "troops", "12-year-old",
         "at", "10:35", "a.m.", "noon", "Christmas", "early", "mid-", "quarter", "third-quarter", "year-earlier",
         "16", "31", "February", "30", ",", ".", "'s", "\n\n", "yesterday", "tonight", "week", "weekend"]
DATES = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40), DATES)
def test_spans_are_valid(words, dct):
    text = " ".join(words)
    found = tag(text, dct)
    last_end = -1
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start:t.end] == t.text
        assert t.start >= last_end
        last_end = t.end
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        assert t.value and " " not in t.value
        if dct is None:  # no date line: nothing may claim to be computed from one
            assert t.anchor != "dct"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), DATES)
def test_arbitrary_text_never_crashes(text, dct):
    for t in tag(text, dct):
        assert text[t.start:t.end] == t.text


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(1800, 1, 1), max_value=date(2200, 12, 31)),
       st.sampled_from(["Monday", "Saturday", "Sunday"]), st.sampled_from(["said", "will meet"]))
def test_weekdays_are_within_a_week_of_the_date_line(dct, weekday, verb):
    [t] = tag(f"The minister {verb} on {weekday}.", dct.isoformat())
    value = date.fromisoformat(t.value)
    assert abs((value - dct).days) <= 6
    assert value.strftime("%A") == weekday
    assert (value <= dct) if verb == "said" else (value >= dct)
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", t.value)
