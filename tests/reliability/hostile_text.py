"""Hypothesis strategies for hostile article text: news-like fragments full of time expressions,
numbers that look like dates, impossible dates, markup, odd Unicode and plain noise.

Shared by the property tests and ``bench/hostile_inputs.py``.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

FRAGMENTS = [
    # time expressions, real and impossible
    "on Saturday", "last Monday", "yesterday", "tomorrow evening", "a year ago", "four months later",
    "just a day after", "the next day", "since then", "in March 2023", "July 2023", "16 March", "March 16",
    "2024-03-16", "2024-02-30", "February 30, 2024", "31 April 2023", "March 32", "the 1990s", "the 1890s",
    "Q3 2023", "Q5 2023", "fiscal 2024", "9999", "the year 10000", "0000-00-00", "12/31/1999", "31/12/1999",
    "13/13/2013", "earlier this year", "next month", "this evening", "every Monday", "annually",
    "nearly a decade", "three-day", "for two weeks", "at 25:61", "at 3:45 p.m.", "midnight", "noon",
    "in the 21st century", "in 500 BC", "in the year 1", "2 million years ago", "a thousand years from now",
    "the week of 2024-W53", "week 99", "summer 2021", "the winter", "May", "may", "March", "Sunday",
    "in 1,000,000 days", "over 99999999999999999999 years", "-5 years ago", "0 days later",
    # actors, places and events
    "The Nigerien government", "the junta", "Washington", "Moscow", "U.S. Secretary of State Antony Blinken",
    "President Mohamed Bazoum", "the army", "rebels", "protesters", "the United Nations", "Mali", "Burkina Faso",
    "Niamey", "Paris, Texas", "announced", "terminated its military cooperation agreement with", "visited",
    "deposed", "cut aid to", "threatened", "sanctioned", "attacked", "met with", "said", "did not", "plans to",
    "the United States", "Russia", "France", "it", "they", "him", "Photo: AP", "Read more:", "By Jane Doe",
    # punctuation, markup, noise
    ".", ",", ";", "...", "\u2026", "?", "!", "\"", "'", "(", ")", "\n", "\n\n", "\t", "  ",
    "<p>", "</p>", "<script>alert(1)</script>", "&amp;", "&#0;", "{\"id\": 1}", "\\", "%s", "'; DROP TABLE events; --",
    "\u200b", "\u202e", "\ufeff", "\u00ad", "\U0001f600", "\u0301", "e\u0301", "İ", "ß", "ﬁ", "\u2028", "\x0b", "\x0c",
    "١٢٣", "二〇二四年", "Правительство", "١٦ مارس ٢٠٢٤",
]

fragment_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12), st.integers(-10**6, 10**12).map(str)),
    max_size=60,
).map(lambda parts: " ".join(parts))

article_text = st.one_of(fragment_text, fragment_text, st.text(max_size=400))

dct = st.one_of(st.none(), st.dates(dt.date(1800, 1, 1), dt.date(2100, 12, 31)).map(lambda d: d.isoformat()))
