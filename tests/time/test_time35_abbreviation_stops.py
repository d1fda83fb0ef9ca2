"""Session 35 (helper TIME2): the sentence before "That year" / "That <Month>" is not cut at the stop of an
abbreviation - a month's short name before a year ("Dec. 1998"), a title before a name ("Gen.", "Mr."), an
initial ("J. Smith").  Split at every ". ", the sentence before "That year" in "He fled in Dec. 1998. That
year" was " 1998", which names no year after a preposition or a month, and the story time stood."""

from __future__ import annotations

from dateline.time import tag
from dateline.time.that_year import year_named_last

DCT = "2024-03-17"


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, DCT)}


def test_a_short_month_name_before_a_year_ends_no_sentence():
    text = "The ferry line opened in 2010. Its owner sold it in Dec. 1998. That year"
    assert year_named_last(text, text.index("That year")) == 1998


def test_that_year_after_a_short_month_name_and_year():
    text = ("The cooperative was founded in 1985. The old mill ran from 1950 until Nov. 1996. That year, the "
            "growers moved their presses to the coast.")
    assert _values(text)["That year"] == "1996"


def test_a_title_before_a_name_ends_no_sentence():
    text = ("The dam was planned in 1980. Building stopped from 1991 until 1994, when Gen. Tamsir took the "
            "capital. That year, the dam's builders left the country.")
    assert _values(text)["That year"] == "1994"


def test_an_initial_ends_no_sentence():
    text = "The club was formed in 1950. In March 1972 the painter R. Okafor joined it. That year"
    assert year_named_last(text, text.index("That year")) == 1972


def test_a_stop_after_a_year_still_ends_the_sentence():
    text = "The union struck in 1978. The plant shut in 1983. That year"
    assert year_named_last(text, text.index("That year")) == 1983


def test_a_country_abbreviation_may_end_the_sentence():
    text = "The ferry line opened in 2010. The company moved its offices to the U.S. That year"
    assert year_named_last(text, text.index("That year")) is None
