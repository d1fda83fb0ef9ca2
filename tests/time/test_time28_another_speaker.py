"""Session 28 (helper TIME): a report by another named speaker does not take the date of the dated report
before it.  "Mayor Ortiz said on Thursday that she had closed the bridge.  However, Governor Banks said
the repairs would take months" put the governor's words on the mayor's Thursday; the date is the mayor's
occasion, and the governor's undated words fall to the date line.  The same speaker named again, or
"he"/"she", still goes on with that occasion."""

from __future__ import annotations

_DCT = "2024-07-12"  # a Friday: Thursday is 2024-07-11
# a present-perfect lede, so that the Thursday report is not the lede's day (which later reports keep)
_OPENING = "Floods have cut the river town in two. Hundreds of families have left their homes.\n\n"


def test_another_speaker_is_not_placed_on_the_first_speakers_day(date_event):
    text = _OPENING + ("Mayor Ortiz said on Thursday that she had closed the bridge. "
                       "However, Governor Banks said the repairs would take months.")
    assert date_event(text, "said", _DCT, occurrence=2).date == _DCT


def test_the_same_speaker_named_again_goes_on(date_event):
    text = _OPENING + ("Mayor Ortiz said on Thursday that she had closed the bridge. "
                       "Ortiz said the repairs would take months.")
    assert date_event(text, "said", _DCT, occurrence=2).date == "2024-07-11"


def test_a_pronoun_goes_on(date_event):
    text = _OPENING + ("Mayor Ortiz said on Thursday that she had closed the bridge. "
                       "She said the repairs would take months.")
    assert date_event(text, "said", _DCT, occurrence=2).date == "2024-07-11"


def test_another_speaker_after_the_lede_falls_to_the_date_line(date_event):
    # the dated report is the lede's: the second speaker is not put on the lede's day either
    text = ("Mayor Ortiz said on Thursday that she had closed the bridge. "
            "Governor Banks said the repairs would take months.")
    assert date_event(text, "said", _DCT, occurrence=2).date == _DCT


def test_a_pronoun_after_the_lede_keeps_the_ledes_day(date_event):
    text = ("Mayor Ortiz said on Thursday that she had closed the bridge. "
            "She said the repairs would take months.")
    assert date_event(text, "said", _DCT, occurrence=2).date == "2024-07-11"
