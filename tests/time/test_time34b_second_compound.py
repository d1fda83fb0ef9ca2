"""Session 34 (helper TIME2): "second" before a hyphen is the ordinal of a compound ("three second-half
goals", "two second-hand cars"), not a count of seconds (time/recognize._keep); "ten seconds" and "a
30-second clip" stay durations."""

from __future__ import annotations

from dateline.time import tag

DCT = "2024-03-17"


def _texts(text: str) -> set[str]:
    return {t.text for t in tag(text, DCT)}


def test_second_half_goals_are_no_duration():
    assert "three second" not in _texts("The striker added three second-half goals.")


def test_a_tokenized_compound_is_no_duration():
    assert "eight second" not in _texts("They scored in the space of eight second - half minutes.")


def test_second_hand_is_no_duration():
    assert "two second" not in _texts("The dealer sold two second-hand trucks.")


def test_seconds_stay():
    assert "ten seconds" in _texts("The blast lasted ten seconds.")


def test_a_length_in_seconds_stays():
    assert "11-second" in _texts("He posted an 11-second-long video on Sunday.")
