"""Session 28 (helper TIME): a participle of believing before the state it holds of its noun ("an aid
worker kidnapped and presumed killed by rebels almost two years ago", "a pilot believed killed in the
crash last March") is the belief held now: the date in the phrase is the killing's and does not date the
believing (``data/belief_participles.txt``).  A finite "believed" keeps its own date."""

from __future__ import annotations

_DCT = "2024-07-12"


def test_presumed_killed_is_not_on_the_killings_date(date_event):
    text = ("The general said Thursday he has sent a team to recover the remains of an aid worker "
            "kidnapped and presumed killed by rebels almost two years ago.")
    assert date_event(text, "presumed", _DCT).date == _DCT


def test_believed_killed_leaves_the_killing_its_date(date_event):
    text = "The pilot, believed killed in the crash last March, was a veteran."
    assert date_event(text, "believed", _DCT).date == _DCT
    assert date_event(text, "killed", _DCT).date == "2024-03"


def test_a_finite_belief_keeps_its_date(date_event):
    text = "Police believed on Monday that the gang had fled."
    assert date_event(text, "believed", _DCT).date == "2024-07-08"
