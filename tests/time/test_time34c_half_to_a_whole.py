"""Session 34 (helper TIME3): a bare half "to" a whole that is no stretch of the calendar is that whole's half,
not the year's ("a quicker second half to the race", "a dull second half to the opera" were H2 of the year);
"a stronger second half to the year", "from the first half to the second half" and "to the third quarter"
keep the year's half (time/match_half.half_of_another_whole)."""

from __future__ import annotations

from dateline.time import tag

DCT = "2021-09-14"


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, DCT)}


def _halves(text: str) -> list[str]:
    return [v for v in _values(text).values() if "-H" in v]


def test_a_half_to_a_race_is_no_date():
    assert _halves("The cyclists rode a quicker second half to the race in Lyon.") == []


def test_a_half_to_a_show_is_no_date():
    assert _halves("Critics saw a dull second half to the opera in Vienna.") == []


def test_a_half_to_the_year_stays():
    assert _values("The brewer expects a stronger second half to the year.")["second half"].endswith("-H2")


def test_a_half_to_another_half_stays():
    values = _values("The brewer moved its spending from the first half to the second half.")
    assert values["the first half"].endswith("-H1")


def test_a_half_to_a_quarter_stays():
    assert _values("Orders slowed from the first half to the third quarter.")["the first half"].endswith("-H1")
