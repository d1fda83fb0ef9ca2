"""Session 34 (helper TIME): "N units after that" / "before that" measures the main clause from the story time.

"A year after that" has no clause after its signal, only a pronoun that points back to the story's time, so
it reads as "Two weeks before, he had ..." does (time/dating._SIGNAL's bare signal, time/attachment._points_back):
before, the span was read as the distance to a clause after "after" and dated the main clause the other way
(a year before the story time) or not at all.  A real clause after the signal keeps its reading.
"""

from __future__ import annotations

DCT = "2024-03-17"


def test_a_year_after_that(date_event):
    e = date_event("The militia seized the port in 2016. Three years later, it lost the port. A year after that, "
                   "the militia took it back.", "took", DCT)
    assert e.date == "2020"


def test_years_after_that(date_event):
    e = date_event("The militia seized the port in 2016. Two years after that, the navy recaptured it.",
                   "recaptured", DCT)
    assert e.date == "2018"


def test_years_before_that(date_event):
    e = date_event("The militia seized the port in 2016. Three years before that, it had armed its fighters.",
                   "armed", DCT)
    assert e.date == "2013"


def test_a_clause_after_the_signal_is_still_measured(date_event):
    # the span dates the clause "after" introduces, not the main clause
    e = date_event("The militia seized the port in 2016. Two years after the militia seized it, the navy "
                   "recaptured it.", "recaptured", DCT)
    assert e.date != "2018"
