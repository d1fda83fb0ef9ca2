"""Session 34 (helper TIME2): a bare "the first half" / "the second half" in a sentence about a match is a
half of the match, not of a year: no date (time/match_half.py, one check in time/recognize._keep, words in
time/data/match_words.txt).  A half with its year, or outside a match, keeps the year's half."""

from __future__ import annotations

from dateline.time import tag

DCT = "2024-03-17"


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, DCT)}


def test_a_half_with_a_goal_is_the_matchs():
    assert "the first half" not in _values("The winger scored two goals in the first half.")


def test_a_half_with_a_scoreline_is_the_matchs():
    assert "the second half" not in _values("The hosts drew clear in the second half and won 4-1.")


def test_the_act_is_not_dated_by_the_year_half(date_event):
    e = date_event("The home side collapsed in the second half after the referee sent off their keeper.",
                   "collapsed", DCT)
    assert e.date != "2023-H2"


def test_a_year_half_stays():
    assert _values("Exports fell in the second half, the ministry said.")["the second half"] == "2023-H2"


def test_a_half_of_a_named_year_stays_in_a_match_sentence():
    assert _values("The striker scored 20 goals in the second half of 2022.")["the second half of 2022"] == "2022-H2"


def test_a_half_of_a_book_is_the_books():
    assert "the second half" not in _values("Most of the second half of the memoir settles old scores.")


def test_a_half_of_a_month_is_no_half_year():
    assert "the first half" not in _values("Rates eased through the first half of November.")


def test_a_half_of_a_financial_year_stays():
    assert _values("Margins will recover in the second half of its financial year.")["the second half"] == "2024-H2"


def test_a_result_told_in_the_sentence_before():
    text = "The Tigers beat the Sharks 31 points to 12 on Sunday.\n\n  The Sharks defended for most of the first half."
    assert "the first half" not in _values(text)


def test_a_year_half_after_a_sentence_with_no_match_stays():
    text = "The lender cut its forecast on Monday. Loan growth slowed in the first half, it said."
    assert _values(text)["the first half"] == "2024-H1"
