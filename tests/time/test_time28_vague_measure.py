"""Session 28 (helper TIME): "in the days / weeks before (after) <a happening the story dated>" dates its
clause near that happening, not on the date line.  The stretch has no length in the text: it is dated by
its middle (three days or two weeks on or back) at the granularity that holds most of it (the week of
"the days", the month of "the weeks").  The happening may be a definite noun ("the bombing") or a clause
that tells it again ("before the doctor was killed")."""

from __future__ import annotations

_DCT = "2024-07-12"


def test_weeks_before_a_clause_that_tells_the_killing_again(date_event):
    text = ("A gunman shot and killed a doctor in his kitchen on June 24. "
            "His car was spotted near the house in the weeks before the doctor was killed.")
    assert date_event(text, "spotted", _DCT).date == "2024-06"


def test_days_before_a_dated_bombing(date_event):
    text = ("A car bomb exploded outside the embassy on June 20. "
            "Witnesses saw the van near the market in the days before the bombing.")
    ev = date_event(text, "saw", _DCT)
    assert (ev.date, ev.date_granularity) == ("2024-W25", "week")


def test_weeks_after_a_dated_bombing(date_event):
    text = ("A car bomb exploded outside the embassy on June 3. "
            "Police questioned dozens of people in the weeks after the bombing.")
    assert date_event(text, "questioned", _DCT).date == "2024-06"


def test_an_undated_happening_measures_nothing(date_event):
    text = "Police questioned dozens of people in the weeks after the bombing."
    assert date_event(text, "questioned", _DCT).date == _DCT
