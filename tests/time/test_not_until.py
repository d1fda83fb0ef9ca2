"""Session 19 (helper TIME): "until" after a negated past verb ("did not leave until Friday", "It was not
until Tuesday that Castro revealed") names the point at which the act finally happened, in the past; the
tagger read "until" as a deadline ahead and put the day in the coming week, and event dating read it as
the bound of a state and dated nothing by it.  A present or future negation ("is not due until
Wednesday", "won't leave until Friday") and a future seen from the past ("wasn't expected to reach the
surface until Saturday") still point ahead."""

from __future__ import annotations

from dateline.time import tag

_DCT = "2024-03-17"  # a Sunday


def _values(text: str, doc=None) -> list[str]:
    return [t.value for t in tag(text, _DCT, doc=doc)]


def test_negated_past_until_is_a_past_point(nlp, date_event):
    text = "The senator did not leave until Friday, aides said."
    assert _values(text) == ["2024-03-15"]
    assert _values(text, nlp(text)) == ["2024-03-15"]
    assert date_event(text, "leave", _DCT).date == "2024-03-15"
    assert _values("It was not until Tuesday that Castro revealed the letter.") == ["2024-03-12"]
    text = "Police didn't release the name until Monday."
    assert date_event(text, "release", _DCT).date == "2024-03-11"


def test_present_future_and_expected_until_point_ahead():
    assert _values("Obama, who is not due in Denver until Wednesday, joined by video.") == ["2024-03-20"]
    assert _values("He won't leave until Friday.") == ["2024-03-22"]
    assert _values("The miners weren't expected to reach the surface until Saturday.") == ["2024-03-23"]
