"""Narrative anchoring, and every time expression of the founding example."""

from __future__ import annotations

from dateline.time import tag

# text -> (type, value) as the founding-example issue requires
FOUNDING = {
    "Saturday": ("DATE", "2024-03-16"),        # "on Saturday" against the Sunday date line, past tense
    # "just a day after": TimeML's duration + signal; anchored on the statement (Saturday), it dates
    # the delegation's departure 2024-03-15 (see test_dating.py and test_duration_after_dates_the_clause)
    "a day": ("DURATION", "P1D"),  # "just" is a focus adverb, outside the extent (session 14)
    "three-day": ("DURATION", "P3D"),
    "Saturday evening": ("DATE", "2024-03-16TEV"),
    "March 2023": ("DATE", "2023-03"),
    "July 2023": ("DATE", "2023-07"),
    "a year ago": ("DATE", "2023-03"),
    "four months later": ("DATE", "2023-07"),  # ("Just" outside the extent) after "a year ago", not after the date line
    "nearly a decade": ("DURATION", "P10Y"),
    "the past": ("DATE", "PAST_REF"),
}


def test_founding_example_every_timex(founding_timexes):
    got = {text: (t.type, t.value) for text, t in founding_timexes.items()}
    assert got == FOUNDING


def test_founding_example_anchors(founding_timexes):
    assert founding_timexes["Saturday"].anchor == "dct"
    assert founding_timexes["a day"].anchor == "narrative"
    assert founding_timexes["four months later"].anchor == "narrative"
    assert founding_timexes["March 2023"].anchor == "absolute"
    assert founding_timexes["nearly a decade"].mod == "APPROX"


def test_spans_point_into_the_text(founding):
    text, dct = founding
    for t in tag(text, dct):
        assert text[t.start:t.end] == t.text


def test_reference_time_moves_with_the_story():
    text = ("The rebels seized the town on March 3, 2021. Two weeks later, they were driven out. "
            "The next day, the army declared victory.")
    values = [t.value for t in tag(text, "2024-03-17")]
    assert values == ["2021-03-03", "2021-03-17", "2021-03-18"]


def test_anaphoric_without_story_time_uses_date_line():
    [t] = tag("Four days later, the talks collapsed.", "2024-03-17")
    assert t.value == "2024-03-21" and t.anchor == "dct"


def test_quarter_reference_in_financial_news():
    text = "Third-quarter profit rose 12%. A year earlier, the company lost money."
    values = [t.value for t in tag(text, "1989-10-26")]
    assert values == ["1989-Q3", "1988-Q3"]


def test_duration_after_dates_the_clause(founding):
    from dateline.time.dating import effective_values

    text, dct = founding
    found = tag(text, dct)
    values = dict(zip((t.text for t in found), effective_values(found, text, dct)))
    assert values["a day"] == ("2024-03-15", "day")
    assert values["three-day"] is None  # a duration without a signal dates nothing
