"""Session 35 (helper TIME): what "That year" / "That <Month>" opening a sentence points back to.

The year named in the sentence before is one written after a preposition or after a month's name from the
time lexicon ("in May 2003", "on Sept. 11, 2001"), not after any word a month's abbreviation begins ("Marx
1867", "Junior 2002" name a book and a squad, not a month)."""

from __future__ import annotations

from dateline.time import tag
from dateline.time.that_year import year_named_last

DCT = "2024-03-17"


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, DCT)}


def test_an_author_and_year_is_no_month_and_year():
    text = "The strike began in 2011. The union leader quoted Marx 1867 at the rally. That year, the mine shut."
    assert _values(text)["That year"] == "2011"


def test_that_month_after_an_author_and_year():
    text = "The strike began in 2011. The union leader quoted Marx 1867 at the rally. That May, the mine shut."
    assert _values(text)["That May"] == "2011-05"


def test_a_word_a_month_begins_names_no_year():
    text = "The squad of Junior 1999 won the cup. That year"
    assert year_named_last(text, text.index("That year")) is None


def test_abbreviated_months_still_name_their_year():
    for sentence in ("The towers fell on Sept 11, 2001.", "He left in Dec 1998.", "The deal closed on March 3, 2003."):
        text = sentence + " That year"
        assert year_named_last(text, text.index("That year")) == int(sentence[-5:-1])


# "that" is distal: the year of the date line is "this year", so a sentence before that resolves to it
# (often a clause of imagining or expectation) gives way to the year the sentence before it names

def test_a_clause_of_imagining_that_reaches_the_date_line_year_is_passed_over():
    text = ("She last sang at the festival in 2017 and left the stage in tears. Few would have guessed "
            "that she would return seven years later. That year, the festival nearly folded.")
    assert _values(text)["That year"] == "2017"


def test_that_month_passes_over_the_date_line_year_too():
    text = ("He first stood for the council in 2015, and lost. Nobody expected that he would win it nine "
            "years later. That May, he quit the party.")
    assert _values(text)["That May"] == "2015-05"


def test_the_date_line_year_stands_when_nothing_before_names_another():
    text = "Little happened at first. The rebels took the town in January. That year, the army split."
    assert _values(text)["That year"] == "2024"


def test_another_year_before_is_kept():
    text = "He was jailed in 2008. He was freed four years later. That year, he wrote a memoir."
    assert _values(text)["That year"] == "2012"
