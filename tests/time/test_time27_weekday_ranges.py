"""Session 27 (helper TIME): a range of two bare weekdays runs forward.  The tagger reads each bound alone, so
in a Wednesday story "will run from Tuesday to Friday" held the coming Tuesday and the Friday before it (the
range ran backwards and the event took the month).  Outside the past the start is kept and the end moved on a
week.  A past clause is left as it was (see ``anchoring._weekday_ranges``)."""

from __future__ import annotations

import pytest

_DCT = "2024-07-17"  # a Wednesday


@pytest.mark.parametrize("text, values", [
    ("Voting will run from Tuesday to Friday.", ["2024-07-23", "2024-07-26"]),
    ("Banks will open from Sunday to Thursday under the new rules.", ["2024-07-21", "2024-07-25"]),
    ("The strike will last from Monday night to Thursday.", ["2024-07-22TNI", "2024-07-25"]),
])
def test_weekday_bounds_run_forward(nlp, text, values):
    from dateline.time import tag

    assert [t.value for t in tag(text, _DCT, doc=nlp(text))] == values


def test_bounds_already_in_order_stay(nlp):
    from dateline.time import tag

    text = "The festival ran from Thursday through Sunday."
    assert [t.value for t in tag(text, _DCT, doc=nlp(text))] == ["2024-07-11", "2024-07-14"]


def test_the_event_takes_the_week_of_the_range(date_event):
    assert date_event("Voting will run from Tuesday to Friday.", "run", _DCT).date == "2024-W30"
