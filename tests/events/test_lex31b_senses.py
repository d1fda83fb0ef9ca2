"""Session 31, helper LEX2: word senses fixed by the phrase - workers who walk out strike (PROTEST strike, CAMEO 143),
while walking out of talks rejects them (REJECT, CAMEO 12); to "hit back at" critics or claims is a reply in words
(ACCUSE disapprove, CAMEO 111), while armed forces hitting back attack (ASSAULT); a misspelt "accidentaly" marks a
harm nobody meant as "accidentally" does.  Real spaCy model; sentences written for these tests."""

from __future__ import annotations

import pytest


def _types_at(events, word):
    return {e.type for e in events if word in e.trigger.text}


@pytest.mark.parametrize("text", [
    "Hospital staff walked out on Monday in a dispute over wages.",
    "Teachers in the capital walked out after talks with the ministry collapsed.",
    "Bus drivers walked out over pay last week.",
])
def test_workers_walking_out_strike(code, text):
    events = code(text)
    assert "PROTEST" in _types_at(events, "walked")
    assert "REJECT" not in _types_at(events, "walked")
    assert any(e.type == "PROTEST" and e.mode == "strike" for e in events)


@pytest.mark.parametrize("text", [
    "The opposition delegation walked out of the talks in Geneva.",
    "Union leaders walked out of the meeting with the minister.",
    "Workers walked out of the pay talks on Tuesday.",
])
def test_walking_out_of_talks_stays_a_rejection(code, text):
    events = code(text)
    assert _types_at(events, "walked") == {"REJECT"}


@pytest.mark.parametrize("text", [
    "The minister hit back at critics of the reform on Tuesday.",
    "The president hit back at Washington's claims that his government had rigged the vote.",
    "The Treasury hit back at the report, calling it misleading.",
])
def test_hitting_back_in_words_is_no_assault(code, text):
    events = code(text)
    assert "ASSAULT" not in _types_at(events, "hit")
    assert "ACCUSE" in _types_at(events, "hit")


@pytest.mark.parametrize("text", [
    "Troops hit back at the rebels with artillery on Sunday.",
    "The army hit back at the insurgents, killing 12 fighters.",
    "Israeli jets hit back at Hamas positions in Gaza.",
])
def test_armed_forces_hitting_back_attack(code, text):
    assert "ASSAULT" in _types_at(code(text), "hit")


@pytest.mark.parametrize("text", [
    "But the Swiss star hit back to reach the quarter-finals.",
    "Arsenal hit back to win 3-2 after trailing at half-time.",
])
def test_hitting_back_with_no_target_is_a_comeback_not_an_accusation(code, text):
    # a comeback in a game or a race ("hit back to win"): no one is hit back at, so no one is denounced
    assert "ACCUSE" not in _types_at(code(text), "hit")


@pytest.mark.parametrize("spelling", ["accidentaly", "accidently", "accidentally"])
def test_misspelt_accidentally_marks_a_mishap(code_in_pipeline, spelling):
    events = code_in_pipeline(f"A man {spelling} shot his neighbour while cleaning his rifle.")
    shots = [e for e in events if e.type == "ASSAULT" and "shot" in e.trigger.text]
    assert shots and all("relevance:mishap" in (e.reason or "") for e in shots)


@pytest.mark.parametrize("text", [
    "Thousands of workers walked out over pay on Monday.",
    "Hundreds of nurses walked out in a dispute over staffing.",
])
def test_a_count_of_workers_is_a_worker_subject(code, text):
    """The subject word is the number; who walks out is what it counts (lexicon.subject_lemmas)."""
    assert "PROTEST" in _types_at(code(text), "walked")
